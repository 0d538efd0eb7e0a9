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
 * @param pathVariables the values of the path's {@code {name}} variables (never a raw key), so that the path
 * itself stays a low-cardinality template
 */
public record ApiCall<T>(ApiOperation operation, HttpMethod method, String path, Map<String, List<String>> query,
		@Nullable Object body, Class<T> responseType, @Nullable String alreadyDoneNote,
		Map<String, String> pathVariables) {

	/**
	 * A call whose path has no variables and whose 404 means what it says.
	 * @param operation the operation
	 * @param method the HTTP method
	 * @param path the path under the base URL
	 * @param query the query parameters
	 * @param body the JSON body, if any
	 * @param responseType the type of a successful answer
	 */
	public ApiCall(ApiOperation operation, HttpMethod method, String path, Map<String, List<String>> query,
			@Nullable Object body, Class<T> responseType) {
		this(operation, method, path, query, body, responseType, null, Map.of());
	}

	/**
	 * The same call, whose 404 on a retry after an attempt with an unclear outcome carries {@code note}: the
	 * client cannot tell whether that attempt did the work or there never was any to do, so it says so rather
	 * than answer as if it knew.
	 * @param note the sentence to add to the 404's message
	 * @return the call
	 */
	public ApiCall<T> notedWhenAlreadyDone(String note) {
		return new ApiCall<>(this.operation, this.method, this.path, this.query, this.body, this.responseType, note,
				this.pathVariables);
	}

	/**
	 * The same call with a value for one of its path's {@code {name}} variables.
	 * @param name the variable's name
	 * @param value its value, never a raw key
	 * @return the call
	 */
	public ApiCall<T> withPathVariable(String name, String value) {
		Map<String, String> variables = new HashMap<>(this.pathVariables);
		variables.put(name, value);
		return new ApiCall<>(this.operation, this.method, this.path, this.query, this.body, this.responseType,
				this.alreadyDoneNote, Map.copyOf(variables));
	}

	/**
	 * The request URI under the base URL. Path values, and query values with any character that may need
	 * encoding, go in as URI variables, so they are encoded in full and never read as templates. A query value
	 * of unreserved characters only (RFC 3986: letters, digits, {@code -._~}), such as a key's hash or a page
	 * number, is the same encoded or not in every encoding mode and goes in as it is: expanding a variable costs
	 * a regular-expression pass over the query on each call.
	 * @param builder a builder on the base URL
	 * @return the URI
	 */
	public URI uri(UriBuilder builder) {
		builder.path(this.path);
		Map<String, String> variables = this.pathVariables;
		for (Map.Entry<String, List<String>> parameter : this.query.entrySet()) {
			for (String value : parameter.getValue()) {
				if (isUnreserved(value)) {
					builder.queryParam(parameter.getKey(), value);
					continue;
				}
				if (variables == this.pathVariables) {
					variables = new HashMap<>(this.pathVariables);
				}
				String variable = "q" + variables.size() + "_";
				builder.queryParam(parameter.getKey(), "{" + variable + "}");
				variables.put(variable, value);
			}
		}
		return builder.build(variables);
	}

	private static boolean isUnreserved(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			boolean unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
					|| c == '.' || c == '_' || c == '~';
			if (!unreserved) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The path and query, for the wire log.
	 * @return for example {@code /key/info?key=…}
	 */
	public String pathAndQuery() {
		String expanded = this.path;
		for (Map.Entry<String, String> variable : this.pathVariables.entrySet()) {
			expanded = expanded.replace("{" + variable.getKey() + "}", variable.getValue());
		}
		if (this.query.isEmpty()) {
			return expanded;
		}
		StringBuilder text = new StringBuilder(expanded).append('?');
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
