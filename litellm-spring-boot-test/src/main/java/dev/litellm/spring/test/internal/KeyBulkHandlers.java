package dev.litellm.spring.test.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bulk updates: {@code POST /key/bulk_update} (proxy admins only) and {@code POST /team/key/bulk_update}
 * (proxy admins and the admins of the team, see {@link TeamAdmins}). At most 500 items a call; each item is applied
 * on its own, and a failing item is reported in {@code failed_updates} with its reason while the others are applied.
 */
final class KeyBulkHandlers {

	/** The most items one bulk update takes. */
	static final int MAX_ITEMS = 500;

	/** {@code BulkUpdateKeyRequestItem}: the fields one item may set. */
	private static final Map<String, RequestModels.Kind> ITEM = fields("key", RequestModels.Kind.STR, "budget_id",
			RequestModels.Kind.STR, "max_budget", RequestModels.Kind.FLOAT, "team_id", RequestModels.Kind.STR, "tags",
			RequestModels.Kind.STR_LIST, "object_permission", RequestModels.Kind.OBJECT_PERMISSION);

	/** {@code KeyUpdateFields} (extra=forbid): what one team-wide update may set. */
	private static final Map<String, RequestModels.Kind> TEAM_FIELDS = fields("max_budget", RequestModels.Kind.FLOAT,
			"budget_id", RequestModels.Kind.STR, "budget_duration", RequestModels.Kind.STR, "budget_limits",
			RequestModels.Kind.BUDGET_LIMITS, "model_max_budget", RequestModels.Kind.DICT, "tpm_limit",
			RequestModels.Kind.INT, "rpm_limit", RequestModels.Kind.INT, "model_tpm_limit", RequestModels.Kind.DICT,
			"model_rpm_limit", RequestModels.Kind.DICT, "max_parallel_requests", RequestModels.Kind.INT,
			"rpm_limit_type", RequestModels.Kind.LIMIT_TYPE, "tpm_limit_type", RequestModels.Kind.LIMIT_TYPE,
			"temp_budget_increase", RequestModels.Kind.FLOAT, "temp_budget_expiry", RequestModels.Kind.DATETIME,
			"duration", RequestModels.Kind.STR, "tags", RequestModels.Kind.STR_LIST, "metadata",
			RequestModels.Kind.DICT);

	/** {@code BulkUpdateTeamKeysRequest}. */
	private static final Map<String, RequestModels.Kind> TEAM_REQUEST = fields("team_id", RequestModels.Kind.STR,
			"key_ids", RequestModels.Kind.STR_LIST, "all_keys_in_team", RequestModels.Kind.BOOL, "update_fields",
			RequestModels.Kind.DICT);

	/** {@code DEFAULT_TEAM_MEMBER_PERMISSIONS}, as the permission error lists them. */
	private static final String DEFAULT_MEMBER_ROUTES = "['/key/info', '/key/health']";

	private final ProxySettings settings;

	private final KeyStore store;

	private final KeyChanges changes;

	KeyBulkHandlers(ProxySettings settings, KeyStore store, KeyChanges changes) {
		this.settings = settings;
		this.store = store;
		this.changes = changes;
	}

	// ---------------------------------------------------------------- /key/bulk_update

	ProxyResponse bulkUpdate(RouteCall call) {
		if (!call.caller().admin()) {
			return ProxyErrors.detailError(403, "Only proxy admins can perform bulk key updates");
		}
		JsonNode items = itemsOf(call.body(), "keys");
		ObjectNode out = newAnswer(items.size());
		for (JsonNode item : items) {
			ObjectNode data = RequestModels.validate(item, ITEM, Set.of("key"));
			apply(data.get("key").stringValue(), data, call, out, null);
		}
		return ProxyResponse.ok(out);
	}

	// ---------------------------------------------------------------- /team/key/bulk_update

	/**
	 * Newer proxies only. The request is validated as pydantic does (422, including its model validators), then the
	 * keys are selected: the team's usable keys ({@code all_keys_in_team}, at most 500, blocked and expired ones left
	 * out) or the named keys of the team; none is a 404. Only then is the caller checked against the first key, as
	 * {@code TeamMemberPermissionChecks} does for {@code /key/update}: a proxy admin or an admin of the team may go
	 * on; anyone else gets the proxy's 401 {@code team_member_permission_error}.
	 */
	ProxyResponse teamBulkUpdate(RouteCall call) {
		ObjectNode request = RequestModels.validate(call.body(), TEAM_REQUEST, Set.of("team_id", "update_fields"));
		ObjectNode fields = updateFields((ObjectNode) request.get("update_fields"));
		String teamId = request.get("team_id").stringValue();
		boolean all = request.has("all_keys_in_team") && request.get("all_keys_in_team").booleanValue();
		JsonNode keyIds = request.get("key_ids");
		boolean named = keyIds != null && keyIds.isArray() && !keyIds.isEmpty();
		if (named == all) {
			throw RequestModels.valueError((JsonNode) call.body(), named
					? "Provide either `key_ids` or `all_keys_in_team=True`, not both."
					: "Must provide either `key_ids` (non-empty) or `all_keys_in_team=True`.");
		}
		List<String> keys = new ArrayList<>();
		boolean anyInTeam = false;
		if (named) {
			for (JsonNode id : keyIds) {
				keys.add(id.stringValue());
				TableRow row = this.store.key(VirtualKeys.hashIfNeeded(id.stringValue()));
				anyInTeam |= row != null && teamId.equals(row.string("team_id"));
			}
		}
		else {
			for (TableRow row : this.store.keys()) {
				if (teamId.equals(row.string("team_id")) && !isBlocked(row)
						&& (row.time("expires") == null || row.time("expires").isAfter(call.now()))) {
					keys.add(row.string("token"));
				}
			}
			anyInTeam = !keys.isEmpty();
		}
		if (keys.size() > MAX_ITEMS) {
			return ProxyErrors.detailError(400,
					"Maximum " + MAX_ITEMS + " keys can be updated at once. Received " + keys.size() + " keys.");
		}
		if (!anyInTeam) {
			return ProxyErrors.detailError(404, "No keys found for team");
		}
		if (!KeyAdmins.proxyOrTeamAdmin(call.caller(), teamId, this.settings.teamAdmins())) {
			throw ApiError.envelope(401, "Team member does not have permissions for endpoint: /key/update. You only "
					+ "have access to the following endpoints: " + DEFAULT_MEMBER_ROUTES + " for team " + teamId
					+ ". To create keys for this team, please ask your proxy admin to check the team member "
					+ "permission settings and update the settings to allow team member users to create keys.",
					"team_member_permission_error", "/key/update");
		}
		ObjectNode out = newAnswer(keys.size());
		for (String key : keys) {
			ObjectNode data = fields.deepCopy();
			data.put("key", key);
			apply(key, data, call, out, teamId);
		}
		return ProxyResponse.ok(out);
	}

