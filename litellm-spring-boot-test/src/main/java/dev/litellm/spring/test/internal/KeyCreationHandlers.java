package dev.litellm.spring.test.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static dev.litellm.spring.test.internal.BodyFields.number;
import static dev.litellm.spring.test.internal.BodyFields.orDefault;
import static dev.litellm.spring.test.internal.BodyFields.present;
import static dev.litellm.spring.test.internal.BodyFields.text;

/**
 * The routes that create keys: {@code POST /key/generate} and {@code POST /key/regenerate} (also as
 * {@code /key/{key}/regenerate}), including the master-key rotation.
 */
final class KeyCreationHandlers {

	/** The columns of a new key row taken from the request as sent (absent when not set). */
	private static final List<String> COLUMNS_AS_SENT = List.of("user_id", "team_id", "agent_id", "project_id",
			"max_parallel_requests", "tpm_limit", "rpm_limit", "max_budget", "organization_id", "blocked",
			"tpd_limit", "budget_fallbacks", "budget_limits");

	/** The {@code /key/generate} response fields taken from the request as sent (null when not set). */
	private static final List<String> RESPONSE_FIELDS_AS_SENT = List.of("max_budget", "user_id", "team_id",
			"agent_id", "max_parallel_requests", "tpm_limit", "rpm_limit", "budget_duration", "blocked",
			"organization_id", "project_id", "budget_limits", "budget_fallbacks", "mcp_rpm_limit", "tag_rpm_limit",
			"tpd_limit", "default_estimated_output_tokens", "default_estimated_output_tokens_per_model",
			"end_user_budget_id", "disable_global_guardrails", "enable_prompt_caching",
			"throttle_on_budget_exceeded");

	/** What {@code /key/generate} decided about the new key before it is stored. */
	private record NewKey(String key, String hash, ObjectNode data, ObjectNode metadata, JsonNode allowedRoutes,
			JsonNode routerSettings, @Nullable String budgetId, @Nullable Instant expires) {
	}

	private final ProxySettings settings;

	private final KeyStore store;

	private final KeyChanges changes;

	private final AdminOnlyFields adminOnlyFields;

	KeyCreationHandlers(ProxySettings settings, KeyStore store, KeyChanges changes, AdminOnlyFields adminOnlyFields) {
		this.settings = settings;
		this.store = store;
		this.changes = changes;
		this.adminOnlyFields = adminOnlyFields;
	}

	// ---------------------------------------------------------------- /key/generate

	ProxyResponse generate(RouteCall call) {
		boolean latest = this.settings.latest();
		ObjectNode data = RequestModels.validate(call.body(),
				latest ? RequestModels.GENERATE_LATEST : RequestModels.GENERATE, Set.of());
		Instant now = call.now();
		try {
			this.changes.validateBudgets(data);
			this.adminOnlyFields.checkGenerate(data, call.caller());
			if (present(data, "budget_limits") != null) {
				data.set("budget_limits", BudgetWindows.stamped(data.get("budget_limits"), now));
			}
			if (call.caller().internalUser() && present(data, "user_id") == null) {
				// An internal user's new key is theirs.
				data.put("user_id", call.caller().userId());
			}
			String budgetId = text(data, "budget_id");
			Double softBudget = number(data, "soft_budget");
			if (softBudget != null) {
				budgetId = this.store.createBudget(softBudget, call.caller(), now);
			}
			ObjectNode metadata = this.changes.newKeyMetadata(data);
			this.changes.validateServiceAccount(metadata, text(data, "team_id"), null);
			JsonNode allowedRoutes = allowedRoutes(data);
			String objectPermissionId = null;
			if (present(data, "object_permission") != null) {
				objectPermissionId = this.store.savePermission(null, (ObjectNode) data.get("object_permission"));
			}
			String alias = text(data, "key_alias");
			if (alias != null) {
				this.changes.rejectDuplicateAlias(alias, null);
			}
			String customKey = text(data, "key");
			if (customKey != null && !customKey.startsWith("sk-")) {
				throw HttpError.ofErrorDict(400, "Invalid key format. LiteLLM Virtual Key must start with 'sk-'. "
						+ "Received: " + VirtualKeys.mask(customKey));
			}
			this.changes.validateCustomKey(customKey, "key");
			String duration = text(data, "duration");
			if (duration != null && Durations.seconds(duration, now) == null) {
				throw new PythonValueError("unsupported type for timedelta seconds component: NoneType");
			}
			Instant expires = Durations.expiry(duration, now);
			Instant budgetResetAt = Durations.budgetResetAt(text(data, "budget_duration"), now);
			this.changes.validateModelMaxBudget(present(data, "model_max_budget"));
			JsonNode routerSettings = present(data, "router_settings") instanceof ObjectNode given
					? withoutNulls(given) : Json.object();
			String key = customKey != null ? customKey : this.store.ids().virtualKey();
			NewKey created = new NewKey(key, VirtualKeys.sha256(key), data, metadata, allowedRoutes, routerSettings,
					budgetId, expires);
			TableRow row = this.store.key(created.hash());
			if (row != null && latest) {
				throw new HttpError(400, "Key already exists");
			}
			if (row == null) {
				row = newRow(created, budgetResetAt, objectPermissionId, call.caller(), now);
				this.changes.stampSettingsUpdate(row, now);
				this.store.putKey(created.hash(), row);
			}
			return ProxyResponse.ok(generatedResponse(created, row, call.caller(), latest));
		}
		catch (HttpError | PythonValueError ex) {
			throw ApiError.onProxy(ex);
		}
	}

