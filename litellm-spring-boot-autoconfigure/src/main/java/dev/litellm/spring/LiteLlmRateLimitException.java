package dev.litellm.spring;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * 429 Too Many Requests. The proxy does not rate-limit {@code /key/*} itself, so this usually comes from a
 * gateway in front of it. When retries are on, the client waits out a {@code Retry-After} up to its maximum
 * backoff; a longer wait is reported through this exception instead of sleeping.
 */
public class LiteLlmRateLimitException extends LiteLlmApiException {

	private static final long serialVersionUID = 1L;

	/** The wait the server asked for. */
	private final @Nullable Duration retryAfter;

	/**
	 * Create an exception from a decoded error response.
	 * @param error the decoded error
	 * @param retryAfter the wait the server asked for, if it said
	 */
	public LiteLlmRateLimitException(LiteLlmError error, @Nullable Duration retryAfter) {
		super(error);
		this.retryAfter = retryAfter;
	}

	/**
	 * How long the server asked the client to wait ({@code Retry-After}).
	 * @return the wait, or {@code null} when the response did not say
	 */
	public @Nullable Duration retryAfter() {
		return this.retryAfter;
	}

}
