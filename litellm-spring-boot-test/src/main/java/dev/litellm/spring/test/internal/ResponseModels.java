package dev.litellm.spring.test.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The table columns and response models of the real proxy, in their declaration order, and how a row is rendered
 * into each of them.
 */
final class ResponseModels {

	/** How datetimes come out: pydantic's JSON mode ({@code ...Z}) or Python's {@code isoformat()}. */
	enum DateStyle {
		PYDANTIC, ISO
	}

	/** {@code LiteLLM_VerificationToken} columns in {@code schema.prisma} order. */
	static final List<String> KEY_COLUMNS = List.of("token", "key_name", "key_alias", "soft_budget_cooldown", "spend",
			"expires", "models", "aliases", "config", "router_settings", "user_id", "team_id", "agent_id",
			"project_id", "permissions", "max_parallel_requests", "metadata", "blocked", "tpm_limit", "rpm_limit",
			"max_budget", "budget_duration", "budget_reset_at", "allowed_cache_controls", "allowed_routes",
			"policies", "access_group_ids", "model_spend", "model_max_budget", "budget_id", "organization_id",
			"object_permission_id", "created_at", "created_by", "updated_at", "updated_by", "last_active",
			"rotation_count", "auto_rotate", "rotation_interval", "last_rotation_at", "key_rotation_at",
			"budget_limits", "budget_fallbacks", "key_type", "tpd_limit", "settings_updated_at");

	/** The columns, model and response fields that proxies after v1.81 added: a v1.81 fake never shows them. */
	static final Set<String> LATEST_ONLY = Set.of("budget_fallbacks", "key_type", "tpd_limit", "settings_updated_at",
			"status", "mcp_rpm_limit", "tag_rpm_limit", "default_estimated_output_tokens",
			"default_estimated_output_tokens_per_model", "end_user_budget_id", "disable_global_guardrails",
			"enable_prompt_caching", "throttle_on_budget_exceeded");

	/** The relation fields Prisma adds to a row, in order. */
	static final List<String> KEY_RELATIONS = List.of("litellm_budget_table", "litellm_organization_table",
			"litellm_project_table", "object_permission", "jwt_key_mappings");

	/** The columns that can never be {@code NULL}; setting them to null restores their default. */
	static final Map<String, JsonNode> NON_NULL_DEFAULTS = Map.ofEntries(
			Map.entry("soft_budget_cooldown", Json.nodes().booleanNode(false)),
			Map.entry("spend", Json.nodes().numberNode(0.0)), Map.entry("models", Json.array()),
			Map.entry("aliases", Json.object()), Map.entry("config", Json.object()),
			Map.entry("permissions", Json.object()), Map.entry("metadata", Json.object()),
			Map.entry("allowed_cache_controls", Json.array()), Map.entry("allowed_routes", Json.array()),
			Map.entry("policies", Json.array()), Map.entry("access_group_ids", Json.array()),
			Map.entry("model_spend", Json.object()), Map.entry("model_max_budget", Json.object()));

	/** Columns with a default that may still be set to {@code NULL}. */
	static final Map<String, JsonNode> NULLABLE_DEFAULTS = Map.of("router_settings", Json.object(),
			"rotation_count", Json.nodes().numberNode(0L), "auto_rotate", Json.nodes().booleanNode(false));

	static final Set<String> TIME_COLUMNS = Set.of("expires", "budget_reset_at", "created_at", "updated_at",
			"last_active", "last_rotation_at", "key_rotation_at", "deleted_at", "temp_budget_expiry",
			"settings_updated_at");

	/** {@code LiteLLM_VerificationToken} (the pydantic model) fields in order. */
	static final List<String> VERIFICATION_TOKEN = List.of("token", "key_name", "key_alias", "spend", "max_budget",
			"expires", "models", "aliases", "config", "user_id", "team_id", "agent_id", "project_id",
			"max_parallel_requests", "metadata", "tpm_limit", "rpm_limit", "budget_duration", "budget_reset_at",
			"allowed_cache_controls", "allowed_routes", "permissions", "model_spend", "model_max_budget",
			"soft_budget_cooldown", "blocked", "litellm_budget_table", "org_id", "created_at", "created_by",
			"updated_at", "updated_by", "last_active", "object_permission_id", "object_permission",
			"access_group_ids", "rotation_count", "auto_rotate", "rotation_interval", "last_rotation_at",
			"key_rotation_at", "router_settings", "budget_fallbacks");