	/** {@code allowed_routes} as sent, or the routes of the {@code key_type}. */
	private static JsonNode allowedRoutes(ObjectNode data) {
		String keyType = text(data, "key_type");
		if ("llm_api".equals(keyType) || "management".equals(keyType) || "read_only".equals(keyType)) {
			String routes = switch (keyType) {
				case "llm_api" -> "llm_api_routes";
				case "management" -> "management_routes";
				default -> "info_routes";
			};
			return Json.array().add(routes);
		}
		return orDefault(data, "allowed_routes", Json.array());
	}

	private static TableRow newRow(NewKey created, @Nullable Instant budgetResetAt,
			@Nullable String objectPermissionId, Caller caller, Instant now) {
		ObjectNode data = created.data();
		TableRow row = ResponseModels.newKeyRow();
		row.set("token", Json.nodes().stringNode(created.hash()));
		row.set("key_name", Json.nodes().stringNode(VirtualKeys.abbreviate(created.key())));
		row.set("key_alias", present(data, "key_alias"));
		row.set("spend", spend(data));
		row.set("expires", created.expires() == null ? null : TableRow.stored(created.expires()));
		row.set("models", orDefault(data, "models", Json.array()));
		row.set("aliases", orDefault(data, "aliases", Json.object()));
		row.set("config", orDefault(data, "config", Json.object()));
		row.set("router_settings", created.routerSettings());
		for (String column : COLUMNS_AS_SENT) {
			row.set(column, present(data, column));
		}
		row.set("permissions", orDefault(data, "permissions", Json.object()));
		row.set("metadata", created.metadata());
		row.set("budget_duration", present(data, "budget_duration"));
		row.set("budget_reset_at", budgetResetAt == null ? null : TableRow.stored(budgetResetAt));
		row.set("allowed_cache_controls", orDefault(data, "allowed_cache_controls", Json.array()));
		row.set("allowed_routes", created.allowedRoutes());
		row.set("access_group_ids", orDefault(data, "access_group_ids", Json.array()));
		row.set("model_max_budget", orDefault(data, "model_max_budget", Json.object()));
		row.set("budget_id", textNode(created.budgetId()));
		row.set("object_permission_id", textNode(objectPermissionId));
		row.set("key_type", keyType(data));
		row.set("created_at", TableRow.stored(now));
		row.set("updated_at", TableRow.stored(now));
		if (caller.userId() != null) {
			row.set("created_by", Json.nodes().stringNode(caller.userId()));
			row.set("updated_by", Json.nodes().stringNode(caller.userId()));
		}
		KeyChanges.applyRotation(row, data, now);
		return row;
	}

	/** The {@code GenerateKeyResponse}: mostly the request as sent, with the key, its hash and timestamps. */
	/** {@code handle_key_type}: the stored {@code key_type}, {@code "default"} when none was sent. */
	private static JsonNode keyType(ObjectNode data) {
		String keyType = text(data, "key_type");
		return Json.nodes().stringNode(keyType == null ? "default" : keyType);
	}

