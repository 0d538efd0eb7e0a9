package dev.litellm.spring.test.internal;

/**
 * Error answers of the newer key routes that raise {@code HTTPException(detail={"error": …})} without the
 * {@code ProxyException} mapping of the older routes: FastAPI writes them as {@code {"detail":{"error":…}}}.
 */
final class ProxyErrors {

	private ProxyErrors() {
	}

	static ProxyResponse detailError(int status, String message) {
		tools.jackson.databind.node.ObjectNode body = Json.object();
		body.putObject("detail").put("error", message);
		return ProxyResponse.json(status, Json.write(body));
	}

}
