package dev.litellm.spring.internal;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

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
 * @param answerIfAlreadyDone the answer when a retry finds nothing left to do after an unclear attempt, if the
 * operation has one
 * @param pathVariables the values of the path's {@code {name}} variables (never a raw key), so that the path
 * itself stays a low-cardinality template
 */
public record ApiCall<T>(ApiOperation operation, HttpMethod method, String path, Map<String, List<String>> query,
		@Nullable Object body, Class<T> responseType, @Nullable Supplier<T> answerIfAlreadyDone,
		Map<String, String> pathVariables) {

	/**
	 * A call whose path has no variables.
	 * @param operation the operation
	 * @param method the HTTP method
	 * @param path the path under the base URL
	 * @param query the query parameters
	 * @param body the JSON body, if any
	 * @param responseType the type of a successful answer
	 * @param answerIfAlreadyDone the answer when a retry finds nothing left to do, if any
	 */
	public ApiCall(ApiOperation operation, HttpMethod method, String path, Map<String, List<String>> query,
			@Nullable Object body, Class<T> responseType, @Nullable Supplier<T> answerIfAlreadyDone) {
		this(operation, method, path, query, body, responseType, answerIfAlreadyDone, Map.of());
	}

	/**
	 * A call without an answer for a retry that finds nothing left to do.
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
	 * The same call, answered by {@code answer} when a retry finds nothing left to do (404) after an earlier
	 * attempt whose outcome was unclear: that attempt did the work.
	 * @param answer the answer
	 * @return the call
	 */
	public ApiCall<T> answeredWhenAlreadyDone(Supplier<T> answer) {
		return new ApiCall<>(this.operation, this.method, this.path, this.query, this.body, this.responseType, answer,
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
				this.answerIfAlreadyDone, Map.copyOf(variables));
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
			return builder.build(this.pathVariables);
		}
		Map<String, String> variables = new HashMap<>(this.pathVariables);
		this.query.forEach((name, values) -> values.forEach((value) -> {
			String variable = "q" + variables.size() + "_";
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