	private static ObjectNode generatedResponse(NewKey created, TableRow row, Caller caller, boolean latest) {
		ObjectNode data = created.data();
		Map<String, Object> response = new HashMap<>();
		response.put("key_alias", present(data, "key_alias"));
		response.put("models", orDefault(data, "models", Json.array()));
		response.put("spend", spend(data));
		for (String field : RESPONSE_FIELDS_AS_SENT) {
			response.put(field, present(data, field));
		}
		response.put("metadata", created.metadata());
		response.put("allowed_cache_controls", orDefault(data, "allowed_cache_controls", Json.array()));
		response.put("config", orDefault(data, "config", Json.object()));
		response.put("permissions", orDefault(data, "permissions", Json.object()));
		response.put("model_max_budget", orDefault(data, "model_max_budget", Json.object()));
		response.put("aliases", orDefault(data, "aliases", Json.object()));
		response.put("key", Json.nodes().stringNode(created.key()));
		response.put("budget_id", textNode(created.budgetId()));
		response.put("allowed_routes", created.allowedRoutes());
		response.put("router_settings", ResponseModels.routerConfig(created.routerSettings()));
		response.put("access_group_ids", orDefault(data, "access_group_ids", Json.array()));
		response.put("key_name", Json.nodes().stringNode(VirtualKeys.abbreviate(created.key())));
		response.put("expires", created.expires());
		response.put("token_id", Json.nodes().stringNode(created.hash()));
		response.put("token", Json.nodes().stringNode(created.hash()));
		if (caller.userId() != null) {
			response.put("created_by", Json.nodes().stringNode(caller.userId()));
			response.put("updated_by", Json.nodes().stringNode(caller.userId()));
		}
		response.put("created_at", row.time("created_at"));
		response.put("updated_at", row.time("updated_at"));
		response.put("key_type", row.get("key_type"));
		return ResponseModels.generateKeyResponse(response::get, latest);
	}

	private static JsonNode spend(ObjectNode data) {
		Double spend = number(data, "spend");
		return Json.nodes().numberNode(spend == null ? 0.0 : spend);
	}

	private static @Nullable JsonNode textNode(@Nullable String value) {
		return value == null ? null : Json.nodes().stringNode(value);
	}

	/** {@code model_dump(exclude_none=True)} of a nested model. */
	private static ObjectNode withoutNulls(ObjectNode node) {
		ObjectNode copy = Json.object();
		node.properties().forEach(entry -> {
			if (!entry.getValue().isNull()) {
				copy.set(entry.getKey(), entry.getValue());
			}
		});
		return copy;
	}

	// ---------------------------------------------------------------- /key/regenerate

