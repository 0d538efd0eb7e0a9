package dev.litellm.spring.test.internal;

import java.time.Instant;
import java.util.Map;

import dev.litellm.spring.test.RecordedRequest;
import org.jspecify.annotations.Nullable;

/**
 * One call of a route, as its handler gets it.
 *
 * @param request the request
 * @param pathVariables the values of the route's path variables, by name
 * @param body the parsed JSON body, the raw text of a non-JSON body, or {@code null} (no body, or the route reads
 * none)
 * @param caller the authenticated caller
 * @param now the time of the call
 */
record RouteCall(RecordedRequest request, Map<String, String> pathVariables, @Nullable Object body, Caller caller,
		Instant now) {

	/** The value of a path variable of the route. */
	String pathVariable(String name) {
		String value = this.pathVariables.get(name);
		if (value == null) {
			throw new IllegalStateException("The route has no path variable " + name);
		}
		return value;
	}

}
