package dev.litellm.spring.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.litellm.spring.LiteLlmApiException;
import dev.litellm.spring.LiteLlmError;
import dev.litellm.spring.LiteLlmRateLimitException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The retry policy of one client and its backoff: which failures are retried for which operation, and how long
 * to wait before each retry (exponential, capped, with jitter; a server's {@code Retry-After} when not too long).
 */
public final class Retries {

	private final int maxAttempts;

	private final Duration initialBackoff;

	private final Duration maxBackoff;

	private final WireLog wireLog;

	/** Each operation's {@link Retry}, made on its first failure: building one at startup would load Reactor. */
	private final Map<ApiOperation, Retry> retries = new ConcurrentHashMap<>();

	/**
	 * Create the retries of a client.
	 * @param maxAttempts the most attempts per operation, counting the first; 1 disables retries
	 * @param initialBackoff the wait before the first retry
	 * @param maxBackoff the longest wait between attempts, and the longest {@code Retry-After} honoured
	 * @param wireLog logs each retry
	 */
	public Retries(int maxAttempts, Duration initialBackoff, Duration maxBackoff, WireLog wireLog) {
		this.maxAttempts = maxAttempts;
		this.initialBackoff = initialBackoff;
		this.maxBackoff = maxBackoff;
		this.wireLog = wireLog;
	}

	/**
	 * The most attempts per operation.
	 * @return at least 1
	 */
	public int maxAttempts() {
		return this.maxAttempts;
	}

	/**
	 * The failure to end with when a failure's {@code Retry-After} (on 429 or 503) is longer than the longest
	 * backoff: the server refused the call and asks for a wait the client does not make.
	 * @param failure the failure
	 * @return a rate-limit failure naming the wait, or {@code null} when the failure asks for no wait or for one
	 * the client makes
	 */
	public @Nullable LiteLlmRateLimitException tooLongToWait(Throwable failure) {
		Duration retryAfter = Failures.retryAfter(failure);
		if (retryAfter == null || retryAfter.compareTo(this.maxBackoff) <= 0) {
			return null;
		}
		return tooLongToWait((LiteLlmApiException) failure, retryAfter);
	}

	/**
	 * The attempts of an operation: the first as it is, then as many more as the policy allows.
	 * @param <T> the type of the answer
	 * @param operation the operation
	 * @param attempt one attempt, made again on each resubscription
	 * @return the attempts
	 */
	<T> Mono<T> retried(ApiOperation operation, Mono<T> attempt) {
		if (this.maxAttempts <= 1) {
			return attempt;
		}
		// The first attempt runs bare, so that a call that succeeds pays nothing for retrying; once it fails,
		// retryWhen takes over and the policy sees that failure as its first signal.
		return attempt.onErrorResume((firstFailure) -> {
			AtomicBoolean firstFailureReplayed = new AtomicBoolean();
			return Mono.defer(() -> firstFailureReplayed.compareAndSet(false, true) ? Mono.<T>error(firstFailure)
					: attempt).retryWhen(this.retries.computeIfAbsent(operation, this::retry));
		});
	}

	private Retry retry(ApiOperation operation) {
		return Retry.from((signals) -> signals.concatMap((signal) -> {
			Throwable failure = signal.failure();
			long retriesSoFar = signal.totalRetries();
			if (retriesSoFar + 1 >= this.maxAttempts || !isRetryable(operation, failure)) {
				return Mono.error(failure);
			}
			LiteLlmRateLimitException tooLong = tooLongToWait(failure);
			if (tooLong != null) {
				return Mono.error(tooLong);
			}
			Duration retryAfter = Failures.retryAfter(failure);
			Duration wait = (retryAfter != null) ? retryAfter : backoff(retriesSoFar);
			if (this.wireLog.isDebugEnabled()) {
				this.wireLog.attempt(operation, (int) retriesSoFar + 1, " failed (" + WireLog.summary(failure)
						+ "); retrying in " + wait.toMillis() + " ms");
			}
			return Mono.delay(wait).thenReturn(signal);
		}));
	}

	private static boolean isRetryable(ApiOperation operation, Throwable failure) {
		if (Failures.neverSent(failure)) {
			return true;
		}
		if (!operation.isIdempotent()) {
			return false;
		}
		return Failures.isIoOrTimeout(failure) || Failures.isTransientStatus(failure);
	}

	/**
	 * The wait before retry number {@code retriesSoFar + 1}: exponential from the initial backoff, capped, with
	 * jitter of -25 % to +25 %.
	 * @param retriesSoFar the retries already made
	 * @return the wait
	 */
	public Duration backoff(long retriesSoFar) {
		long initial = this.initialBackoff.toMillis();
		long max = this.maxBackoff.toMillis();
		long exponential = (retriesSoFar >= 30) ? max : Math.min(max, initial << retriesSoFar);
		long jitter = (long) (exponential * 0.5 * ThreadLocalRandom.current().nextDouble());
		return Duration.ofMillis(Math.min(max, exponential - (exponential / 4) + jitter));
	}

	private static LiteLlmRateLimitException tooLongToWait(LiteLlmApiException failure, Duration retryAfter) {
		if (failure instanceof LiteLlmRateLimitException rateLimit) {
			return rateLimit;
		}
		LiteLlmError error = new LiteLlmError(failure.statusCode(), failure.errorType(), failure.errorCode(),
				failure.param(), failure.errorMessage() + " (the server asked to retry after " + retryAfter.toSeconds()
						+ " s, longer than the maximum backoff)",
				failure.responseBody());
		return new LiteLlmRateLimitException(error, retryAfter);
	}

}
