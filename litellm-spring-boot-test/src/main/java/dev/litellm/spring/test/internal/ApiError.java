package dev.litellm.spring.test.internal;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A finished error answer, thrown out of request handling: the LiteLLM envelope, FastAPI's 422 detail list, or a
 * plain-text 500.
 */
final class ApiError extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient ProxyResponse response;

	private ApiError(ProxyResponse response) {
		super(null, null, false, false);
		this.response = response;
	}

	ProxyResponse response() {
		return this.response;
	}

	/**
	 * The {@code {"error":{...}}} envelope of {@code ProxyException}; the HTTP status is the code.
	 */
	static ApiError envelope(int status, String message, String type, @Nullable String param) {
		ObjectNode error = Json.object();
		error.put("message", message);
		error.put("type", type);
		if (param == null) {
			error.putNull("param");
		}
		else {
			error.put("param", param);
		}
		error.put("code", Integer.toString(status));
		ObjectNode body = Json.object();
		body.set("error", error);
		return new ApiError(ProxyResponse.json(status, Json.write(body)));
	}

	/** FastAPI's request-validation answer. */
	static ApiError validation(ArrayNode detail) {
		ObjectNode body = Json.object();
		body.set("detail", detail);
		return new ApiError(ProxyResponse.json(422, Json.write(body)));
	}

	/** FastAPI's {@code {"detail": "..."}} answer for routing failures. */
	static ApiError detail(int status, String detail) {
		ObjectNode body = Json.object();
		body.put("detail", detail);
		return new ApiError(ProxyResponse.json(status, Json.write(body)));
	}

	/** FastAPI's answer to {@code HTTPException(status, detail={name: message})}. */
	static ApiError detailObject(int status, String name, String message) {
		ObjectNode body = Json.object();
		body.putObject("detail").put(name, message);
		return new ApiError(ProxyResponse.json(status, Json.write(body)));
	}

	/**
	 * {@code handle_exception_on_proxy}, how generate, delete, info and regenerate answer an error they raised: an
	 * {@code HTTPException} keeps its status, a {@code ValueError} is a 500.
	 */
	static ApiError onProxy(RuntimeException ex) {
		if (ex instanceof HttpError http) {
			return envelope(http.status(), http.detail(), "internal_server_error", "None");
		}
		if (ex instanceof PythonValueError value) {
			return envelope(500, value.getMessage(), "internal_server_error", "None");
		}
		throw ex;
	}

	/** Starlette's answer to an exception nothing caught. */
	static ApiError plainServerError() {
		return new ApiError(ProxyResponse.text(500, "Internal Server Error"));
	}

}
