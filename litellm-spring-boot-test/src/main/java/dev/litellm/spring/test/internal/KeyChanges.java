package dev.litellm.spring.test.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static dev.litellm.spring.test.internal.BodyFields.number;
import static dev.litellm.spring.test.internal.BodyFields.present;
import static dev.litellm.spring.test.internal.BodyFields.text;

/**
 * The rules the proxy applies when a request body sets the fields of a key: which fields live in
 * {@code metadata}, which need an Enterprise licence, unique aliases, non-negative budgets, rotation settings, and
 * how an update or regenerate body becomes column changes.
 */
final class KeyChanges {

	/** {@code CommonProxyErrors.not_premium_user}. */
	static final String NOT_PREMIUM = "You must be a LiteLLM Enterprise user to use this feature. If you have a "
			+ "license please set `LITELLM_LICENSE` in your env. Get a 7 day trial key here: "
			+ "https://www.litellm.ai/enterprise#trial. \nPricing: https://www.litellm.ai/#pricing";

	/** {@code LiteLLM_ManagementEndpoint_MetadataFields_Premium} that exist on key requests. */
	private static final List<String> PREMIUM_METADATA_FIELDS = List.of("tags", "guardrails", "policies", "prompts",
			"allowed_passthrough_routes");

	/** {@code LiteLLM_ManagementEndpoint_MetadataFields}. */
	private static final List<String> METADATA_FIELDS = List.of("model_rpm_limit", "model_tpm_limit",
			"rpm_limit_type", "tpm_limit_type", "enforced_params", "temp_budget_increase", "temp_budget_expiry",
			"allowed_vector_store_indexes");

	private final ProxySettings settings;

	private final KeyStore store;

	KeyChanges(ProxySettings settings, KeyStore store) {
		this.settings = settings;
		this.store = store;
	}

	/**
	 * The metadata of a new key: the sent {@code metadata} with the metadata fields written into it, premium ones
	 * checked against the licence.
	 */
	ObjectNode newKeyMetadata(ObjectNode data) {
		ObjectNode metadata = data.get("metadata") instanceof ObjectNode given ? given.deepCopy() : Json.object();
		for (String field : PREMIUM_METADATA_FIELDS) {
			JsonNode value = present(data, field);
			if (value != null) {
				requirePremium(field, value);
				metadata.set(field, value);
			}
		}
		copyMetadataFields(data, METADATA_FIELDS, metadata);
		return metadata;
	}

	private static void copyMetadataFields(ObjectNode data, List<String> fields, ObjectNode metadata) {
		for (String field : fields) {
			JsonNode value = present(data, field);
			if (value != null) {
				metadata.set(field, value);
			}
		}
	}

	void requirePremium(String field, JsonNode value) {
		if (!this.settings.isEnterpriseLicensed() && Json.truthy(value)) {
			throw HttpError.ofErrorDict(403, "This feature is only available for LiteLLM Enterprise users: " + field
					+ ". " + NOT_PREMIUM);
		}
	}

	void validateModelMaxBudget(@Nullable JsonNode modelMaxBudget) {
		if (modelMaxBudget != null && !modelMaxBudget.isEmpty() && !this.settings.isEnterpriseLicensed()) {
			throw new PythonValueError("Invalid model_max_budget: You must have an enterprise license to set "
					+ "model_max_budget. " + NOT_PREMIUM
					+ ". Example of valid model_max_budget: https://docs.litellm.ai/docs/proxy/users");
		}
	}

	void rejectDuplicateAlias(String alias, @Nullable String exceptToken) {
		if (this.store.aliasTaken(alias, exceptToken)) {
			throw ApiError.envelope(400, "Key with alias '" + alias
					+ "' already exists. Unique key aliases across all keys are required.", "bad_request_error",
					"key_alias");
		}
	}

	static void rejectNegative(ObjectNode data, String field) {
		Double value = number(data, field);
		if (value != null && value < 0) {
			throw HttpError.ofErrorDict(400, field + " cannot be negative. Received: " + PythonRepr.floatStr(value));
		}
	}

