package dev.litellm.spring.test.internal;

import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * One HTTP answer of the fake: status, content type, body and extra headers.
 *
 * @param status the HTTP status
 * @param contentType the {@code Content-Type} header value
 * @param body the body text
 * @param headers further response headers
 */
public record ProxyResponse(int status, String contentType, String body, Map<String, String> headers) {

	/** The content type of JSON answers. */
	public static final String JSON = "application/json";

	/** The content type of plain-text answers. */
	public static final String TEXT = "text/plain; charset=utf-8";

	/**
	 * A JSON answer.
	 *
	 * @param status the HTTP status
	 * @param body the serialized JSON
	 * @return the answer
	 */
	public static ProxyResponse json(int status, String body) {
		return new ProxyResponse(status, JSON, body, Map.of());
	}

	/** A 200 answer with a JSON body. */
	static ProxyResponse ok(JsonNode body) {
		return json(200, Json.write(body));
	}

	/**
	 * A plain-text answer.
	 *
	 * @param status the HTTP status
	 * @param body the text
	 * @return the answer
	 */
	public static ProxyResponse text(int status, String body) {
		return new ProxyResponse(status, TEXT, body, Map.of());
	}

}
