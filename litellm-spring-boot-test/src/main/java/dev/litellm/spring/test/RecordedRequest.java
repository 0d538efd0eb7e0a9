package dev.litellm.spring.test;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One HTTP request the {@link FakeLiteLlmProxy} received, as it arrived, kept for assertions.
 * <p>
 * {@link #toString()} shows only the method and path: headers and bodies carry keys.
 *
 * @param method the HTTP method, upper case
 * @param path the decoded path, without the query string
 * @param query the decoded query parameters, in order of appearance
 * @param headers the request headers; names are matched case-insensitively
 * @param body the body as UTF-8 text, empty when there was none
 * @param receivedAt when the fake received it, by the fake's clock
 */
public record RecordedRequest(String method, String path, Map<String, List<String>> query,
		Map<String, List<String>> headers, String body, Instant receivedAt) {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	/**
	 * Creates a record; the maps are copied, and header names become case-insensitive.
	 *
	 * @param method the HTTP method
	 * @param path the decoded path
	 * @param query the query parameters
	 * @param headers the headers
	 * @param body the body text
	 * @param receivedAt the receive time
	 */
	public RecordedRequest {
		query = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(query));
		TreeMap<String, List<String>> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		headers.forEach((name, values) -> caseInsensitive.merge(name, List.copyOf(values),
				(a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList()));
		headers = Collections.unmodifiableMap(caseInsensitive);
	}

	/**
	 * The first value of a header.
	 *
	 * @param name the header name, any case
	 * @return the value, or {@code null} when the header is absent
	 */
	public @Nullable String header(String name) {
		List<String> values = this.headers.get(name);
		return values == null || values.isEmpty() ? null : values.get(0);
	}

	/**
	 * The last value of a query parameter, the one FastAPI uses for a scalar parameter.
	 *
	 * @param name the parameter name
	 * @return the value, or {@code null} when the parameter is absent
	 */
	public @Nullable String queryParam(String name) {
		List<String> values = this.query.get(name);
		return values == null || values.isEmpty() ? null : values.get(values.size() - 1);
	}

	/**
	 * The {@code litellm-changed-by} audit header.
	 *
	 * @return its value, or {@code null} when it was not sent
	 */
	public @Nullable String changedBy() {
		return header("litellm-changed-by");
	}

	/**
	 * The body parsed as JSON.
	 *
	 * @return the JSON tree
	 * @throws IllegalStateException when the body is empty or not JSON
	 */
	public JsonNode bodyJson() {
		if (this.body.isEmpty()) {
			throw new IllegalStateException("The request to " + this.path + " had no body");
		}
		try {
			return MAPPER.readTree(this.body);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("The request body to " + this.path + " is not JSON", ex);
		}
	}

	@Override
	public String toString() {
		return "RecordedRequest[" + this.method + " " + this.path + "]";
	}

}
