package dev.litellm.spring.test.internal;

import java.time.Instant;

import dev.litellm.spring.test.RecordedRequest;
import dev.litellm.spring.test.internal.RouteTable.Access;
import dev.litellm.spring.test.internal.RouteTable.Body;

/**
 * How the fake answers a request: the route table of the {@code /key/*} API, and the order in which FastAPI applies
 * routing (404, 405), body decoding (422), the auth dependency (401) and the route's handler.
 * <p>
 * Thread-safe: each request is handled holding the {@link KeyStore}'s lock; handling is short and in memory.
 */
public final class ProxyRequestHandler {

	private final ProxySettings settings;

	private final KeyStore store;

	private final Authenticator authenticator;

	private final RouteTable routes;

	/**
	 * Creates the request handling of a fake proxy.
	 *
	 * @param settings its settings
	 * @param store its keys
	 */
	public ProxyRequestHandler(ProxySettings settings, KeyStore store) {
		this.settings = settings;
		this.store = store;
		this.authenticator = new Authenticator(settings, store);
		KeyChanges changes = new KeyChanges(settings, store);
		KeyBudgetChanges budgets = new KeyBudgetChanges(settings);
		AdminOnlyFields adminOnlyFields = new AdminOnlyFields(settings, store, budgets);
		KeyCreationHandlers creation = new KeyCreationHandlers(settings, store, changes, adminOnlyFields);
		KeyUpdateHandlers updates = new KeyUpdateHandlers(settings, store, changes, adminOnlyFields, budgets);
		KeyReadHandlers reads = new KeyReadHandlers(settings, store);
		KeyListHandler list = new KeyListHandler(settings, store);
		KeyDeletionHandler deletion = new KeyDeletionHandler(settings, store);
		KeyBulkHandlers bulk = new KeyBulkHandlers(settings, store, changes);
		PlatformKeyHandlers platform = new PlatformKeyHandlers(settings, store, creation);
		this.routes = new RouteTable().add("POST", "/key/generate", Access.SELF_SERVICE, Body.JSON, creation::generate)
			.add("POST", "/key/update", Access.SELF_SERVICE, Body.JSON, updates::update)
			.add("POST", "/key/delete", Access.SELF_SERVICE, Body.JSON, deletion::delete)
			.add("GET", "/key/info", Access.ANY_KEY, Body.NONE, reads::info)
			.add("GET", "/key/list", Access.ANY_KEY, Body.NONE, list::list)
			.add("POST", "/key/block", Access.KEY_ADMIN, Body.JSON, updates::block)
			.add("POST", "/key/unblock", Access.KEY_ADMIN, Body.JSON, updates::unblock)
			.add("POST", "/key/health", Access.ANY_KEY, Body.NONE, reads::health)
			.add("POST", "/key/regenerate", Access.PROXY_ADMIN, Body.JSON,
					(call) -> creation.regenerate(call, call.request().queryParam("key")))
			.add("POST", "/key/{key}/regenerate", Access.PROXY_ADMIN, Body.JSON,
					(call) -> creation.regenerate(call, call.pathVariable("key")))
			.add("POST", "/key/service-account/generate", Access.PROXY_ADMIN, Body.JSON,
					platform::serviceAccountGenerate)
			.add("POST", "/key/bulk_update", Access.ANY_KEY, Body.JSON, bulk::bulkUpdate)
			.add("POST", "/key/{key}/reset_spend", Access.ANY_KEY, Body.JSON, platform::resetSpend)
			.add("GET", "/key/aliases", Access.ANY_KEY, Body.NONE, platform::aliases)
			.add("POST", "/v2/key/info", Access.ANY_KEY, Body.JSON, platform::infoV2);
		if (settings.latest()) {
			// Added after v1.81, which answers it with FastAPI's 404.
			this.routes.add("POST", "/team/key/bulk_update", Access.ANY_KEY, Body.JSON, bulk::teamBulkUpdate);
		}
	}

	/** The route-level check: newer proxies let internal users manage their own keys and reach the admin checks. */
	private boolean mayCall(Caller caller, Access access) {
		boolean latest = this.settings.latest();
		return switch (access) {
			case ANY_KEY -> true;
			case PROXY_ADMIN -> caller.admin();
			case SELF_SERVICE -> caller.admin() || (latest && caller.internalUser());
			case KEY_ADMIN -> caller.admin() || latest;
		};
	}

	/**
	 * Handles one request.
	 *
	 * @param request the request
	 * @return the answer
	 */
	public ProxyResponse handle(RecordedRequest request) {
		try {
			RouteTable.Match match = this.routes.match(request);
			RouteTable.Route route = match.route();
			Object body = (route.body() == Body.JSON) ? RequestModels.read(request) : null;
			synchronized (this.store) {
				Instant now = this.settings.now();
				Caller caller = this.authenticator.authenticate(request, now);
				if (!mayCall(caller, route.access())) {
					throw ApiError.envelope(401, "Authentication Error, Only proxy admin can be used to generate, "
							+ "delete, update info for new keys/users/teams. Route=" + request.path()
							+ ". Your role=unknown. Your user_id=unknown", "auth_error", "None");
				}
				return route.handler().handle(new RouteCall(request, match.pathVariables(), body, caller, now));
			}
		}
		catch (ApiError error) {
			return error.response();
		}
		catch (RuntimeException ex) {
			// What Starlette answers for an exception nothing handled.
			return ApiError.plainServerError().response();
		}
	}

}
