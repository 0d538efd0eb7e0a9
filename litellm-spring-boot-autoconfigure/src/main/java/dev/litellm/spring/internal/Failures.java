package dev.litellm.spring.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLHandshakeException;

import dev.litellm.spring.LiteLlmApiException;
import dev.litellm.spring.LiteLlmError;
import dev.litellm.spring.LiteLlmNotFoundException;
import dev.litellm.spring.LiteLlmServerException;
import dev.litellm.spring.LiteLlmRateLimitException;
import dev.litellm.spring.LiteLlmTransportException;
import io.netty.channel.ChannelException;
import io.netty.handler.ssl.NotSslRecordException;
import org.jspecify.annotations.Nullable;

/**
 * Which failures are worth another attempt, and which prove that the request never left the client.
 */
public final class Failures {

	private Failures() {
	}

	/**
	 * Whether the request provably never reached the proxy: the connection was refused, the host unknown, the
	 * TLS handshake failed (the request is written only after it), or no pooled connection could be had.
	 */
	public static boolean neverSent(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException || cause instanceof UnknownHostException
					|| cause instanceof SSLHandshakeException || cause instanceof NotSslRecordException
					|| cause.getClass().getSimpleName().startsWith("PoolAcquire")) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	/** Whether a transport failure is an I/O error or a timeout, rather than an unreadable answer. */
	public static boolean isIoOrTimeout(Throwable failure) {
		if (!(failure instanceof LiteLlmTransportException)) {
			return false;
		}
		for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof IOException || cause instanceof TimeoutException || cause instanceof ChannelException) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	/**
	 * Whether a failed write may or may not have taken effect: the request may have reached the proxy but no
	 * usable answer came back (an I/O error, a timeout, an unreadable body), or something in front of the proxy
	 * answered 429, 502, 503 or 504.
	 */
	public static boolean isUnclearOutcome(Throwable failure) {
		if (neverSent(failure)) {
			return false;
		}
		return failure instanceof LiteLlmTransportException || isTransientStatus(failure);
	}

	/** Whether the proxy answered with a 5xx status. */
	public static boolean isServerError(Throwable failure) {
		return failure instanceof LiteLlmApiException api && api.statusCode() >= 500;
	}

	/** Whether the proxy's answer is a transient one: 429, 502, 503 or 504. */
	public static boolean isTransientStatus(Throwable failure) {
		if (failure instanceof LiteLlmApiException api) {
			int status = api.statusCode();
			return status == 429 || status == 502 || status == 503 || status == 504;
		}
		return false;
	}

	/** The {@code Retry-After} a 429 or 503 answer carried, if any. */
	public static @Nullable Duration retryAfter(Throwable failure) {
		if (failure instanceof LiteLlmRateLimitException rateLimit) {
			return rateLimit.retryAfter();
		}
		if (failure instanceof LiteLlmServerException server) {
			return server.retryAfter();
		}
		return null;
	}

	/**
	 * The same failure, with a sentence added about what it means for what the call was doing: to the message of
	 * a transport failure, and to the proxy's message of a 5xx or 404 answer (keeping its type, status and
	 * {@code Retry-After}).
	 * @param failure the failure
	 * @param note the sentence
	 * @return the failure with the note, or any other failure as it is
	 */
	public static Throwable withOutcomeNote(Throwable failure, String note) {
		Throwable noted;
		if (failure instanceof LiteLlmTransportException) {
			noted = new LiteLlmTransportException(failure.getMessage() + "; " + note, failure.getCause());
		}
		else if (failure instanceof LiteLlmServerException server) {
			noted = new LiteLlmServerException(notedError(server, note), server.retryAfter());
		}
		else if (failure instanceof LiteLlmNotFoundException notFound) {
			noted = new LiteLlmNotFoundException(notedError(notFound, note));
		}
		else {
			return failure;
		}
		noted.setStackTrace(failure.getStackTrace());
		for (Throwable suppressed : failure.getSuppressed()) {
			noted.addSuppressed(suppressed);
		}
		return noted;
	}

	private static LiteLlmError notedError(LiteLlmApiException failure, String note) {
		return new LiteLlmError(failure.statusCode(), failure.errorType(), failure.errorCode(), failure.param(),
				failure.errorMessage() + "; " + note, failure.responseBody());
	}

}
