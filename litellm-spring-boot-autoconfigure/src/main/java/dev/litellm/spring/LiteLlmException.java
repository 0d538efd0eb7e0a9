package dev.litellm.spring;

import org.jspecify.annotations.Nullable;

/**
 * Base type of every exception the LiteLLM client throws. Unchecked, like Spring's own data-access exceptions.
 *
 * <p>Messages never contain a raw virtual key: any {@code sk-…} value is masked before an exception is built.
 */
public class LiteLlmException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception.
	 * @param message the detail message (already free of secrets)
	 * @param cause the cause, if any
	 */
	public LiteLlmException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
