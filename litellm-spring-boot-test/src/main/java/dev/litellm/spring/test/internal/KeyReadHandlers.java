package dev.litellm.spring.test.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The routes that read one key: {@code GET /key/info} and {@code POST /key/health}. Any valid key may call them.
 */
final class KeyReadHandlers {

	private final ProxySettings settings;

	private final KeyStore store;

	KeyReadHandlers(ProxySettings settings, KeyStore store) {
		this.settings = settings;
		this.store = store;
	}

	/**
	 * The {@code status} newer proxies give a key: {@code deleted} when archived, {@code revoked} when blocked,
	 * {@code expired} past its expiry, else {@code active}.
	 */
	static String status(TableRow row, boolean deleted, Instant now) {
		if (deleted) {
			return "deleted";
		}
		JsonNode blocked = row.json("blocked");
		if (blocked != null && blocked.isBoolean() && blocked.booleanValue()) {
			return "revoked";
		}
		Instant expires = row.time("expires");
		return (expires != null && expires.isBefore(now)) ? "expired" : "active";
	}

	// ---------------------------------------------------------------- /key/info

	ProxyResponse info(RouteCall call) {
		Caller caller = call.caller();
		try {
			String key = call.request().queryParam("key");
			if (key == null || key.isEmpty()) {
				key = caller.apiKeyHash();
			}
			boolean latest = this.settings.latest();
			String hash = VirtualKeys.hashIfNeeded(key);
			TableRow row = this.store.key(hash);
			boolean deleted = false;
			if (row == null && latest) {
				// _find_deleted_key_info: newer proxies serve a deleted key from the archive.
				row = this.store.deletedKey(hash);
				deleted = row != null;
			}
			if (row == null) {
				throw ApiError.envelope(404, "Key not found in database", "not_found_error", "key");
			}
			if (!caller.admin() && !row.string("token").equals(caller.apiKeyHash())
					&& !Objects.equals(row.string("user_id"), caller.userId())) {
				throw new HttpError(403, "You are not allowed to access this key's info. Your role=None");
			}
			ObjectNode info = ResponseModels.rawRow(row, ResponseModels.DateStyle.ISO, latest);
			info.remove("token");
			if (latest) {
				info.put("status", status(row, deleted, call.now()));
			}
			if (latest && !deleted) {
				BudgetWindows.addUsage(info, row, call.now());
			}
			String budgetId = row.string("budget_id");
			TableRow budget = budgetId == null ? null : this.store.budget(budgetId);
			if (budget != null) {
				info.set("litellm_budget_table", ResponseModels.budget(budget));
			}
			JsonNode permission = deleted ? null : this.store.permissionOf(row);
			if (permission != null) {
				info.set("object_permission", permission);
			}
			ObjectNode out = Json.object();
			out.put("key", key);
			out.set("info", info);
			return ProxyResponse.ok(out);
		}
		catch (HttpError | PythonValueError ex) {
			throw ApiError.onProxy(ex);
		}
	}

	// ---------------------------------------------------------------- /key/health

	ProxyResponse health(RouteCall call) {
		TableRow row = call.caller().row();
		JsonNode metadata = row == null ? null : row.json("metadata");
		ObjectNode out = Json.object();
		out.put("key", "healthy");
		JsonNode logging = metadata == null ? null : metadata.get("logging");
		if (logging == null) {
			out.putNull("logging_callbacks");
			return ProxyResponse.ok(out);
		}
		List<String> callbacks = new ArrayList<>();
		for (JsonNode callback : logging) {
			JsonNode name = callback.get("callback_name");
			if (name == null || name.isNull()) {
				throw ApiError.envelope(500, "Key health check failed: callback_name is required in key_logging",
						"internal_server_error", "None");
			}
			callbacks.add(name.asString());
		}
		ObjectNode status = out.putObject("logging_callbacks");
		ArrayNode names = status.putArray("callbacks");
		callbacks.forEach(names::add);
		status.put("status", "healthy");
		status.put("details", "No logger exceptions triggered, system is healthy. Manually check if logs were sent to "
				+ PythonRepr.listRepr(callbacks) + " ");
		return ProxyResponse.ok(out);
	}

}
