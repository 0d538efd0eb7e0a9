package dev.litellm.spring.keys;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import dev.litellm.spring.internal.Secrets;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One key's record, as the proxy returns it from {@code /key/update}, {@code /key/block}, {@code /key/unblock},
 * inside {@code /key/info}'s {@code info}, and as a full {@code /key/list} item (live or deleted). Which fields are
 * filled depends on the endpoint; every field is nullable. Unknown fields land in {@link #additionalProperties()}.
 *
 * @param token the SHA-256 hash of the key, the proxy's id for it (JSON {@code token})
 * @param key the key as the request named it (update responses echo the raw key; masked in {@code toString()}) (JSON {@code key})
 * @param keyName the abbreviated key, {@code sk-...} and the last four characters (JSON {@code key_name})
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
 * @param expires when the key expires; {@code null} for never (JSON {@code expires})
 * @param budgetResetAt when the budget resets next (JSON {@code budget_reset_at})
 * @param softBudgetCooldown whether soft-budget alerts are cooling down (JSON {@code soft_budget_cooldown})
 * @param modelSpend spend per model (JSON {@code model_spend})
 * @param budgetId the attached budget (JSON {@code budget_id})
 * @param organizationId the organization the key belongs to; also read from {@code org_id}, the name block and list responses use (JSON {@code organization_id})
 * @param objectPermissionId the id of the object permissions (JSON {@code object_permission_id})
 * @param objectPermission the object permissions: MCP servers, vector stores, agents, models (JSON {@code object_permission})
 * @param litellmBudgetTable the attached budget row (JSON {@code litellm_budget_table})
 * @param litellmOrganizationTable the organization row (raw rows only) (JSON {@code litellm_organization_table})
 * @param litellmProjectTable the project row (raw rows only) (JSON {@code litellm_project_table})
 * @param jwtKeyMappings JWT key mappings (raw rows only) (JSON {@code jwt_key_mappings})
 * @param createdAt when the key was created (JSON {@code created_at})
 * @param createdBy who created the key (JSON {@code created_by})
 * @param updatedAt when the key was last updated (JSON {@code updated_at})
 * @param updatedBy who last updated the key (JSON {@code updated_by})
 * @param lastActive when the key was last used (JSON {@code last_active})
 * @param rotationCount how often the key was rotated (JSON {@code rotation_count})
 * @param autoRotate whether the proxy rotates the key on a schedule (JSON {@code auto_rotate})
 * @param rotationInterval how often the proxy rotates the key (JSON {@code rotation_interval})
 * @param lastRotationAt when the key was last rotated (JSON {@code last_rotation_at})
 * @param keyRotationAt when the key is rotated next (JSON {@code key_rotation_at})
 * @param budgetLimits budget limits (raw rows) (JSON {@code budget_limits})
 * @param id the archive row id (deleted keys only) (JSON {@code id})
 * @param deletedAt when the key was deleted (deleted keys only) (JSON {@code deleted_at})
 * @param deletedBy who deleted the key (deleted keys only) (JSON {@code deleted_by})
 * @param deletedByApiKey the hash of the key that deleted it (deleted keys only) (JSON {@code deleted_by_api_key})
 * @param litellmChangedBy the {@code litellm-changed-by} actor recorded on deletion (deleted keys only) (JSON {@code litellm_changed_by})
 * @param teamSpend the team's spend (list objects) (JSON {@code team_spend})
 * @param teamAlias the team's alias (list objects) (JSON {@code team_alias})
 * @param teamTpmLimit the team's TPM limit (list objects) (JSON {@code team_tpm_limit})
 * @param teamRpmLimit the team's RPM limit (list objects) (JSON {@code team_rpm_limit})
 * @param teamMaxBudget the team's budget (list objects) (JSON {@code team_max_budget})
 * @param teamSoftBudget the team's soft budget (list objects) (JSON {@code team_soft_budget})
 * @param teamModels the team's models (list objects) (JSON {@code team_models})
 * @param teamBlocked whether the team is blocked (list objects) (JSON {@code team_blocked})
 * @param softBudget the soft budget (list objects) (JSON {@code soft_budget})
 * @param teamModelAliases the team's model aliases (list objects) (JSON {@code team_model_aliases})
 * @param teamMember the caller's team membership (list objects) (JSON {@code team_member})
 * @param teamMetadata the team's metadata (list objects) (JSON {@code team_metadata})
 * @param teamObjectPermissionId the team's object permission id (list objects) (JSON {@code team_object_permission_id})
 * @param teamMemberSpend the team member's spend (list objects) (JSON {@code team_member_spend})
 * @param teamMemberTpmLimit the team member's TPM limit (list objects) (JSON {@code team_member_tpm_limit})
 * @param teamMemberRpmLimit the team member's RPM limit (list objects) (JSON {@code team_member_rpm_limit})
 * @param endUserId the end user (list objects) (JSON {@code end_user_id})
 * @param endUserTpmLimit the end user's TPM limit (list objects) (JSON {@code end_user_tpm_limit})
 * @param endUserRpmLimit the end user's RPM limit (list objects) (JSON {@code end_user_rpm_limit})
 * @param endUserMaxBudget the end user's budget (list objects) (JSON {@code end_user_max_budget})
 * @param endUserModelMaxBudget the end user's budgets per model (list objects) (JSON {@code end_user_model_max_budget})
 * @param organizationAlias the organization's alias (list objects) (JSON {@code organization_alias})
 * @param organizationMaxBudget the organization's budget (list objects) (JSON {@code organization_max_budget})
 * @param organizationTpmLimit the organization's TPM limit (list objects) (JSON {@code organization_tpm_limit})
 * @param organizationRpmLimit the organization's RPM limit (list objects) (JSON {@code organization_rpm_limit})
 * @param organizationMetadata the organization's metadata (list objects) (JSON {@code organization_metadata})
 * @param projectAlias the project's alias (list objects) (JSON {@code project_alias})
 * @param projectMetadata the project's metadata (list objects) (JSON {@code project_metadata})
 * @param lastRefreshedAt when the proxy last refreshed its cached copy, in epoch seconds (list objects) (JSON {@code last_refreshed_at})
 * @param apiKey the key as the proxy's auth object saw it (list objects; masked in {@code toString()}) (JSON {@code api_key})
 * @param userRole the user's role (list objects) (JSON {@code user_role})
 * @param allowedModelRegion the allowed model region (list objects) (JSON {@code allowed_model_region})
 * @param parentOtelSpan the tracing span (list objects) (JSON {@code parent_otel_span})
 * @param rpmLimitPerModel RPM limits per model (list objects) (JSON {@code rpm_limit_per_model})
 * @param tpmLimitPerModel TPM limits per model (list objects) (JSON {@code tpm_limit_per_model})
 * @param userTpmLimit the user's TPM limit (list objects) (JSON {@code user_tpm_limit})
 * @param userRpmLimit the user's RPM limit (list objects) (JSON {@code user_rpm_limit})
 * @param userEmail the user's email (list objects) (JSON {@code user_email})
 * @param userSpend the user's spend (list objects) (JSON {@code user_spend})
 * @param userMaxBudget the user's budget (list objects) (JSON {@code user_max_budget})
 * @param requestRoute the route of the request (list objects) (JSON {@code request_route})
 * @param user the user, with {@code expand=user} (JSON {@code user})
 * @param createdByUser the creating user, with {@code expand=user} (JSON {@code created_by_user})
 * @param endUserObjectPermission the end user's object permissions (list objects) (JSON {@code end_user_object_permission})
 * @param jwtClaims JWT claims (list objects) (JSON {@code jwt_claims})
 * @param additionalProperties fields this version of the client does not know, under their JSON names
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record KeyInfo(
		@Nullable String token,
		@Nullable String key,
		@Nullable String keyName,
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
		@Nullable OffsetDateTime expires,
		@Nullable OffsetDateTime budgetResetAt,
		@Nullable Boolean softBudgetCooldown,
		@Nullable Map<String, Object> modelSpend,
		@Nullable String budgetId,
		@JsonAlias("org_id") @JsonSetter(nulls = Nulls.SKIP) @Nullable String organizationId,
		@Nullable String objectPermissionId,
		@Nullable Map<String, Object> objectPermission,
		@Nullable Map<String, Object> litellmBudgetTable,
		@Nullable Map<String, Object> litellmOrganizationTable,
		@Nullable Map<String, Object> litellmProjectTable,
		@Nullable Object jwtKeyMappings,
		@Nullable OffsetDateTime createdAt,
		@Nullable String createdBy,
		@Nullable OffsetDateTime updatedAt,
		@Nullable String updatedBy,
		@Nullable OffsetDateTime lastActive,
		@Nullable Integer rotationCount,
		@Nullable Boolean autoRotate,
		@Nullable String rotationInterval,
		@Nullable OffsetDateTime lastRotationAt,
		@Nullable OffsetDateTime keyRotationAt,
		@Nullable Object budgetLimits,
		@Nullable String id,
		@Nullable OffsetDateTime deletedAt,
		@Nullable String deletedBy,
		@Nullable String deletedByApiKey,
		@Nullable String litellmChangedBy,
		@Nullable Double teamSpend,
		@Nullable String teamAlias,
		@Nullable Long teamTpmLimit,
		@Nullable Long teamRpmLimit,
		@Nullable Double teamMaxBudget,
		@Nullable Double teamSoftBudget,
		@Nullable List<String> teamModels,
		@Nullable Boolean teamBlocked,
		@Nullable Double softBudget,
		@Nullable Map<String, Object> teamModelAliases,
		@Nullable Map<String, Object> teamMember,
		@Nullable Map<String, Object> teamMetadata,
		@Nullable String teamObjectPermissionId,
		@Nullable Double teamMemberSpend,
		@Nullable Long teamMemberTpmLimit,
		@Nullable Long teamMemberRpmLimit,
		@Nullable String endUserId,
		@Nullable Long endUserTpmLimit,
		@Nullable Long endUserRpmLimit,
		@Nullable Double endUserMaxBudget,
		@Nullable Map<String, Object> endUserModelMaxBudget,
		@Nullable String organizationAlias,
		@Nullable Double organizationMaxBudget,
		@Nullable Long organizationTpmLimit,
		@Nullable Long organizationRpmLimit,
		@Nullable Map<String, Object> organizationMetadata,
		@Nullable String projectAlias,
		@Nullable Map<String, Object> projectMetadata,
		@Nullable Double lastRefreshedAt,
		@Nullable String apiKey,
		@Nullable String userRole,
		@Nullable String allowedModelRegion,
		@Nullable Object parentOtelSpan,
		@Nullable Map<String, Object> rpmLimitPerModel,
		@Nullable Map<String, Object> tpmLimitPerModel,
		@Nullable Long userTpmLimit,
		@Nullable Long userRpmLimit,
		@Nullable String userEmail,
		@Nullable Double userSpend,
		@Nullable Double userMaxBudget,
		@Nullable String requestRoute,
		@Nullable Map<String, Object> user,
		@Nullable Map<String, Object> createdByUser,
		@Nullable Map<String, Object> endUserObjectPermission,
		@Nullable Map<String, Object> jwtClaims,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/**
	 * Create a record; {@code additionalProperties} (and any list) is copied into an unmodifiable one.
	 * @param token the SHA-256 hash of the key, the proxy's id for it (JSON {@code token})
	 * @param key the key as the request named it (update responses echo the raw key; masked in {@code toString()}) (JSON {@code key})
	 * @param keyName the abbreviated key, {@code sk-...} and the last four characters (JSON {@code key_name})
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
	 * @param expires when the key expires; {@code null} for never (JSON {@code expires})
	 * @param budgetResetAt when the budget resets next (JSON {@code budget_reset_at})
	 * @param softBudgetCooldown whether soft-budget alerts are cooling down (JSON {@code soft_budget_cooldown})
	 * @param modelSpend spend per model (JSON {@code model_spend})
	 * @param budgetId the attached budget (JSON {@code budget_id})
	 * @param organizationId the organization the key belongs to; also read from {@code org_id}, the name block and list responses use (JSON {@code organization_id})
	 * @param objectPermissionId the id of the object permissions (JSON {@code object_permission_id})
	 * @param objectPermission the object permissions: MCP servers, vector stores, agents, models (JSON {@code object_permission})
	 * @param litellmBudgetTable the attached budget row (JSON {@code litellm_budget_table})
	 * @param litellmOrganizationTable the organization row (raw rows only) (JSON {@code litellm_organization_table})
	 * @param litellmProjectTable the project row (raw rows only) (JSON {@code litellm_project_table})
	 * @param jwtKeyMappings JWT key mappings (raw rows only) (JSON {@code jwt_key_mappings})
	 * @param createdAt when the key was created (JSON {@code created_at})
	 * @param createdBy who created the key (JSON {@code created_by})
	 * @param updatedAt when the key was last updated (JSON {@code updated_at})
	 * @param updatedBy who last updated the key (JSON {@code updated_by})
	 * @param lastActive when the key was last used (JSON {@code last_active})
	 * @param rotationCount how often the key was rotated (JSON {@code rotation_count})
	 * @param autoRotate whether the proxy rotates the key on a schedule (JSON {@code auto_rotate})
	 * @param rotationInterval how often the proxy rotates the key (JSON {@code rotation_interval})
	 * @param lastRotationAt when the key was last rotated (JSON {@code last_rotation_at})
	 * @param keyRotationAt when the key is rotated next (JSON {@code key_rotation_at})
	 * @param budgetLimits budget limits (raw rows) (JSON {@code budget_limits})
	 * @param id the archive row id (deleted keys only) (JSON {@code id})
	 * @param deletedAt when the key was deleted (deleted keys only) (JSON {@code deleted_at})
	 * @param deletedBy who deleted the key (deleted keys only) (JSON {@code deleted_by})
	 * @param deletedByApiKey the hash of the key that deleted it (deleted keys only) (JSON {@code deleted_by_api_key})
	 * @param litellmChangedBy the {@code litellm-changed-by} actor recorded on deletion (deleted keys only) (JSON {@code litellm_changed_by})
	 * @param teamSpend the team's spend (list objects) (JSON {@code team_spend})
	 * @param teamAlias the team's alias (list objects) (JSON {@code team_alias})
	 * @param teamTpmLimit the team's TPM limit (list objects) (JSON {@code team_tpm_limit})
	 * @param teamRpmLimit the team's RPM limit (list objects) (JSON {@code team_rpm_limit})
	 * @param teamMaxBudget the team's budget (list objects) (JSON {@code team_max_budget})
	 * @param teamSoftBudget the team's soft budget (list objects) (JSON {@code team_soft_budget})
	 * @param teamModels the team's models (list objects) (JSON {@code team_models})
	 * @param teamBlocked whether the team is blocked (list objects) (JSON {@code team_blocked})
	 * @param softBudget the soft budget (list objects) (JSON {@code soft_budget})
	 * @param teamModelAliases the team's model aliases (list objects) (JSON {@code team_model_aliases})
	 * @param teamMember the caller's team membership (list objects) (JSON {@code team_member})
	 * @param teamMetadata the team's metadata (list objects) (JSON {@code team_metadata})
	 * @param teamObjectPermissionId the team's object permission id (list objects) (JSON {@code team_object_permission_id})
	 * @param teamMemberSpend the team member's spend (list objects) (JSON {@code team_member_spend})
	 * @param teamMemberTpmLimit the team member's TPM limit (list objects) (JSON {@code team_member_tpm_limit})
	 * @param teamMemberRpmLimit the team member's RPM limit (list objects) (JSON {@code team_member_rpm_limit})
	 * @param endUserId the end user (list objects) (JSON {@code end_user_id})
	 * @param endUserTpmLimit the end user's TPM limit (list objects) (JSON {@code end_user_tpm_limit})
	 * @param endUserRpmLimit the end user's RPM limit (list objects) (JSON {@code end_user_rpm_limit})
	 * @param endUserMaxBudget the end user's budget (list objects) (JSON {@code end_user_max_budget})
	 * @param endUserModelMaxBudget the end user's budgets per model (list objects) (JSON {@code end_user_model_max_budget})
	 * @param organizationAlias the organization's alias (list objects) (JSON {@code organization_alias})
	 * @param organizationMaxBudget the organization's budget (list objects) (JSON {@code organization_max_budget})
	 * @param organizationTpmLimit the organization's TPM limit (list objects) (JSON {@code organization_tpm_limit})
	 * @param organizationRpmLimit the organization's RPM limit (list objects) (JSON {@code organization_rpm_limit})
	 * @param organizationMetadata the organization's metadata (list objects) (JSON {@code organization_metadata})
	 * @param projectAlias the project's alias (list objects) (JSON {@code project_alias})
	 * @param projectMetadata the project's metadata (list objects) (JSON {@code project_metadata})
	 * @param lastRefreshedAt when the proxy last refreshed its cached copy, in epoch seconds (list objects) (JSON {@code last_refreshed_at})
	 * @param apiKey the key as the proxy's auth object saw it (list objects; masked in {@code toString()}) (JSON {@code api_key})
	 * @param userRole the user's role (list objects) (JSON {@code user_role})
	 * @param allowedModelRegion the allowed model region (list objects) (JSON {@code allowed_model_region})
	 * @param parentOtelSpan the tracing span (list objects) (JSON {@code parent_otel_span})
	 * @param rpmLimitPerModel RPM limits per model (list objects) (JSON {@code rpm_limit_per_model})
	 * @param tpmLimitPerModel TPM limits per model (list objects) (JSON {@code tpm_limit_per_model})
	 * @param userTpmLimit the user's TPM limit (list objects) (JSON {@code user_tpm_limit})
	 * @param userRpmLimit the user's RPM limit (list objects) (JSON {@code user_rpm_limit})
	 * @param userEmail the user's email (list objects) (JSON {@code user_email})
	 * @param userSpend the user's spend (list objects) (JSON {@code user_spend})
	 * @param userMaxBudget the user's budget (list objects) (JSON {@code user_max_budget})
	 * @param requestRoute the route of the request (list objects) (JSON {@code request_route})
	 * @param user the user, with {@code expand=user} (JSON {@code user})
	 * @param createdByUser the creating user, with {@code expand=user} (JSON {@code created_by_user})
	 * @param endUserObjectPermission the end user's object permissions (list objects) (JSON {@code end_user_object_permission})
	 * @param jwtClaims JWT claims (list objects) (JSON {@code jwt_claims})
	 * @param additionalProperties fields this version of the client does not know, under their JSON names
	 */
	public KeyInfo {
		additionalProperties = ExtraFields.copyOf(additionalProperties);
	}

	/**
	 * A record that carries only a key hash, as {@code /key/list} returns items without
	 * {@code return_full_object}.
	 * @param token the key hash
	 * @return a record whose other fields are {@code null}
	 */
	public static KeyInfo ofToken(String token) {
		return new KeyInfo(token, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, Map.of());
	}


	@Override
	public String toString() {
		return Secrets.mask("KeyInfo[token=" + this.token + ", keyName=" + this.keyName + ", keyAlias=" + this.keyAlias + ", key=" + Secrets.maskKey(this.key) + ", teamId=" + this.teamId + ", userId=" + this.userId + ", blocked=" + this.blocked + ", spend=" + this.spend + ", maxBudget=" + this.maxBudget + ", expires=" + this.expires + "]");
	}

}