	/**
	 * Regenerates a key, or rotates the master key when the body names it with {@code new_master_key}.
	 *
	 * @param call the call
	 * @param keyFromUrl the key from the query ({@code /key/regenerate?key=}) or the path
	 * ({@code /key/{key}/regenerate}); the body's {@code key} wins
	 * @return the answer
	 */
	ProxyResponse regenerate(RouteCall call, @Nullable String keyFromUrl) {
		boolean latest = this.settings.latest();
		ObjectNode data = call.body() == null ? null : RequestModels.validate(call.body(),
				latest ? RequestModels.REGENERATE_LATEST : RequestModels.REGENERATE, Set.of());
		Instant now = call.now();
		try {
			if (data != null) {
				this.changes.validateBudgets(data);
			}
			boolean masterKeyRotation = data != null && present(data, "new_master_key") != null;
			if (!this.settings.isEnterpriseLicensed() && !masterKeyRotation) {
				throw new PythonValueError("Regenerating Virtual Keys is an Enterprise feature, "
						+ KeyChanges.NOT_PREMIUM);
			}
			String bodyKey = data == null ? null : text(data, "key");
			String key = bodyKey != null && !bodyKey.isEmpty() ? bodyKey : keyFromUrl;
			if (key == null || key.isEmpty()) {
				throw HttpError.ofErrorDict(400, "No key passed in.");
			}
			String masterKey = this.settings.masterKey();
			if (data != null && (key.equals(masterKey) || key.equals(VirtualKeys.sha256(masterKey)))) {
				return rotateMasterKey(data, latest);
			}
			String oldHash = key.contains("sk") ? VirtualKeys.sha256(key) : key;
			TableRow row = this.store.key(oldHash);
			if (row == null) {
				throw HttpError.ofErrorDict(404, "Key " + key + " not found.");
			}
			if (data != null) {
				this.adminOnlyFields.checkRegenerate(data, call.caller(), row);
			}
			this.store.archive(row, call.caller(), call.request().changedBy(), now);
			String newKey = data == null ? null : text(data, "new_key");
			if (newKey != null && !newKey.startsWith("sk-")) {
				throw HttpError.ofErrorDict(400, "New key must start with 'sk-'. This is to distinguish a key hash "
						+ "(used by litellm for logging / internal logic) from the actual key.");
			}
			this.changes.validateCustomKey(newKey, "new_key");
			if (newKey == null) {
				newKey = this.store.ids().virtualKey();
			}
			String newHash = VirtualKeys.sha256(newKey);
			Map<String, Object> changes = data == null ? Map.of() : this.changes.prepareUpdate(data, row, now);
			if (data != null) {
				startGracePeriod(data, oldHash, newHash, now);
			}
			this.store.removeKey(oldHash);
			row.set("token", Json.nodes().stringNode(newHash));
			row.set("key_name", Json.nodes().stringNode("sk-..." + newKey.substring(newKey.length() - 4)));
			KeyChanges.apply(row, changes);
			row.set("updated_at", TableRow.stored(now));
			this.changes.stampSettingsUpdate(row, now);
			this.store.putKey(newHash, row);
			return ProxyResponse.ok(regeneratedResponse(row, newKey, latest));
		}
		catch (HttpError | PythonValueError ex) {
			throw ApiError.onProxy(ex);
		}
	}

	private ProxyResponse rotateMasterKey(ObjectNode data, boolean latest) {
		String newMasterKey = text(data, "new_master_key");
		if (newMasterKey == null) {
			throw HttpError.ofErrorDict(400, "New master key is required.");
		}
		this.settings.setMasterKey(newMasterKey);
		return ProxyResponse.ok(masterKeyResponse(newMasterKey, latest));
	}

	private void startGracePeriod(ObjectNode data, String oldHash, String newHash, Instant now) {
		String grace = text(data, "grace_period");
		Long graceSeconds = null;
		try {
			graceSeconds = grace == null ? null : Durations.seconds(grace, now);
		}
		catch (PythonValueError | ArithmeticException ex) {
			// LiteLLM logs a warning and revokes the old key at once.
		}
		if (graceSeconds != null && graceSeconds > 0) {
			this.store.keepDuringGracePeriod(oldHash, newHash, now.plusSeconds(graceSeconds));
		}
	}

	/** {@code GenerateKeyResponse(**row)} after a regeneration: {@code token} is popped into {@code token_id}. */
	private static ObjectNode regeneratedResponse(TableRow row, String newKey, boolean latest) {
		Map<String, Object> values = new HashMap<>();
		for (String field : ResponseModels.GENERATE_KEY_RESPONSE) {
			if (ResponseModels.KEY_COLUMNS.contains(field)) {
				values.put(field, row.get(field));
			}
		}
		values.put("key", Json.nodes().stringNode(newKey));
		values.put("token_id", row.get("token"));
		values.remove("token");
		values.put("router_settings", ResponseModels.routerConfig(row.json("router_settings")));
		return ResponseModels.generateKeyResponse(values::get, latest);
	}

	/** The answer to a master-key rotation: a bare {@code GenerateKeyResponse} with its defaults. */
	private static ObjectNode masterKeyResponse(String newMasterKey, boolean latest) {
		Map<String, Object> values = new HashMap<>();
		values.put("models", Json.array());
		values.put("spend", Json.nodes().numberNode(0));
		values.put("metadata", Json.object());
		values.put("allowed_cache_controls", Json.array());
		values.put("config", Json.object());
		values.put("permissions", Json.object());
		values.put("model_max_budget", Json.object());
		values.put("aliases", Json.object());
		values.put("allowed_routes", Json.array());
		values.put("key", Json.nodes().stringNode(newMasterKey));
		values.put("token", Json.nodes().stringNode(newMasterKey));
		values.put("key_name", Json.nodes().stringNode(newMasterKey));
		return ResponseModels.generateKeyResponse(values::get, latest);
	}

}
