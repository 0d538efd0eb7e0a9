package dev.litellm.spring.test.internal;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static dev.litellm.spring.test.internal.BodyFields.present;

/**
 * The routes that change an existing key: {@code POST /key/update}, {@code POST /key/block} and
 * {@code POST /key/unblock}.
 */
final class KeyUpdateHandlers {

	private static final Pattern VIRTUAL_KEY = Pattern.compile("^sk-[A-Za-z0-9_-]+$");

	private static final Pattern KEY_HASH = Pattern.compile("^[a-fA-F0-9]{64}$");

	private final KeyStore store;

	private final KeyChanges changes;

	KeyUpdateHandlers(KeyStore store, KeyChanges changes) {
		this.store = store;
		this.changes = changes;
	}

	// ---------------------------------------------------------------- /key/update

	ProxyResponse update(RouteCall call) {
		ObjectNode data = RequestModels.validate(call.body(), RequestModels.UPDATE, Set.of("key"));
		if ((present(data, "temp_budget_increase") == null) != (present(data, "temp_budget_expiry") == null)) {
			throw RequestModels.valueError((JsonNode) call.body(),
					"temp_budget_increase and temp_budget_expiry must be set together");
		}
		try {
			KeyChanges.rejectNegative(data, "max_budget");
			String key = data.get("key").stringValue();
			TableRow existing = this.store.key(VirtualKeys.hashIfNeeded(key));
			if (existing == null) {
				throw new HttpError(401,
						"Authentication Error: invalid user key - user key does not exist in db. User Key=" + key);
			}
			Map<String, Object> changes = this.changes.prepareUpdate(data, existing, call.now());
			if (changes.get("key_alias") instanceof JsonNode alias && alias.isString()) {
				this.changes.rejectDuplicateAlias(alias.stringValue(), existing.string("token"));
			}
			KeyChanges.apply(existing, changes);
			KeyChanges.applyRotation(existing, data, call.now());
			existing.set("updated_at", TableRow.stored(call.now()));
			ObjectNode out = Json.object();
			out.put("key", key);
			out.setAll(ResponseModels.rawRow(existing, ResponseModels.DateStyle.ISO));
			return ProxyResponse.ok(out);
		}
		catch (HttpError ex) {
			throw ApiError.envelope(ex.status(), ex.detail(), "auth_error", "None");
		}
		catch (PythonValueError ex) {
			throw ApiError.envelope(400, "Authentication Error, " + ex.getMessage(), "auth_error", "None");
		}
	}

	// ---------------------------------------------------------------- /key/block, /key/unblock

	ProxyResponse block(RouteCall call) {
		TableRow row = setBlocked(call, true);
		return ProxyResponse.ok(ResponseModels.verificationToken(row, false, null));
	}

	ProxyResponse unblock(RouteCall call) {
		TableRow row = setBlocked(call, false);
		return ProxyResponse.ok(ResponseModels.rawRow(row, ResponseModels.DateStyle.PYDANTIC));
	}

	private TableRow setBlocked(RouteCall call, boolean blocked) {
		ObjectNode data = RequestModels.validate(call.body(), RequestModels.BLOCK, Set.of("key"));
		String key = data.get("key").stringValue();
		if (key.length() < 3 || key.length() > 100
				|| !(VIRTUAL_KEY.matcher(key).matches() || KEY_HASH.matcher(key).matches())) {
			throw ApiError.envelope(400, "Invalid key format.", "bad_request_error", "key");
		}
		TableRow row = this.store.key(VirtualKeys.hashIfNeeded(key));
		if (row == null) {
			throw ApiError.plainServerError();
		}
		row.set("blocked", Json.nodes().booleanNode(blocked));
		row.set("updated_at", TableRow.stored(call.now()));
		return row;
	}

}
