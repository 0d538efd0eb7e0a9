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
 * (proxy admins; the fake knows no team admins). At most 500 items a call; each item is applied on its own, and a
 * failing item is reported in {@code failed_updates} with its reason while the others are applied.
 */
final class KeyBulkHandlers {

	/** The most items one bulk update takes. */
	static final int MAX_ITEMS = 500;

	/** {@code BulkUpdateKeyRequestItem}: the fields one item may set. */
	private static final Map<String, RequestModels.Kind> ITEM = fields("key", RequestModels.Kind.STR, "budget_id",
			RequestModels.Kind.STR, "max_budget", RequestModels.Kind.FLOAT, "team_id", RequestModels.Kind.STR, "tags",
			RequestModels.Kind.STR_LIST, "object_permission", RequestModels.Kind.OBJECT_PERMISSION);

	/** {@code KeyUpdateFields} (extra=forbid). */
	private static final Map<String, RequestModels.Kind> TEAM_FIELDS = fields("max_budget", RequestModels.Kind.FLOAT,
			"budget_duration", RequestModels.Kind.STR, "tpm_limit", RequestModels.Kind.INT, "rpm_limit",
			RequestModels.Kind.INT, "max_parallel_requests", RequestModels.Kind.INT, "duration", RequestModels.Kind.STR,
			"tags", RequestModels.Kind.STR_LIST, "metadata", RequestModels.Kind.DICT, "soft_budget",
			RequestModels.Kind.FLOAT, "temp_budget_increase", RequestModels.Kind.FLOAT, "temp_budget_expiry",
			RequestModels.Kind.STR, "rpm_limit_type", RequestModels.Kind.LIMIT_TYPE, "tpm_limit_type",
			RequestModels.Kind.LIMIT_TYPE);

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

	ProxyResponse teamBulkUpdate(RouteCall call) {
		if (!(call.body() instanceof ObjectNode body)) {
			throw RequestModels.valueError(Json.nodes().nullNode(), "body must be an object");
		}
		ObjectNode request = RequestModels.validate(body, fields("team_id", RequestModels.Kind.STR, "key_ids",
				RequestModels.Kind.STR_LIST, "all_keys_in_team", RequestModels.Kind.BOOL, "update_fields",
				RequestModels.Kind.DICT), Set.of("team_id", "update_fields"));
		ObjectNode updateFields = (ObjectNode) request.get("update_fields");
		for (String name : updateFields.propertyNames()) {
			if (!TEAM_FIELDS.containsKey(name)) {
				ArrayNode errors = Json.array();
				errors.add(RequestModels.error("extra_forbidden", List.of("body", "update_fields", name),
						"Extra inputs are not permitted", updateFields.get(name), null));
				throw ApiError.validation(errors);
			}
		}
		ObjectNode fields = RequestModels.validate(updateFields, TEAM_FIELDS, Set.of());
		if (!call.caller().admin()) {
			return ProxyErrors.detailError(403, "Only proxy admins or team admins can bulk update team keys");
		}
		String teamId = request.get("team_id").stringValue();
		boolean all = request.has("all_keys_in_team") && request.get("all_keys_in_team").booleanValue();
		List<String> keys = new ArrayList<>();
		if (request.get("key_ids") instanceof ArrayNode ids && !ids.isEmpty()) {
			ids.forEach((id) -> keys.add(id.stringValue()));
		}
		else if (all) {
			for (TableRow row : this.store.keys()) {
				if (teamId.equals(row.string("team_id")) && !isBlocked(row)
						&& (row.time("expires") == null || row.time("expires").isAfter(call.now()))) {
					keys.add(row.string("token"));
				}
			}
		}
		else {
			return ProxyErrors.detailError(400, "Either key_ids or all_keys_in_team=True must be provided");
		}
		if (keys.size() > MAX_ITEMS) {
			return ProxyErrors.detailError(400,
					"Maximum " + MAX_ITEMS + " keys can be updated at once. Received " + keys.size() + " keys.");
		}
		ObjectNode out = newAnswer(keys.size());
		for (String key : keys) {
			ObjectNode data = fields.deepCopy();
			data.put("key", key);
			apply(key, data, call, out, teamId);
		}
		return ProxyResponse.ok(out);
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