	static void applyRotation(TableRow row, ObjectNode data, Instant now) {
		JsonNode autoRotate = data.get("auto_rotate");
		String interval = text(data, "rotation_interval");
		if (autoRotate != null && Json.truthy(autoRotate) && interval != null && !interval.isEmpty()) {
			Long seconds = Durations.seconds(interval, now);
			row.set("auto_rotate", Json.nodes().booleanNode(true));
			row.set("rotation_interval", Json.nodes().stringNode(interval));
			row.set("key_rotation_at", seconds == null ? null : TableRow.stored(now.plusSeconds(seconds)));
		}
	}

	/**
	 * {@code prepare_key_update_data}: the column changes of an update or regenerate body. Fields that were sent
	 * change (JSON null clears), fields that were not stay; {@code metadata} is replaced, and the fields LiteLLM keeps
	 * in metadata are written into it.
	 */
	Map<String, Object> prepareUpdate(ObjectNode data, TableRow existing, Instant now) {
		for (String field : PREMIUM_METADATA_FIELDS) {
			JsonNode value = present(data, field);
			if (value != null) {
				requirePremium(field, value);
			}
		}
		Map<String, Object> changes = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> field : data.properties()) {
			String name = field.getKey();
			if (name.equals("key") || name.equals("new_key") || name.equals("grace_period")
					|| METADATA_FIELDS.contains(name) || PREMIUM_METADATA_FIELDS.contains(name)) {
				continue;
			}
			changes.put(name, field.getValue());
		}
		if (changes.containsKey("duration")) {
			JsonNode duration = (JsonNode) changes.remove("duration");
			if (duration.isNull() || "-1".equals(duration.stringValue())) {
				changes.put("expires", null);
			}
			else if (!duration.stringValue().isEmpty()) {
				Instant expires = Durations.expiry(duration.stringValue(), now);
				if (expires == null) {
					throw new PythonValueError("unsupported type for timedelta seconds component: NoneType");
				}
				changes.put("expires", TableRow.stored(expires));
			}
		}
		if (changes.containsKey("budget_duration")) {
			JsonNode budgetDuration = (JsonNode) changes.remove("budget_duration");
			if (Json.truthy(budgetDuration)) {
				Instant resetAt = Durations.budgetResetAt(budgetDuration.stringValue(), now);
				changes.put("budget_reset_at", resetAt == null ? null : TableRow.stored(resetAt));
				changes.put("budget_duration", budgetDuration);
			}
		}
		if (changes.containsKey("object_permission")) {
			JsonNode permission = (JsonNode) changes.remove("object_permission");
			if (permission instanceof ObjectNode given) {
				changes.put("object_permission_id", Json.nodes().stringNode(
						this.store.savePermission(existing.string("object_permission_id"), given)));
			}
		}
		if (changes.get("model_max_budget") instanceof JsonNode modelMaxBudget) {
			validateModelMaxBudget(modelMaxBudget);
		}
		if (changes.get("router_settings") instanceof ObjectNode routerSettings) {
			changes.put("router_settings", routerSettings);
		}
		JsonNode metadata;
		if (changes.containsKey("metadata")) {
			metadata = (JsonNode) changes.get("metadata");
		}
		else {
			JsonNode current = existing.json("metadata");
			metadata = current == null ? Json.object() : current.deepCopy();
		}
		if (metadata instanceof ObjectNode target) {
			copyMetadataFields(data, METADATA_FIELDS, target);
			copyMetadataFields(data, PREMIUM_METADATA_FIELDS, target);
		}
		changes.put("metadata", metadata);
		return changes;
	}

	/** Writes changes to the row's columns; unknown names are not columns and are ignored. */
	static void apply(TableRow row, Map<String, Object> changes) {
		changes.forEach((column, value) -> {
			if (!ResponseModels.KEY_COLUMNS.contains(column) || column.equals("token")) {
				return;
			}
			boolean isNull = value == null || (value instanceof JsonNode node && node.isNull());
			if (isNull && ResponseModels.NON_NULL_DEFAULTS.containsKey(column)) {
				row.set(column, ResponseModels.NON_NULL_DEFAULTS.get(column).deepCopy());
			}
			else {
				row.set(column, value);
			}
		});
	}

}