	/** {@code LiteLLM_VerificationTokenView} fields after the base ones. */
	private static final List<String> VIEW_FIELDS = List.of("team_spend", "team_alias", "team_tpm_limit",
			"team_rpm_limit", "team_max_budget", "team_soft_budget", "team_models", "team_blocked", "soft_budget",
			"team_model_aliases", "team_member", "team_metadata", "team_object_permission_id", "team_member_spend",
			"team_member_tpm_limit", "team_member_rpm_limit", "end_user_id", "end_user_tpm_limit",
			"end_user_rpm_limit", "end_user_max_budget", "end_user_model_max_budget", "organization_alias",
			"organization_max_budget", "organization_tpm_limit", "organization_rpm_limit", "organization_metadata",
			"project_alias", "project_metadata", "last_refreshed_at");

	/** {@code UserAPIKeyAuth} fields after the view ones. */
	private static final List<String> AUTH_FIELDS = List.of("api_key", "user_role", "allowed_model_region",
			"parent_otel_span", "rpm_limit_per_model", "tpm_limit_per_model", "user_tpm_limit", "user_rpm_limit",
			"user_email", "user_spend", "user_max_budget", "request_route", "user", "created_by_user",
			"end_user_object_permission", "jwt_claims");

	/** {@code LiteLLM_DeletedVerificationToken} fields after the base ones. */
	private static final List<String> DELETED_FIELDS = List.of("id", "deleted_at", "deleted_by", "deleted_by_api_key",
			"litellm_changed_by");

	/** {@code GenerateKeyResponse} fields in pydantic's order. */
	static final List<String> GENERATE_KEY_RESPONSE = List.of("key_alias", "duration", "models", "spend",
			"max_budget", "user_id", "team_id", "agent_id", "max_parallel_requests", "metadata", "tpm_limit",
			"rpm_limit", "budget_duration", "allowed_cache_controls", "config", "permissions", "model_max_budget",
			"model_rpm_limit", "model_tpm_limit", "guardrails", "policies", "prompts", "blocked", "aliases",
			"object_permission", "key", "budget_id", "tags", "enforced_params", "allowed_routes",
			"allowed_passthrough_routes", "allowed_vector_store_indexes", "rpm_limit_type", "tpm_limit_type",
			"router_settings", "access_group_ids", "key_name", "expires", "token_id", "organization_id",
			"project_id", "litellm_budget_table", "token", "created_by", "updated_by", "created_at", "updated_at",
			"key_type", "budget_limits", "budget_fallbacks", "mcp_rpm_limit", "tag_rpm_limit", "tpd_limit",
			"default_estimated_output_tokens", "default_estimated_output_tokens_per_model", "end_user_budget_id",
			"disable_global_guardrails", "enable_prompt_caching", "throttle_on_budget_exceeded");

	/** {@code LiteLLM_BudgetTable} columns and relations. */
	static final List<String> BUDGET_COLUMNS = List.of("budget_id", "max_budget", "soft_budget",
			"max_parallel_requests", "tpm_limit", "rpm_limit", "model_max_budget", "budget_duration",
			"budget_reset_at", "allowed_models", "created_at", "created_by", "updated_at", "updated_by",
			"organization", "projects", "keys", "end_users", "tags", "team_membership", "organization_membership");

	private ResponseModels() {
	}

	static TableRow newKeyRow() {
		TableRow row = new TableRow();
		NON_NULL_DEFAULTS.forEach((column, value) -> row.set(column, value.deepCopy()));
		NULLABLE_DEFAULTS.forEach((column, value) -> row.set(column, value.deepCopy()));
		return row;
	}

	static JsonNode value(@Nullable Object value, DateStyle style) {
		if (value == null) {
			return Json.nodes().nullNode();
		}
		if (value instanceof Instant instant) {
			return Json.nodes()
				.stringNode(style == DateStyle.PYDANTIC ? PythonRepr.pydantic(instant) : PythonRepr.isoformat(instant));
		}
		return (JsonNode) value;
	}

