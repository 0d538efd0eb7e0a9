package dev.litellm.spring;

import java.io.Serializable;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * 422 Unprocessable Entity: the proxy's request validation (FastAPI) rejected the request, for example a
 * {@code size} over 100 on {@code /key/list} or a delete request without keys.
 */
public class LiteLlmValidationException extends LiteLlmApiException {

	private static final long serialVersionUID = 1L;

	/** The violations, in the proxy's order. */
	private final List<Violation> violations;

	/**
	 * Create an exception from a decoded error response.
	 * @param error the decoded error
	 * @param violations the individual violations from the {@code detail} array
	 */
	public LiteLlmValidationException(LiteLlmError error, List<Violation> violations) {
		super(error);
		this.violations = List.copyOf(violations);
	}

	/**
	 * The violations the proxy listed, in its order.
	 * @return the violations, empty when the body did not list any
	 */
	public List<Violation> violations() {
		return this.violations;
	}

	/**
	 * One entry of FastAPI's {@code detail} array.
	 * @param location where the violation is, for example {@code query.size} or {@code body.keys}
	 * @param message the validation message
	 * @param type the validation error type, for example {@code less_than_equal}
	 */
	public record Violation(String location, String message, @Nullable String type) implements Serializable {
	}

}
