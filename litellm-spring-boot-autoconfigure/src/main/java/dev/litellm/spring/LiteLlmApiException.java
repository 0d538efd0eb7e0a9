package dev.litellm.spring;

import org.jspecify.annotations.Nullable;

/**
 * The proxy answered with an HTTP error status. Subtypes name the common statuses; this type itself is used for
 * the others.
 *
 * <p>The proxy writes errors in three shapes, all of which end up here: its own envelope
 * {@code {"error":{"message","type","param","code"}}}, FastAPI's validation body {@code {"detail":[…]}}, and
 * plain text. {@link #errorMessage()} is the proxy's message, {@link #responseBody()} the raw body; in both, raw
 * keys are masked.
 */
public class LiteLlmApiException extends LiteLlmException {

	private static final long serialVersionUID = 1L;

	/** The HTTP status. */
	private final int statusCode;

	/** The proxy's error type. */
	private final @Nullable String errorType;

	/** The proxy's error code. */
	private final @Nullable String errorCode;

	/** The parameter the proxy blamed. */
	private final @Nullable String param;

	/** The proxy's message, keys masked. */
	private final String errorMessage;

	/** The response body, keys masked. */
	private final String responseBody;

	/**
	 * Create an exception from a decoded error response.
	 * @param error the decoded error
	 */
	public LiteLlmApiException(LiteLlmError error) {
		super(error.describe(), null);
		this.statusCode = error.statusCode();
		this.errorType = error.type();
		this.errorCode = error.code();
		this.param = error.param();
		this.errorMessage = error.message();
		this.responseBody = error.responseBody();
	}

	/**
	 * The HTTP status the proxy answered with.
	 * @return the status code, for example {@code 404}
	 */
	public int statusCode() {
		return this.statusCode;
	}

	/**
	 * The proxy's error {@code type}, for example {@code not_found_error} or {@code auth_error}. The proxy uses
	 * {@code internal_server_error} for many 4xx answers too, so prefer the exception type and
	 * {@link #statusCode()} for decisions.
	 * @return the error type, or {@code null} when the body did not carry one
	 */
	public @Nullable String errorType() {
		return this.errorType;
	}

	/**
	 * The proxy's error {@code code}, a string such as {@code "404"}.
	 * @return the error code, or {@code null} when the body did not carry one
	 */
	public @Nullable String errorCode() {
		return this.errorCode;
	}

	/**
	 * The request parameter the proxy blamed, for example {@code key_alias}. The proxy's placeholder
	 * {@code "None"} is reported as {@code null}.
	 * @return the parameter name, or {@code null}
	 */
	public @Nullable String param() {
		return this.param;
	}

	/**
	 * The proxy's error message, with raw keys masked. A Python dict repr such as
	 * {@code {'error': 'No keys found'}} is unwrapped to its text.
	 * @return the message, never {@code null}
	 */
	public String errorMessage() {
		return this.errorMessage;
	}

	/**
	 * The response body as received, with raw keys masked.
	 * @return the body, empty when there was none
	 */
	public String responseBody() {
		return this.responseBody;
	}

}
