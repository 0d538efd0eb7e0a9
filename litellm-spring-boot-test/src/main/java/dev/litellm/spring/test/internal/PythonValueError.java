package dev.litellm.spring.test.internal;

/**
 * A Python {@code ValueError} raised inside a handler; each handler maps it differently.
 */
final class PythonValueError extends RuntimeException {

	private static final long serialVersionUID = 1L;

	PythonValueError(String message) {
		super(message, null, false, false);
	}

}
