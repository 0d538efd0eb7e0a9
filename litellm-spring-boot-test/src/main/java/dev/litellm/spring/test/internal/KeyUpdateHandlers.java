package dev.litellm.spring.test.internal;

import java.util.List;
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

	private final ProxySettings settings;

	private final KeyStore store;

	private final KeyChanges changes;

	private final AdminOnlyFields adminOnlyFields;

	private final KeyBudgetChanges budgets;

	KeyUpdateHandlers(ProxySettings settings, KeyStore store, KeyChanges changes, AdminOnlyFields adminOnlyFields,
			KeyBudgetChanges budgets) {
		this.settings = settings;
		this.store = store;
		this.changes = changes;
		this.adminOnlyFields = adminOnlyFields;
		this.budgets = budgets;
	}

	// ---------------------------------------------------------------- /key/update

	ProxyResponse update(RouteCall call) {
		boolean latest = this.settings.latest();
		ObjectNode data = latest ? RequestModels.validate(call.body(), RequestModels.UPDATE_LATEST, Set.of())
				: RequestModels.validate(call.body(), RequestModels.UPDATE, Set.of("key"));
		if (latest && present(data, "key") == null && present(data, "key_alias") == null) {
			throw RequestModels.valueError((JsonNode) call.body(), "either key or key_alias must be provided");
		}
		if ((present(data, "temp_budget_increase") == null) != (present(data, "temp_budget_expiry") == null)) {
			throw RequestModels.valueError((JsonNode) call.body(),
					"temp_budget_increase and temp_budget_expiry must be set together");
		}
		try {
			this.changes.validateBudgets(data);
			TableRow existing = existingKey(data);
			String key = present(data, "key") != null ? data.get("key").stringValue() : existing.string("token");
			if (latest && !call.caller().owns(existing)) {
				throw KeyAdmins.forbidden(call.caller(), "/key/update");
			}
			this.adminOnlyFields.checkUpdate(data, call.caller(), existing);
			this.budgets.authorizeUpdate(data, existing, call.caller());
			Map<String, Object> changes = this.changes.prepareUpdate(data, existing, call.now());
			if (changes.get("key_alias") instanceof JsonNode alias && alias.isString()) {
				this.changes.rejectDuplicateAlias(alias.stringValue(), existing.string("token"));
			}
			KeyChanges.apply(existing, changes);
			if (latest && data.has("soft_budget")) {
				setSoftBudget(existing, data.get("soft_budget"), call);
			}
			KeyChanges.applyRotation(existing, data, call.now());
			existing.set("updated_at", TableRow.stored(call.now()));
			this.changes.stampSettingsUpdate(existing, call.now());
			ObjectNode out = Json.object();
			out.put("key", key);
			out.setAll(ResponseModels.rawRow(existing, ResponseModels.DateStyle.ISO, this.settings.latest()));
			return ProxyResponse.ok(out);
		}
		catch (HttpError ex) {
			throw ApiError.envelope(ex.status(), ex.detail(), "auth_error", "None");
		}
		catch (PythonValueError ex) {
			throw ApiError.envelope(400, "Authentication Error, " + ex.getMessage(), "auth_error", "None");
		}
	}

	/**
	 * Newer proxies keep an updated {@code soft_budget} in the key's budget row (which {@code /key/info} shows as
	 * {@code litellm_budget_table}): the existing row changes, or a new one is linked to the key; {@code null}
	 * removes it from the row.
	 */
	private void setSoftBudget(TableRow key, JsonNode softBudget, RouteCall call) {
		String budgetId = key.string("budget_id");
		TableRow budget = (budgetId != null) ? this.store.budget(budgetId) : null;
		if (budget != null) {
			budget.set("soft_budget", softBudget);
			budget.set("updated_at", TableRow.stored(call.now()));
		}
		else if (!softBudget.isNull()) {
			String created = this.store.createBudget(softBudget.doubleValue(), call.caller(), call.now());
			key.set("budget_id", Json.nodes().stringNode(created));
		}
	}

	/** {@code _get_and_validate_existing_key}: by key, or on newer proxies by alias. */
	private TableRow existingKey(ObjectNode data) {
		String key = BodyFields.text(data, "key");
		if (key != null) {
			TableRow existing = this.store.key(VirtualKeys.hashIfNeeded(key));
			if (existing == null && !this.settings.latest()) {
				throw new HttpError(401,
						"Authentication Error: invalid user key - user key does not exist in db. User Key=" + key);
			}
			if (existing == null) {
				throw ApiError.envelope(404, "Key not found.", "not_found_error", "key");
			}
			return existing;
		}
		String alias = String.valueOf(BodyFields.text(data, "key_alias"));
		List<TableRow> rows = this.store.keys().stream().filter(row -> alias.equals(row.string("key_alias"))).toList();
		if (rows.isEmpty()) {
			throw ApiError.envelope(404, "Key not found. No key with key_alias='" + alias + "'.", "not_found_error",
					"key_alias");
		}
		if (rows.size() > 1) {
			throw ApiError.envelope(400, "Multiple keys share key_alias='" + alias
					+ "', so it cannot be used as an identifier.", "bad_request_error", "key_alias");
		}
		return rows.get(0);
	}

	// ---------------------------------------------------------------- /key/block, /key/unblock

	ProxyResponse block(RouteCall call) {
		TableRow row = setBlocked(call, true);
		return ProxyResponse.ok(ResponseModels.verificationToken(row, false, null, this.settings.latest()));
	}

	ProxyResponse unblock(RouteCall call) {
		TableRow row = setBlocked(call, false);
		return ProxyResponse.ok(ResponseModels.rawRow(row, ResponseModels.DateStyle.PYDANTIC, this.settings.latest()));
	}

	private TableRow setBlocked(RouteCall call, boolean blocked) {
		ObjectNode data = RequestModels.validate(call.body(), RequestModels.BLOCK, Set.of("key"));
		String key = data.get("key").stringValue();
		if (key.length() < 3 || key.length() > 100
				|| !(VIRTUAL_KEY.matcher(key).matches() || KEY_HASH.matcher(key).matches())) {
			throw ApiError.envelope(400, "Invalid key format.", "bad_request_error", "key");
		}
		String hash = VirtualKeys.hashIfNeeded(key);
		TableRow row = this.store.key(hash);
		if (this.settings.latest()) {
			// _check_key_admin_access: a proxy admin, or an admin of the key's team (the fake models no org admins).
			if (!call.caller().admin()) {
				if (row == null) {
					throw KeyAdmins.detailError(404, "Key not found: " + hash);
				}
				if (!KeyAdmins.proxyOrTeamAdmin(call.caller(), row.string("team_id"), this.settings.teamAdmins())) {
					throw KeyAdmins.forbidden(call.caller(), blocked ? "/key/block" : "/key/unblock");
				}
			}
			if (row == null) {
				throw ApiError.envelope(404, "Key not found.", "not_found_error", "key");
			}
		}
		else if (row == null) {
			throw ApiError.plainServerError();
		}
		row.set("blocked", Json.nodes().booleanNode(blocked));
		row.set("updated_at", TableRow.stored(call.now()));
		this.changes.stampSettingsUpdate(row, call.now());
		return row;
	}

}
