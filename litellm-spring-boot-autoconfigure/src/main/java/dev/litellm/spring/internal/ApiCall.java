package dev.litellm.spring.internal;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.web.util.UriBuilder;

/**
 * What one operation sends: method, path, query (never a raw key), body, and the type of a successful answer.
 *
 * @param <T> the type of a successful answer
 * @param operation the operation
 * @param method the HTTP method
 * @param path the path under the base URL
 * @param query the query parameters
 * @param body the JSON body, if any
 * @param responseType the type of a successful answer
 * @param alreadyDoneNote what a retry answered 404 after an attempt with an unclear outcome means (that attempt
 * may have done the work, or there was nothing to do), added to the 404's message; {@code null} for a plain 404
 */
public record ApiCall<T>(ApiOperation operation, HttpMethod method, String path, Map<String, List<String>> query,
		@Nullable Object body, Class<T> responseType, @Nullable String alreadyDoneNote) {

	/**
	 * A call whose 404 means what it says.
	 * @param operation the operation
	 * @param method the HTTP method
	 * @param path the path under the base URL
	 * @param query the query parameters
	 * @param body the JSON body, if any
	 * @param responseType the type of a successful answer
	 */
	public ApiCall(ApiOperation operation, HttpMethod method, String path, Map<String, List<String>> query,
			@Nullable Object body, Class<T> responseType) {
		this(operation, method, path, query, body, responseType, null);
	}

	/**
	 * The same call, whose 404 on a retry after an attempt with an unclear outcome carries {@code note}: the
	 * client cannot tell whether that attempt did the work or there never was any to do, so it says so rather
	 * than answer as if it knew.
	 * @param note the sentence to add to the 404's message
	 * @return the call
	 */
	public ApiCall<T> notedWhenAlreadyDone(String note) {
		return new ApiCall<>(this.operation, this.method, this.path, this.query, this.body, this.responseType, note);
	}

	/**
	 * The request URI under the base URL. Query values go in as URI variables, so they are encoded in full and
	 * never read as templates.
	 * @param builder a builder on the base URL
	 * @return the URI
	 */
	public URI uri(UriBuilder builder) {
		builder.path(this.path);
		if (this.query.isEmpty()) {
			return builder.build();
		}
		Map<String, String> variables = new HashMap<>();
		this.query.forEach((name, values) -> values.forEach((value) -> {
			String variable = "q" + variables.size();
			builder.queryParam(name, "{" + variable + "}");
			variables.put(variable, value);
		}));
		return builder.build(variables);
	}

	/**
	 * The path and query, for the wire log.
	 * @return for example {@code /key/info?key=…}
	 */
	public String pathAndQuery() {
		if (this.query.isEmpty()) {
			return this.path;
		}
		StringBuilder text = new StringBuilder(this.path).append('?');
		this.query.forEach((name, values) -> values
			.forEach((value) -> text.append(name).append('=').append(value).append('&')));
		return text.substring(0, text.length() - 1);
	}

	/**
	 * The call for an exception message.
	 * @return for example {@code key.info (GET /key/info)}
	 */
	public String describe() {
		return this.operation.observationName() + " (" + this.method + " " + this.path + ")";
	}

}
