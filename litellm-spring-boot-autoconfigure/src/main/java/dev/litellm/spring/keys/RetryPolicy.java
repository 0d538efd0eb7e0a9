package dev.litellm.spring.keys;

import java.time.Duration;

import dev.litellm.spring.internal.ClientDefaults;

/**
 * How the client retries: exponential backoff with jitter, from {@code initialBackoff} up to
 * {@code maxBackoff}, for at most {@code maxAttempts} attempts in all. A server's {@code Retry-After} (on 429 or
 * 503) replaces the backoff when it is not longer than {@code maxBackoff}.
 *
 * <p>What is retried: I/O failures, timeouts, 429, 502, 503 and 504, for every operation except generate and
 * regenerate; those two are retried only when the request provably never reached the proxy (connection refused,
 * unknown host, TLS handshake failure), or when the request carries the new key (client-generated keys, or a key
 * the caller chose): then, after an unclear failure, the client looks the new key up and sends the write again
 * only if the proxy does not have it, within the same number of attempts. Never other 4xx, never 500.
 *
 * @param maxAttempts the most attempts per operation, counting the first; 1 disables retries
 * @param initialBackoff the wait before the first retry
 * @param maxBackoff the longest wait between attempts, and the longest {@code Retry-After} honoured
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

	private static final RetryPolicy DEFAULTS = new RetryPolicy(ClientDefaults.MAX_ATTEMPTS,
			ClientDefaults.INITIAL_BACKOFF, ClientDefaults.MAX_BACKOFF);

	private static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);

	/**
	 * Check the settings.
	 * @param maxAttempts at least 1
	 * @param initialBackoff not negative
	 * @param maxBackoff not shorter than {@code initialBackoff}
	 */
	public RetryPolicy {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be at least 1, but was " + maxAttempts);
		}
		if (initialBackoff == null || initialBackoff.isNegative()) {
			throw new IllegalArgumentException("initialBackoff must not be null or negative");
		}
		if (maxBackoff == null || maxBackoff.compareTo(initialBackoff) < 0) {
			throw new IllegalArgumentException("maxBackoff must not be null or shorter than initialBackoff");
		}
	}

	/**
	 * The defaults: 3 attempts, 200 ms initial backoff, 5 s maximum.
	 * @return the default policy
	 */
	public static RetryPolicy defaults() {
		return DEFAULTS;
	}

	/**
	 * No retries: every operation makes one attempt.
	 * @return the policy
	 */
	public static RetryPolicy none() {
		return NONE;
	}

}
