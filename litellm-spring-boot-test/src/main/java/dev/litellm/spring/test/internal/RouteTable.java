package dev.litellm.spring.test.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.litellm.spring.test.RecordedRequest;

/**
 * The routes of the fake, matched as Starlette matches them: the first route whose path and method match handles
 * the request; a path that some route matches only with another method is a 405, and no match at all a 404.
 * <p>
 * A path is a template in which {@code {name}} is a path variable that matches one or more characters, slashes
 * included (the proxy declares its key path variables as {@code {key:path}}).
 */
final class RouteTable {

	/** Who may call a route. */
	enum Access {

		/** Only the master key; other callers get the proxy's 401. */
		PROXY_ADMIN,

		/**
		 * The master key, and on newer proxies an internal user (a virtual key with a user id) managing its own
		 * keys; the handler checks ownership. Other callers get the proxy's 401.
		 */
		SELF_SERVICE,

		/**
		 * On newer proxies any valid key, the handler answering 403 to whoever is not an admin; on v1.81 only the
		 * master key.
		 */
		KEY_ADMIN,

		/** Any valid key; the handler decides what the caller may see. */
		ANY_KEY

	}

	/** Whether a route reads a JSON request body. */
	enum Body {

		/** Reads the body as FastAPI does, before authentication (a malformed one is a 422). */
		JSON,

		/** Ignores any body. */
		NONE

	}

	/** What answers a route. */
	@FunctionalInterface
	interface Handler {

		/**
		 * Answers one call.
		 *
		 * @param call the call
		 * @return the answer
		 * @throws ApiError an error answer
		 */
		ProxyResponse handle(RouteCall call);

	}

	/** A declared route. */
	record Route(String method, Pattern path, List<String> variables, Access access, Body body, Handler handler) {
	}

	/** The route that matched a request and the values of its path variables. */
	record Match(Route route, Map<String, String> pathVariables) {
	}

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	private final List<Route> routes = new ArrayList<>();

	/**
	 * Declares a route; routes match in the order they were added.
	 *
	 * @param method the HTTP method
	 * @param template the path, with {@code {name}} for a path variable
	 * @param access who may call it
	 * @param body whether it reads a body
	 * @param handler what answers it
	 * @return this table
	 */
	RouteTable add(String method, String template, Access access, Body body, Handler handler) {
		List<String> variables = new ArrayList<>();
		StringBuilder regex = new StringBuilder("^");
		Matcher variable = VARIABLE.matcher(template);
		int end = 0;
		while (variable.find()) {
			regex.append(Pattern.quote(template.substring(end, variable.start()))).append("(.+)");
			variables.add(variable.group(1));
			end = variable.end();
		}
		regex.append(Pattern.quote(template.substring(end))).append('$');
		this.routes.add(new Route(method, Pattern.compile(regex.toString()), List.copyOf(variables), access, body,
				handler));
		return this;
	}

	/**
	 * Finds the route of a request.
	 *
	 * @param request the request
	 * @return the route and its path variables
	 * @throws ApiError FastAPI's 404 or 405
	 */
	Match match(RecordedRequest request) {
		boolean pathMatched = false;
		for (Route route : this.routes) {
			Matcher path = route.path().matcher(request.path());
			if (!path.matches()) {
				continue;
			}
			if (!route.method().equalsIgnoreCase(request.method())) {
				pathMatched = true;
				continue;
			}
			Map<String, String> values = new LinkedHashMap<>();
			for (int i = 0; i < route.variables().size(); i++) {
				values.put(route.variables().get(i), path.group(i + 1));
			}
			return new Match(route, values);
		}
		throw pathMatched ? ApiError.detail(405, "Method Not Allowed") : ApiError.detail(404, "Not Found");
	}

}
