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
			"allowed_passthrough_routes", "disable_global_guardrails");

	/** {@code LiteLLM_ManagementEndpoint_MetadataFields}. */
	private static final List<String> METADATA_FIELDS = List.of("model_rpm_limit", "model_tpm_limit",
			"rpm_limit_type", "tpm_limit_type", "enforced_params", "temp_budget_increase", "temp_budget_expiry",
			"allowed_vector_store_indexes", "mcp_rpm_limit", "tag_rpm_limit", "enable_prompt_caching",
			"throttle_on_budget_exceeded", "default_estimated_output_tokens",
			"default_estimated_output_tokens_per_model", "end_user_budget_id");

	/** The metadata key of service-account keys. */
	private static final String SERVICE_ACCOUNT_ID = "service_account_id";

	/** {@code MINIMUM_CUSTOM_KEY_LENGTH}. */
	static final int MINIMUM_CUSTOM_KEY_LENGTH = 16;

	static final String SERVICE_ACCOUNT_TEAM_REQUIRED = "team_id is required for service account keys. Please "
			+ "specify a team_id when creating or updating a key with service_account_id in metadata.";

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

	/**
	 * The budget checks of a generate, update or regenerate body: non-negative {@code max_budget} and
	 * {@code soft_budget}, and on newer proxies a parseable, positive {@code budget_duration}, also in each
	 * {@code budget_limits} window, whose budget must not be negative either.
	 */
	void validateBudgets(ObjectNode data) {
		boolean latest = this.settings.latest();
		for (String field : List.of("max_budget", "soft_budget")) {
			Double value = number(data, field);
			if (value != null && (value < 0 || value.isInfinite() || value.isNaN())) {
				throw HttpError.ofErrorDict(400, latest
						? field + " must be a non-negative finite number. Received: " + PythonRepr.floatStr(value)
						: field + " cannot be negative. Received: " + PythonRepr.floatStr(value));
			}
		}
		String budgetDuration = text(data, "budget_duration");
		if (latest && budgetDuration != null && !validDuration(budgetDuration)) {
			throw HttpError.ofErrorDict(400, "Invalid budget_duration '" + budgetDuration
					+ "'. Use a format like '1h', '24h', '7d', or '30d'.");
		}
		if (latest) {
			BudgetWindows.validate(present(data, "budget_limits"), this::validDuration);
		}
	}

	private boolean validDuration(String duration) {
		try {
			Long seconds = Durations.seconds(duration, this.settings.now());
			return seconds != null && seconds > 0;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/**
	 * The custom-key checks of newer proxies ({@code key} on generate, {@code new_key} on regenerate):
	 * {@code disable_custom_api_keys} (403) and {@code MINIMUM_CUSTOM_KEY_LENGTH} (16).
	 */
	void validateCustomKey(@Nullable String key, String field) {
		if (key == null || !this.settings.latest()) {
			return;
		}
		if (this.settings.customKeysDisabled()) {
			throw HttpError.ofErrorDict(403,
					"Custom API key values are disabled by your administrator. Keys must be auto-generated.");
		}
		if (key.length() < MINIMUM_CUSTOM_KEY_LENGTH) {
			throw HttpError.ofErrorDict(400, "Invalid " + field + ". " + (field.equals("key") ? "Custom key" : "New key")
					+ " must be at least " + MINIMUM_CUSTOM_KEY_LENGTH + " characters long.");
		}
	}

	/** Newer proxies: a service-account key needs a team, and its id never changes. */
	void validateServiceAccount(JsonNode metadata, @Nullable String teamId, @Nullable TableRow existing) {
		if (!this.settings.latest() || !(metadata instanceof ObjectNode object)) {
			return;
		}
		JsonNode id = object.get(SERVICE_ACCOUNT_ID);
		if (existing != null) {
			JsonNode current = existing.json("metadata") == null ? null : existing.json("metadata").get(SERVICE_ACCOUNT_ID);
			if (current != null && !current.isNull() && !current.equals(id)) {
				throw HttpError.ofErrorDict(400,
						"service_account_id is immutable once set and cannot be changed via update.");
			}
		}
		if (id != null && !id.isNull() && teamId == null) {
			throw HttpError.ofErrorDict(400, SERVICE_ACCOUNT_TEAM_REQUIRED);
		}
	}

	/** {@code with_settings_updated_at}: newer proxies stamp every write to a key's settings. */
	void stampSettingsUpdate(TableRow row, Instant now) {
		if (this.settings.latest()) {
			row.set("settings_updated_at", TableRow.stored(now));
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
		if (this.settings.latest() && present(data, "project_id") != null) {
			throw HttpError.ofErrorDict(400, "Project reassignment is not supported. Use null to detach the key.");
		}
		for (String field : PREMIUM_METADATA_FIELDS) {
			JsonNode value = present(data, field);
			if (value != null) {
				requirePremium(field, value);
			}
		}
		Map<String, Object> changes = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> field : data.properties()) {
			String name = field.getKey();
			if (name.equals("key") || name.equals("new_key") || name.equals("grace_period") || name.equals("project_id")
					|| METADATA_FIELDS.contains(name) || PREMIUM_METADATA_FIELDS.contains(name)) {
				continue;
			}
			changes.put(name, field.getValue());
		}
		if (data.has("project_id")) {
			changes.put("project_id", null);
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
		if (changes.get("budget_limits") instanceof JsonNode windows && windows.isArray()) {
			changes.put("budget_limits", BudgetWindows.stamped(windows, now));
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
		JsonNode team = changes.containsKey("team_id") ? (JsonNode) changes.get("team_id") : existing.json("team_id");
		validateServiceAccount(metadata, team == null || team.isNull() ? null : team.stringValue(), existing);
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
