package dev.litellm.spring.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import dev.litellm.spring.LiteLlmException;
import dev.litellm.spring.LiteLlmTransportException;
import reactor.core.publisher.Mono;

import org.springframework.core.codec.CodecException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClientException;

/**
 * Turns every failure of a call into a {@link LiteLlmException} with no secret in it: an error answer into the
 * typed exception its status and body call for, and a failure of the HTTP stack into a
 * {@link LiteLlmTransportException}.
 */
public final class ErrorTranslator {

	private final LiteLlmErrorDecoder decoder;

	private final WireLog wireLog;

	/**
	 * Create a translator.
	 * @param decoder decodes the proxy's error bodies
	 * @param wireLog logs the bodies and masks the messages
	 */
	public ErrorTranslator(LiteLlmErrorDecoder decoder, WireLog wireLog) {
		this.decoder = decoder;
		this.wireLog = wireLog;
	}

	/**
	 * The exception for an error answer, decoded from its body.
	 * @param call the call answered
	 * @param response the error answer
	 * @return the exception
	 */
	Mono<LiteLlmException> failure(ApiCall<?> call, ClientResponse response) {
		HttpStatusCode status = response.statusCode();
		if (!status.isError()) {
			return response.releaseBody().then(Mono.fromSupplier(() -> notAnAnswer(call, response)));
		}
		return bodyAsString(response).defaultIfEmpty("").map((body) -> {
			this.wireLog.body(call.operation(), " response body (" + status.value() + ")", body);
			String retryAfter = response.headers().asHttpHeaders().getFirst("Retry-After");
			return this.decoder.decode(status.value(), retryAfter, body, this.wireLog);
		});
	}

	/**
	 * A redirect, or any status neither a success nor an error: not the proxy's answer. A redirect is not
	 * followed, for it would carry the API key to wherever it points.
	 */
	private LiteLlmException notAnAnswer(ApiCall<?> call, ClientResponse response) {
		int status = response.statusCode().value();
		String location = response.headers().asHttpHeaders().getFirst(HttpHeaders.LOCATION);
		String what = response.statusCode().is3xxRedirection()
				? "a redirect (" + status + ") to " + ((location != null) ? this.wireLog.mask(location) : "nowhere")
						+ ", which the client does not follow: set the base URL to the proxy's own address"
				: "status " + status + ", which is not an answer";
		return new LiteLlmTransportException(call.describe() + " failed: the server answered with " + what, null);
	}

	/**
	 * An exception from the HTTP stack, not yet one of ours; errors (such as an OutOfMemoryError) pass as they
	 * are.
	 */
	static boolean isUntranslated(Throwable ex) {
		return ex instanceof Exception && !(ex instanceof LiteLlmException || ex instanceof IllegalArgumentException);
	}

	/**
	 * The exception for a failure of the HTTP stack: connect, write, timeout, or a body too large or unreadable.
	 */
	LiteLlmException translate(ApiCall<?> call, Throwable ex) {
		Throwable unmasked = cause(ex);
		// The cause may quote what the server sent: a value Jackson could not read, a malformed header.
		Throwable cause = MaskedCauses.masked(unmasked, this.wireLog::mask);
		if (unmasked instanceof DataBufferLimitException) {
			return new LiteLlmTransportException(
					call.describe() + " failed: the response is larger than the configured maximum size", cause);
		}
		if (unmasked instanceof CodecException || unmasked instanceof tools.jackson.core.JacksonException) {
			return new LiteLlmTransportException(call.describe() + " failed: the response could not be decoded ("
					+ this.wireLog.mask(String.valueOf(unmasked.getMessage())) + ")", cause);
		}
		return new LiteLlmTransportException(call.describe() + " failed: " + this.wireLog.mask(describe(unmasked)),
				cause);
	}

	/**
	 * What went wrong, out of WebClient's wrapper: a failure before the answer (connect, write, timeout) or while
	 * its body was read.
	 */
	static Throwable cause(Throwable ex) {
		return (ex instanceof WebClientException && ex.getCause() != null) ? ex.getCause() : ex;
	}

	static String describe(Throwable cause) {
		String message = cause.getMessage();
		return cause.getClass().getSimpleName() + ((message != null) ? ": " + message : "");
	}

	/**
	 * The body as text, read as bytes: Spring's String decoder logs what it decodes at DEBUG, and the proxy's
	 * bodies carry raw keys.
	 */
	private static Mono<String> bodyAsString(ClientResponse response) {
		Charset charset = charset(response.headers().asHttpHeaders());
		return response.bodyToMono(byte[].class).map((bytes) -> new String(bytes, charset));
	}

	static Charset charset(HttpHeaders headers) {
		MediaType contentType = headers.getContentType();
		Charset charset = (contentType != null) ? contentType.getCharset() : null;
		return (charset != null) ? charset : StandardCharsets.UTF_8;
	}

}
