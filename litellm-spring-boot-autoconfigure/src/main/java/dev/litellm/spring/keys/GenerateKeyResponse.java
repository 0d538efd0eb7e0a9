package dev.litellm.spring.keys;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.litellm.spring.internal.Secrets;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The answer of {@code POST /key/generate} and {@code POST /key/regenerate}: the new key and its settings.
 *
 * <p>{@link #key()} is the raw secret, returned only here: store it or hand it on, but never log it. This record's
 * {@code toString()} masks it.
 *
 * @param key the new raw key: the only time the proxy shows it (masked in {@code toString()}) (JSON {@code key})
 * @param keyName the abbreviated key, {@code sk-...} and the last four characters (JSON {@code key_name})
 * @param token the key's hash on {@code /key/generate}; {@code null} on regenerate (see {@code tokenId}) (JSON {@code token})
 * @param tokenId the key's hash (JSON {@code token_id})
 * @param expires when the key expires; {@code null} for never (JSON {@code expires})
 * @param keyAlias the key's alias (JSON {@code key_alias})
 * @param spend the spend so far, in USD (JSON {@code spend})
 * @param maxBudget the budget, in USD (JSON {@code max_budget})
 * @param models the models the key may call; empty means all (JSON {@code models})
 * @param aliases model aliases (JSON {@code aliases})
 * @param config per-key configuration (JSON {@code config})
 * @param userId the user the key belongs to (JSON {@code user_id})
 * @param teamId the team the key belongs to (JSON {@code team_id})
 * @param agentId the agent the key belongs to (newer proxies) (JSON {@code agent_id})
 * @param projectId the project the key belongs to (JSON {@code project_id})
 * @param permissions permissions (JSON {@code permissions})
 * @param maxParallelRequests the most requests in flight (JSON {@code max_parallel_requests})
 * @param metadata the key's metadata, where the proxy also keeps tags, guardrails and per-model limits (JSON {@code metadata})
 * @param tpmLimit tokens per minute (JSON {@code tpm_limit})
 * @param rpmLimit requests per minute (JSON {@code rpm_limit})
 * @param budgetDuration how often the budget resets, for example {@code 30d} (JSON {@code budget_duration})
 * @param allowedCacheControls allowed cache controls (JSON {@code allowed_cache_controls})
 * @param allowedRoutes routes the key may call (JSON {@code allowed_routes})
 * @param modelMaxBudget budgets per model (JSON {@code model_max_budget})
 * @param blocked whether the key is blocked (JSON {@code blocked})
 * @param routerSettings router settings (JSON {@code router_settings})
 * @param accessGroupIds access groups (JSON {@code access_group_ids})
 * @param policies policies (JSON {@code policies})
 * @param duration always {@code null} in the proxy's answer (use {@code expires}) (JSON {@code duration})
 * @param organizationId the organization the key belongs to (JSON {@code organization_id})
 * @param budgetId the attached budget (JSON {@code budget_id})
 * @param tags tags (kept in {@code metadata} by the proxy, so usually {@code null}) (JSON {@code tags})
 * @param enforcedParams enforced parameters (JSON {@code enforced_params})
 * @param allowedPassthroughRoutes allowed pass-through routes (JSON {@code allowed_passthrough_routes})
 * @param allowedVectorStoreIndexes allowed vector store indexes (JSON {@code allowed_vector_store_indexes})
 * @param rpmLimitType how the RPM limit is enforced (JSON {@code rpm_limit_type})
 * @param tpmLimitType how the TPM limit is enforced (JSON {@code tpm_limit_type})
 * @param modelRpmLimit RPM limits per model (JSON {@code model_rpm_limit})
 * @param modelTpmLimit TPM limits per model (JSON {@code model_tpm_limit})
 * @param guardrails guardrails (JSON {@code guardrails})
 * @param prompts prompts (JSON {@code prompts})
 * @param objectPermission object permissions (JSON {@code object_permission})
 * @param litellmBudgetTable the budget row, if the request created one (JSON {@code litellm_budget_table})
 * @param createdBy who created the key (JSON {@code created_by})
 * @param updatedBy who last updated the key (JSON {@code updated_by})
 * @param createdAt when the key was created (JSON {@code created_at})
 * @param updatedAt when the key was last updated (JSON {@code updated_at})
 * @param additionalProperties fields this version of the client does not know, under their JSON names
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GenerateKeyResponse(
		@Nullable String key,
		@Nullable String keyName,
		@Nullable String token,
		@Nullable String tokenId,
		@Nullable OffsetDateTime expires,
		@Nullable String keyAlias,
		@Nullable Double spend,
		@Nullable Double maxBudget,
		@Nullable List<String> models,
		@Nullable Map<String, Object> aliases,
		@Nullable Map<String, Object> config,
		@Nullable String userId,
		@Nullable String teamId,
		@Nullable String agentId,
		@Nullable String projectId,
		@Nullable Map<String, Object> permissions,
		@Nullable Integer maxParallelRequests,
		@Nullable Map<String, Object> metadata,
		@Nullable Long tpmLimit,
		@Nullable Long rpmLimit,
		@Nullable String budgetDuration,
		@Nullable List<Object> allowedCacheControls,
		@Nullable List<Object> allowedRoutes,
		@Nullable Map<String, Object> modelMaxBudget,
		@Nullable Boolean blocked,
		@Nullable Map<String, Object> routerSettings,
		@Nullable List<String> accessGroupIds,
		@Nullable List<String> policies,
		@Nullable String duration,
		@Nullable String organizationId,
		@Nullable String budgetId,
		@Nullable List<String> tags,
		@Nullable List<String> enforcedParams,
		@Nullable List<String> allowedPassthroughRoutes,
		@Nullable List<Map<String, Object>> allowedVectorStoreIndexes,
		@Nullable String rpmLimitType,
		@Nullable String tpmLimitType,
		@Nullable Map<String, Object> modelRpmLimit,
		@Nullable Map<String, Object> modelTpmLimit,
		@Nullable List<String> guardrails,
		@Nullable List<String> prompts,
		@Nullable Map<String, Object> objectPermission,
		@Nullable Object litellmBudgetTable,
		@Nullable String createdBy,
		@Nullable String updatedBy,
		@Nullable OffsetDateTime createdAt,
		@Nullable OffsetDateTime updatedAt,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/**
	 * Create a record; {@code additionalProperties} (and any list) is copied into an unmodifiable one.
	 * @param key the new raw key: the only time the proxy shows it (masked in {@code toString()}) (JSON {@code key})
	 * @param keyName the abbreviated key, {@code sk-...} and the last four characters (JSON {@code key_name})
	 * @param token the key's hash on {@code /key/generate}; {@code null} on regenerate (see {@code tokenId}) (JSON {@code token})
	 * @param tokenId the key's hash (JSON {@code token_id})
	 * @param expires when the key expires; {@code null} for never (JSON {@code expires})
	 * @param keyAlias the key's alias (JSON {@code key_alias})
	 * @param spend the spend so far, in USD (JSON {@code spend})
	 * @param maxBudget the budget, in USD (JSON {@code max_budget})
	 * @param models the models the key may call; empty means all (JSON {@code models})
	 * @param aliases model aliases (JSON {@code aliases})
	 * @param config per-key configuration (JSON {@code config})
	 * @param userId the user the key belongs to (JSON {@code user_id})
	 * @param teamId the team the key belongs to (JSON {@code team_id})
	 * @param agentId the agent the key belongs to (newer proxies) (JSON {@code agent_id})
	 * @param projectId the project the key belongs to (JSON {@code project_id})
	 * @param permissions permissions (JSON {@code permissions})
	 * @param maxParallelRequests the most requests in flight (JSON {@code max_parallel_requests})
	 * @param metadata the key's metadata, where the proxy also keeps tags, guardrails and per-model limits (JSON {@code metadata})
	 * @param tpmLimit tokens per minute (JSON {@code tpm_limit})
	 * @param rpmLimit requests per minute (JSON {@code rpm_limit})
	 * @param budgetDuration how often the budget resets, for example {@code 30d} (JSON {@code budget_duration})
	 * @param allowedCacheControls allowed cache controls (JSON {@code allowed_cache_controls})
	 * @param allowedRoutes routes the key may call (JSON {@code allowed_routes})
	 * @param modelMaxBudget budgets per model (JSON {@code model_max_budget})
	 * @param blocked whether the key is blocked (JSON {@code blocked})
	 * @param routerSettings router settings (JSON {@code router_settings})
	 * @param accessGroupIds access groups (JSON {@code access_group_ids})
	 * @param policies policies (JSON {@code policies})
	 * @param duration always {@code null} in the proxy's answer (use {@code expires}) (JSON {@code duration})
	 * @param organizationId the organization the key belongs to (JSON {@code organization_id})
	 * @param budgetId the attached budget (JSON {@code budget_id})
	 * @param tags tags (kept in {@code metadata} by the proxy, so usually {@code null}) (JSON {@code tags})
	 * @param enforcedParams enforced parameters (JSON {@code enforced_params})
	 * @param allowedPassthroughRoutes allowed pass-through routes (JSON {@code allowed_passthrough_routes})
	 * @param allowedVectorStoreIndexes allowed vector store indexes (JSON {@code allowed_vector_store_indexes})
	 * @param rpmLimitType how the RPM limit is enforced (JSON {@code rpm_limit_type})
	 * @param tpmLimitType how the TPM limit is enforced (JSON {@code tpm_limit_type})
	 * @param modelRpmLimit RPM limits per model (JSON {@code model_rpm_limit})
	 * @param modelTpmLimit TPM limits per model (JSON {@code model_tpm_limit})
	 * @param guardrails guardrails (JSON {@code guardrails})
	 * @param prompts prompts (JSON {@code prompts})
	 * @param objectPermission object permissions (JSON {@code object_permission})
	 * @param litellmBudgetTable the budget row, if the request created one (JSON {@code litellm_budget_table})
	 * @param createdBy who created the key (JSON {@code created_by})
	 * @param updatedBy who last updated the key (JSON {@code updated_by})
	 * @param createdAt when the key was created (JSON {@code created_at})
	 * @param updatedAt when the key was last updated (JSON {@code updated_at})
	 * @param additionalProperties fields this version of the client does not know, under their JSON names
	 */
	public GenerateKeyResponse {
		additionalProperties = ExtraFields.copyOf(additionalProperties);
	}


	@Override
	public String toString() {
		return Secrets.mask("GenerateKeyResponse[keyName=" + this.keyName + ", tokenId=" + this.tokenId + ", keyAlias=" + this.keyAlias + ", key=" + Secrets.maskKey(this.key) + ", teamId=" + this.teamId + ", userId=" + this.userId + ", expires=" + this.expires + "]");
	}

}