	/** {@code KeyUpdateFields}: only its own fields, validated, at least one of them, the temporary budget whole. */
	private static ObjectNode updateFields(ObjectNode updateFields) {
		List<Object> loc = List.of("body", "update_fields");
		for (String name : updateFields.propertyNames()) {
			if (!TEAM_FIELDS.containsKey(name)) {
				ArrayNode errors = Json.array();
				errors.add(RequestModels.error("extra_forbidden", List.of("body", "update_fields", name),
						"Extra inputs are not permitted", updateFields.get(name), null));
				throw ApiError.validation(errors);
			}
		}
		ObjectNode fields = RequestModels.validate(updateFields, TEAM_FIELDS, Set.of());
		if ((BodyFields.present(fields, "temp_budget_increase") == null)
				!= (BodyFields.present(fields, "temp_budget_expiry") == null)) {
			throw RequestModels.valueError(updateFields, loc,
					"temp_budget_increase and temp_budget_expiry must be set together");
		}
		if (fields.isEmpty()) {
			throw RequestModels.valueError(updateFields, loc,
					"update_fields must specify at least one field to update.");
		}
		return fields;
	}

	// ---------------------------------------------------------------- shared

	private void apply(String key, ObjectNode data, RouteCall call, ObjectNode out, @Nullable String teamId) {
		TableRow existing = this.store.key(VirtualKeys.hashIfNeeded(key));
		if (existing == null) {
			failed(out, key, null, "Key not found");
			return;
		}
		if (teamId != null && !teamId.equals(existing.string("team_id"))) {
			failed(out, key, existing, "Key does not belong to team " + teamId);
			return;
		}
		try {
			this.changes.validateBudgets(data);
			TableRow updated = existing.copy();
			Map<String, Object> changes = this.changes.prepareUpdate(data, updated, call.now());
			KeyChanges.apply(updated, changes);
			updated.set("updated_at", TableRow.stored(call.now()));
			this.store.putKey(Objects.requireNonNull(existing.string("token")), updated);
			ObjectNode success = ((ArrayNode) out.get("successful_updates")).addObject();
			success.put("key", key);
			success.set("key_info", keyInfo(updated));
		}
		catch (HttpError ex) {
			failed(out, key, existing, ex.detail());
		}
		catch (PythonValueError ex) {
			failed(out, key, existing, ex.getMessage());
		}
	}

	private void failed(ObjectNode out, String key, @Nullable TableRow row, String reason) {
		ObjectNode failure = ((ArrayNode) out.get("failed_updates")).addObject();
		failure.put("key", key);
		failure.set("key_info", (row != null) ? keyInfo(row) : Json.nodes().nullNode());
		failure.put("failed_reason", reason);
	}

	private ObjectNode keyInfo(TableRow row) {
		return ResponseModels.rawRow(row, ResponseModels.DateStyle.ISO, this.settings.latest());
	}

	private static ObjectNode newAnswer(int total) {
		ObjectNode out = Json.object();
		out.put("total_requested", total);
		out.putArray("successful_updates");
		out.putArray("failed_updates");
		return out;
	}

	/** The list field of a body, 1 to 500 items, or FastAPI's 422. */
	private static JsonNode itemsOf(@Nullable Object body, String field) {
		ObjectNode object = RequestModels.validate(body, fields(field, RequestModels.Kind.LIST), Set.of(field));
		JsonNode items = object.get(field);
		if (items.isEmpty() || items.size() > MAX_ITEMS) {
			ArrayNode errors = Json.array();
			ObjectNode ctx = Json.object();
			ctx.put("field_type", "List");
			ctx.put(items.isEmpty() ? "min_length" : "max_length", items.isEmpty() ? 1 : MAX_ITEMS);
			ctx.put("actual_length", items.size());
			errors.add(RequestModels.error(items.isEmpty() ? "too_short" : "too_long", List.of("body", field),
					"List should have " + (items.isEmpty() ? "at least 1 item" : "at most " + MAX_ITEMS + " items")
							+ " after validation, not " + items.size(),
					items, ctx));
			throw ApiError.validation(errors);
		}
		return items;
	}

	private static boolean isBlocked(TableRow row) {
		JsonNode blocked = row.json("blocked");
		return blocked != null && Json.truthy(blocked);
	}

	static Map<String, RequestModels.Kind> fields(Object... pairs) {
		Map<String, RequestModels.Kind> fields = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			fields.put((String) pairs[i], (RequestModels.Kind) pairs[i + 1]);
		}
		return fields;
	}

}
