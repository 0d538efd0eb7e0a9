package dev.litellm.spring;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * 5xx: the proxy or something in front of it failed. The proxy also uses 500 for some input errors (for example
 * an unparseable {@code duration} on {@code /key/generate}), so read {@link #errorMessage()}.
 */
public class LiteLlmServerException extends LiteLlmApiException {

	private static final long serialVersionUID = 1L;

	/** The wait the server asked for. */
	private final @Nullable Duration retryAfter;

	/**
	 * Create an exception from a decoded error response.
	 * @param error the decoded error
	 */
	public LiteLlmServerException(LiteLlmError error) {
		this(error, null);
	}

	/**
	 * Create an exception from a decoded error response that said when to try again.
	 * @param error the decoded error
	 * @param retryAfter the wait the server asked for ({@code Retry-After}), if it said
	 */
	public LiteLlmServerException(LiteLlmError error, @Nullable Duration retryAfter) {
		super(error);
		this.retryAfter = retryAfter;
	}

	/**
	 * How long the server asked the client to wait ({@code Retry-After}), as a 503 may say.
	 * @return the wait, or {@code null} when the response did not say
	 */
	public @Nullable Duration retryAfter() {
		return this.retryAfter;
	}

}
