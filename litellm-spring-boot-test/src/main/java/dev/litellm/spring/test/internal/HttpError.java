package dev.litellm.spring.test.internal;

/**
 * A FastAPI {@code HTTPException} raised inside a handler, before the handler's own mapping turns it into an
 * envelope. {@code detail} is already the text the envelope's message will carry ({@code str(detail)}).
 */
final class HttpError extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int status;

	private final String detail;

	HttpError(int status, String detail) {
		super(null, null, false, false);
		this.status = status;
		this.detail = detail;
	}

	/** {@code HTTPException(status, detail={"error": message})}. */
	static HttpError ofErrorDict(int status, String message) {
		return new HttpError(status, PythonRepr.errorDict(message));
	}

	int status() {
		return this.status;
	}

	String detail() {
		return this.detail;
	}

}