	/** Whether a field exists in the release the fake models. */
	static boolean shown(String field, boolean latest) {
		return latest || !LATEST_ONLY.contains(field);
	}

	/** The raw Prisma row with its (unloaded) relations, as {@code /key/update}, {@code /key/unblock} send it. */
	static ObjectNode rawRow(TableRow row, DateStyle style, boolean latest) {
		ObjectNode out = Json.object();
		for (String column : KEY_COLUMNS) {
			if (shown(column, latest)) {
				out.set(column, value(row.get(column), style));
			}
		}
		for (String relation : KEY_RELATIONS) {
			out.putNull(relation);
		}
		return out;
	}

	/** The {@code LiteLLM_VerificationToken} model of a row. */
	static ObjectNode verificationToken(TableRow row, boolean orgIdFromOrganization,
			@Nullable JsonNode objectPermission, boolean latest) {
		ObjectNode out = Json.object();
		for (String field : VERIFICATION_TOKEN) {
			if (!shown(field, latest)) {
				continue;
			}
			switch (field) {
				case "litellm_budget_table" -> out.putNull(field);
				case "org_id" -> out.set(field, orgIdFromOrganization
						? value(row.get("organization_id"), DateStyle.PYDANTIC) : Json.nodes().nullNode());
				case "object_permission" -> out.set(field,
						objectPermission == null ? Json.nodes().nullNode() : objectPermission);
				default -> out.set(field, value(row.get(field), DateStyle.PYDANTIC));
			}
		}
		return out;
	}

	/** A full {@code /key/list} item: {@code UserAPIKeyAuth}. */
	static ObjectNode userApiKeyAuth(TableRow row, @Nullable JsonNode objectPermission, boolean latest) {
		ObjectNode out = verificationToken(row, true, objectPermission, latest);
		for (String field : VIEW_FIELDS) {
			switch (field) {
				case "team_models" -> out.set(field, Json.array());
				case "team_blocked" -> out.put(field, false);
				default -> out.putNull(field);
			}
		}
		for (String field : AUTH_FIELDS) {
			out.putNull(field);
		}
		return out;
	}

	/** A full {@code /key/list?status=deleted} item: {@code LiteLLM_DeletedVerificationToken}. */
	static ObjectNode deletedToken(TableRow row, boolean latest) {
		ObjectNode out = verificationToken(row, false, null, latest);
		for (String field : DELETED_FIELDS) {
			out.set(field, value(row.get(field), DateStyle.PYDANTIC));
		}
		return out;
	}

	/** {@code GenerateKeyResponse}: every field, taken from {@code values} or null. */
	static ObjectNode generateKeyResponse(Function<String, @Nullable Object> values, boolean latest) {
		ObjectNode out = Json.object();
		for (String field : GENERATE_KEY_RESPONSE) {
			// budget_limits is a v1.81 column, but only newer proxies return it on generate.
			if (shown(field, latest) && (latest || !field.equals("budget_limits"))) {
				out.set(field, value(values.apply(field), DateStyle.PYDANTIC));
			}
		}
		return out;
	}

	/** A stored {@code router_settings} dict as the full {@code UpdateRouterConfig} model. */
	static ObjectNode routerConfig(@Nullable JsonNode stored) {
		ObjectNode out = Json.object();
		for (String field : RequestModels.ROUTER_SETTINGS_FIELDS) {
			JsonNode value = stored == null ? null : stored.get(field);
			if (value != null) {
				out.set(field, value);
			}
			else if (field.equals("model_group_alias")) {
				out.set(field, Json.object());
			}
			else {
				out.putNull(field);
			}
		}
		return out;
	}

	/** A {@code LiteLLM_BudgetTable} row with its unloaded relations. */
	static ObjectNode budget(TableRow budget) {
		ObjectNode out = Json.object();
		for (String column : BUDGET_COLUMNS) {
			out.set(column, value(budget.get(column), DateStyle.ISO));
		}
		return out;
	}

}
