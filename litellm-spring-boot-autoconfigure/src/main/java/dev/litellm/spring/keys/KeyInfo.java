package dev.litellm.spring.keys;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import dev.litellm.spring.internal.Secrets;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One key's record, as the proxy returns it from {@code /key/update}, {@code /key/block}, {@code /key/unblock},
 * inside {@code /key/info}'s {@code info}, and as a full {@code /key/list} item (live or deleted). Which fields are
 * filled depends on the endpoint; every field is nullable. Unknown fields land in {@link #additionalProperties()}.
 *
 * <p>Immutable. {@link #builder()} and {@link #toBuilder()} make one, in tests for example; a field added in a
 * later version adds an accessor and a builder method and changes no existing signature.
 */
public final class KeyInfo extends ProxyResponse<KeyInfo.Builder> {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	private KeyInfo(Builder fields) {
		super(fields);
	}

	/**
	 * Start a response with every field unset.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Start a response from this one's fields.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		return this.fields.copy();
	}

	/**
	 * A record that carries only a key hash, as {@code /key/list} returns items without
	 * {@code return_full_object}.
	 * @param token the key hash
	 * @return a record whose other fields are {@code null}
	 */
	public static KeyInfo ofToken(String token) {
		return builder().token(token).build();
	}

	/** {@return the SHA-256 hash of the key, the proxy's id for it (JSON {@code token})} */
	public @Nullable String token() { return this.fields.token; }
	/** {@return the key as the request named it (update responses echo the raw key; masked in {@code toString()}) (JSON {@code key})} */
	public @Nullable String key() { return this.fields.key; }
	/** {@return the abbreviated key, {@code sk-...} and the last four characters (JSON {@code key_name})} */
	public @Nullable String keyName() { return this.fields.keyName; }
	/** {@return the key's alias (JSON {@code key_alias})} */
	public @Nullable String keyAlias() { return this.fields.keyAlias; }
	/** {@return the spend so far, in USD (JSON {@code spend})} */
	public @Nullable Double spend() { return this.fields.spend; }
	/** {@return the budget, in USD (JSON {@code max_budget})} */
	public @Nullable Double maxBudget() { return this.fields.maxBudget; }
	/** {@return the models the key may call; empty means all (JSON {@code models})} */
	public @Nullable List<String> models() { return this.fields.models; }
	/** {@return model aliases (JSON {@code aliases})} */
	public @Nullable Map<String, Object> aliases() { return this.fields.aliases; }
	/** {@return per-key configuration (JSON {@code config})} */
	public @Nullable Map<String, Object> config() { return this.fields.config; }
	/** {@return the user the key belongs to (JSON {@code user_id})} */
	public @Nullable String userId() { return this.fields.userId; }
	/** {@return the team the key belongs to (JSON {@code team_id})} */
	public @Nullable String teamId() { return this.fields.teamId; }
	/** {@return the agent the key belongs to (newer proxies) (JSON {@code agent_id})} */
	public @Nullable String agentId() { return this.fields.agentId; }
	/** {@return the project the key belongs to (JSON {@code project_id})} */
	public @Nullable String projectId() { return this.fields.projectId; }
	/** {@return permissions (JSON {@code permissions})} */
	public @Nullable Map<String, Object> permissions() { return this.fields.permissions; }
	/** {@return the most requests in flight (JSON {@code max_parallel_requests})} */
	public @Nullable Integer maxParallelRequests() { return this.fields.maxParallelRequests; }
	/** {@return the key's metadata, where the proxy also keeps tags, guardrails and per-model limits (JSON {@code metadata})} */
	public @Nullable Map<String, Object> metadata() { return this.fields.metadata; }
	/** {@return tokens per minute (JSON {@code tpm_limit})} */
	public @Nullable Long tpmLimit() { return this.fields.tpmLimit; }
	/** {@return requests per minute (JSON {@code rpm_limit})} */
	public @Nullable Long rpmLimit() { return this.fields.rpmLimit; }
	/** {@return how often the budget resets, for example {@code 30d} (JSON {@code budget_duration})} */
	public @Nullable String budgetDuration() { return this.fields.budgetDuration; }
	/** {@return allowed cache controls (JSON {@code allowed_cache_controls})} */
	public @Nullable List<Object> allowedCacheControls() { return this.fields.allowedCacheControls; }
	/** {@return routes the key may call (JSON {@code allowed_routes})} */
	public @Nullable List<Object> allowedRoutes() { return this.fields.allowedRoutes; }
	/** {@return budgets per model (JSON {@code model_max_budget})} */
	public @Nullable Map<String, Object> modelMaxBudget() { return this.fields.modelMaxBudget; }
	/** {@return whether the key is blocked (JSON {@code blocked})} */
	public @Nullable Boolean blocked() { return this.fields.blocked; }
	/** {@return router settings (JSON {@code router_settings})} */
	public @Nullable Map<String, Object> routerSettings() { return this.fields.routerSettings; }
	/** {@return access groups (JSON {@code access_group_ids})} */
	public @Nullable List<String> accessGroupIds() { return this.fields.accessGroupIds; }
	/** {@return policies (JSON {@code policies})} */
	public @Nullable List<String> policies() { return this.fields.policies; }
	/** {@return when the key expires; {@code null} for never (JSON {@code expires})} */
	public @Nullable OffsetDateTime expires() { return this.fields.expires; }
	/** {@return when the budget resets next (JSON {@code budget_reset_at})} */
	public @Nullable OffsetDateTime budgetResetAt() { return this.fields.budgetResetAt; }
	/** {@return whether soft-budget alerts are cooling down (JSON {@code soft_budget_cooldown})} */
	public @Nullable Boolean softBudgetCooldown() { return this.fields.softBudgetCooldown; }
	/** {@return spend per model (JSON {@code model_spend})} */
	public @Nullable Map<String, Object> modelSpend() { return this.fields.modelSpend; }
	/** {@return the attached budget (JSON {@code budget_id})} */
	public @Nullable String budgetId() { return this.fields.budgetId; }
	/** {@return the organization the key belongs to; also read from {@code org_id}, the name block and list responses use (JSON {@code organization_id})} */
	public @Nullable String organizationId() { return this.fields.organizationId; }
	/** {@return the id of the object permissions (JSON {@code object_permission_id})} */
	public @Nullable String objectPermissionId() { return this.fields.objectPermissionId; }
	/** {@return the object permissions: MCP servers, vector stores, agents, models (JSON {@code object_permission})} */
	public @Nullable Map<String, Object> objectPermission() { return this.fields.objectPermission; }
	/** {@return the attached budget row (JSON {@code litellm_budget_table})} */
	public @Nullable Map<String, Object> litellmBudgetTable() { return this.fields.litellmBudgetTable; }
	/** {@return the organization row (raw rows only) (JSON {@code litellm_organization_table})} */
	public @Nullable Map<String, Object> litellmOrganizationTable() { return this.fields.litellmOrganizationTable; }
	/** {@return the project row (raw rows only) (JSON {@code litellm_project_table})} */
	public @Nullable Map<String, Object> litellmProjectTable() { return this.fields.litellmProjectTable; }
	/** {@return JWT key mappings (raw rows only) (JSON {@code jwt_key_mappings})} */
	public @Nullable Object jwtKeyMappings() { return this.fields.jwtKeyMappings; }
	/** {@return when the key was created (JSON {@code created_at})} */
	public @Nullable OffsetDateTime createdAt() { return this.fields.createdAt; }
	/** {@return who created the key (JSON {@code created_by})} */
	public @Nullable String createdBy() { return this.fields.createdBy; }
	/** {@return when the key was last updated (JSON {@code updated_at})} */
	public @Nullable OffsetDateTime updatedAt() { return this.fields.updatedAt; }
	/** {@return who last updated the key (JSON {@code updated_by})} */
	public @Nullable String updatedBy() { return this.fields.updatedBy; }
	/** {@return when the key was last used (JSON {@code last_active})} */
	public @Nullable OffsetDateTime lastActive() { return this.fields.lastActive; }
	/** {@return how often the key was rotated (JSON {@code rotation_count})} */
	public @Nullable Integer rotationCount() { return this.fields.rotationCount; }
	/** {@return whether the proxy rotates the key on a schedule (JSON {@code auto_rotate})} */
	public @Nullable Boolean autoRotate() { return this.fields.autoRotate; }
	/** {@return how often the proxy rotates the key (JSON {@code rotation_interval})} */
	public @Nullable String rotationInterval() { return this.fields.rotationInterval; }
	/** {@return when the key was last rotated (JSON {@code last_rotation_at})} */
	public @Nullable OffsetDateTime lastRotationAt() { return this.fields.lastRotationAt; }
	/** {@return when the key is rotated next (JSON {@code key_rotation_at})} */
	public @Nullable OffsetDateTime keyRotationAt() { return this.fields.keyRotationAt; }
	/** {@return the key's budget windows, with their next reset; read whether the proxy sends them as JSON or as the text it stored (JSON {@code budget_limits})} */
	public @Nullable List<BudgetLimitEntry> budgetLimits() { return this.fields.budgetLimits; }
	/** {@return the archive row id (deleted keys only) (JSON {@code id})} */
	public @Nullable String id() { return this.fields.id; }
	/** {@return when the key was deleted (deleted keys only) (JSON {@code deleted_at})} */
	public @Nullable OffsetDateTime deletedAt() { return this.fields.deletedAt; }
	/** {@return who deleted the key (deleted keys only) (JSON {@code deleted_by})} */
	public @Nullable String deletedBy() { return this.fields.deletedBy; }
	/** {@return the hash of the key that deleted it (deleted keys only) (JSON {@code deleted_by_api_key})} */
	public @Nullable String deletedByApiKey() { return this.fields.deletedByApiKey; }
	/** {@return the {@code litellm-changed-by} actor recorded on deletion (deleted keys only) (JSON {@code litellm_changed_by})} */
	public @Nullable String litellmChangedBy() { return this.fields.litellmChangedBy; }
	/** {@return the team's spend (list objects) (JSON {@code team_spend})} */
	public @Nullable Double teamSpend() { return this.fields.teamSpend; }
	/** {@return the team's alias (list objects) (JSON {@code team_alias})} */
	public @Nullable String teamAlias() { return this.fields.teamAlias; }
	/** {@return the team's TPM limit (list objects) (JSON {@code team_tpm_limit})} */
	public @Nullable Long teamTpmLimit() { return this.fields.teamTpmLimit; }
	/** {@return the team's RPM limit (list objects) (JSON {@code team_rpm_limit})} */
	public @Nullable Long teamRpmLimit() { return this.fields.teamRpmLimit; }
	/** {@return the team's budget (list objects) (JSON {@code team_max_budget})} */
	public @Nullable Double teamMaxBudget() { return this.fields.teamMaxBudget; }
	/** {@return the team's soft budget (list objects) (JSON {@code team_soft_budget})} */
	public @Nullable Double teamSoftBudget() { return this.fields.teamSoftBudget; }
	/** {@return the team's models (list objects) (JSON {@code team_models})} */
	public @Nullable List<String> teamModels() { return this.fields.teamModels; }
	/** {@return whether the team is blocked (list objects) (JSON {@code team_blocked})} */
	public @Nullable Boolean teamBlocked() { return this.fields.teamBlocked; }
	/** {@return the soft budget (list objects) (JSON {@code soft_budget})} */
	public @Nullable Double softBudget() { return this.fields.softBudget; }
	/** {@return the team's model aliases (list objects) (JSON {@code team_model_aliases})} */
	public @Nullable Map<String, Object> teamModelAliases() { return this.fields.teamModelAliases; }
	/** {@return the caller's team membership (list objects) (JSON {@code team_member})} */
	public @Nullable Map<String, Object> teamMember() { return this.fields.teamMember; }
	/** {@return the team's metadata (list objects) (JSON {@code team_metadata})} */
	public @Nullable Map<String, Object> teamMetadata() { return this.fields.teamMetadata; }
	/** {@return the team's object permission id (list objects) (JSON {@code team_object_permission_id})} */
	public @Nullable String teamObjectPermissionId() { return this.fields.teamObjectPermissionId; }
	/** {@return the team member's spend (list objects) (JSON {@code team_member_spend})} */
	public @Nullable Double teamMemberSpend() { return this.fields.teamMemberSpend; }
	/** {@return the team member's TPM limit (list objects) (JSON {@code team_member_tpm_limit})} */
	public @Nullable Long teamMemberTpmLimit() { return this.fields.teamMemberTpmLimit; }
	/** {@return the team member's RPM limit (list objects) (JSON {@code team_member_rpm_limit})} */
	public @Nullable Long teamMemberRpmLimit() { return this.fields.teamMemberRpmLimit; }
	/** {@return the end user (list objects) (JSON {@code end_user_id})} */
	public @Nullable String endUserId() { return this.fields.endUserId; }
	/** {@return the end user's TPM limit (list objects) (JSON {@code end_user_tpm_limit})} */
	public @Nullable Long endUserTpmLimit() { return this.fields.endUserTpmLimit; }
	/** {@return the end user's RPM limit (list objects) (JSON {@code end_user_rpm_limit})} */
	public @Nullable Long endUserRpmLimit() { return this.fields.endUserRpmLimit; }
	/** {@return the end user's budget (list objects) (JSON {@code end_user_max_budget})} */
	public @Nullable Double endUserMaxBudget() { return this.fields.endUserMaxBudget; }
	/** {@return the end user's budgets per model (list objects) (JSON {@code end_user_model_max_budget})} */
	public @Nullable Map<String, Object> endUserModelMaxBudget() { return this.fields.endUserModelMaxBudget; }
	/** {@return the organization's alias (list objects) (JSON {@code organization_alias})} */
	public @Nullable String organizationAlias() { return this.fields.organizationAlias; }
	/** {@return the organization's budget (list objects) (JSON {@code organization_max_budget})} */
	public @Nullable Double organizationMaxBudget() { return this.fields.organizationMaxBudget; }
	/** {@return the organization's TPM limit (list objects) (JSON {@code organization_tpm_limit})} */
	public @Nullable Long organizationTpmLimit() { return this.fields.organizationTpmLimit; }
	/** {@return the organization's RPM limit (list objects) (JSON {@code organization_rpm_limit})} */
	public @Nullable Long organizationRpmLimit() { return this.fields.organizationRpmLimit; }
	/** {@return the organization's metadata (list objects) (JSON {@code organization_metadata})} */
	public @Nullable Map<String, Object> organizationMetadata() { return this.fields.organizationMetadata; }
	/** {@return the project's alias (list objects) (JSON {@code project_alias})} */
	public @Nullable String projectAlias() { return this.fields.projectAlias; }
	/** {@return the project's metadata (list objects) (JSON {@code project_metadata})} */
	public @Nullable Map<String, Object> projectMetadata() { return this.fields.projectMetadata; }
	/** {@return when the proxy last refreshed its cached copy, in epoch seconds (list objects) (JSON {@code last_refreshed_at})} */
	public @Nullable Double lastRefreshedAt() { return this.fields.lastRefreshedAt; }
	/** {@return the key as the proxy's auth object saw it (list objects; masked in {@code toString()}) (JSON {@code api_key})} */
	public @Nullable String apiKey() { return this.fields.apiKey; }
	/** {@return the user's role (list objects) (JSON {@code user_role})} */
	public @Nullable String userRole() { return this.fields.userRole; }
	/** {@return the allowed model region (list objects) (JSON {@code allowed_model_region})} */
	public @Nullable String allowedModelRegion() { return this.fields.allowedModelRegion; }
	/** {@return the tracing span (list objects) (JSON {@code parent_otel_span})} */
	public @Nullable Object parentOtelSpan() { return this.fields.parentOtelSpan; }
	/** {@return RPM limits per model (list objects) (JSON {@code rpm_limit_per_model})} */
	public @Nullable Map<String, Object> rpmLimitPerModel() { return this.fields.rpmLimitPerModel; }
	/** {@return TPM limits per model (list objects) (JSON {@code tpm_limit_per_model})} */
	public @Nullable Map<String, Object> tpmLimitPerModel() { return this.fields.tpmLimitPerModel; }
	/** {@return the user's TPM limit (list objects) (JSON {@code user_tpm_limit})} */
	public @Nullable Long userTpmLimit() { return this.fields.userTpmLimit; }
	/** {@return the user's RPM limit (list objects) (JSON {@code user_rpm_limit})} */
	public @Nullable Long userRpmLimit() { return this.fields.userRpmLimit; }
	/** {@return the user's email (list objects) (JSON {@code user_email})} */
	public @Nullable String userEmail() { return this.fields.userEmail; }
	/** {@return the user's spend (list objects) (JSON {@code user_spend})} */
	public @Nullable Double userSpend() { return this.fields.userSpend; }
	/** {@return the user's budget (list objects) (JSON {@code user_max_budget})} */
	public @Nullable Double userMaxBudget() { return this.fields.userMaxBudget; }
	/** {@return the route of the request (list objects) (JSON {@code request_route})} */
	public @Nullable String requestRoute() { return this.fields.requestRoute; }
	/** {@return the user, with {@code expand=user} (JSON {@code user})} */
	public @Nullable Map<String, Object> user() { return this.fields.user; }
	/** {@return the creating user, with {@code expand=user} (JSON {@code created_by_user})} */
	public @Nullable Map<String, Object> createdByUser() { return this.fields.createdByUser; }
	/** {@return the end user's object permissions (list objects) (JSON {@code end_user_object_permission})} */
	public @Nullable Map<String, Object> endUserObjectPermission() { return this.fields.endUserObjectPermission; }
	/** {@return JWT claims (list objects) (JSON {@code jwt_claims})} */
	public @Nullable Map<String, Object> jwtClaims() { return this.fields.jwtClaims; }
	/**
	 * {@return the key's state as {@code /key/info} of newer proxies reports it: {@code active}, {@code expired},
	 * {@code revoked} (blocked) or {@code deleted} (the archived record of a deleted key); {@code null} where the
	 * proxy does not say (other endpoints, proxies up to 1.81.14). A String, so that a state a later proxy adds
	 * arrives as it was written (JSON {@code status})}
	 */
	public @Nullable String status() { return this.fields.status; }
	/** {@return what the key may be used for, for example {@code default} or {@code llm_api} (JSON {@code key_type})} */
	public @Nullable String keyType() { return this.fields.keyType; }
	/** {@return tokens per day (JSON {@code tpd_limit})} */
	public @Nullable Long tpdLimit() { return this.fields.tpdLimit; }
	/** {@return the models used instead of a model once its own budget is spent (JSON {@code budget_fallbacks})} */
	public @Nullable Map<String, List<String>> budgetFallbacks() { return this.fields.budgetFallbacks; }
	/** {@return when the key's settings last changed (JSON {@code settings_updated_at})} */
	public @Nullable OffsetDateTime settingsUpdatedAt() { return this.fields.settingsUpdatedAt; }
	/** {@return the current window's spend per model, for example {@code {"gpt-4o": {"current_spend": 1.5}}} ({@code /key/info}, keys with budgets per model) (JSON {@code model_max_budget_usage})} */
	public @Nullable Map<String, Map<String, Object>> modelMaxBudgetUsage() { return this.fields.modelMaxBudgetUsage; }
	/** {@return the current spend per budget window, by its duration, for example {@code {"24h": {"current_spend": 0.9}}} ({@code /key/info}, keys with budget windows) (JSON {@code budget_limits_usage})} */
	public @Nullable Map<String, Map<String, Object>> budgetLimitsUsage() { return this.fields.budgetLimitsUsage; }
	/** {@return the team's TPD limit (list objects) (JSON {@code team_tpd_limit})} */
	public @Nullable Long teamTpdLimit() { return this.fields.teamTpdLimit; }
	/** {@return the team's budgets per model (list objects) (JSON {@code team_model_max_budget})} */
	public @Nullable Map<String, Object> teamModelMaxBudget() { return this.fields.teamModelMaxBudget; }
	/** {@return the end user's TPD limit (list objects) (JSON {@code end_user_tpd_limit})} */
	public @Nullable Long endUserTpdLimit() { return this.fields.endUserTpdLimit; }
	/** {@return the user's budgets per model (list objects) (JSON {@code user_model_max_budget})} */
	public @Nullable Map<String, Object> userModelMaxBudget() { return this.fields.userModelMaxBudget; }
	/** {@return whether the key is a UI session token (list objects) (JSON {@code is_session_token})} */
	public @Nullable Boolean isSessionToken() { return this.fields.isSessionToken; }
	/** {@return the team's object permissions (list objects) (JSON {@code team_object_permission})} */
	public @Nullable Map<String, Object> teamObjectPermission() { return this.fields.teamObjectPermission; }

	/**
	 * Whether the proxy reports that the key no longer works: {@link #status()} is {@code deleted},
	 * {@code revoked} or {@code expired}. {@code false} for {@code active} and when the proxy does not say.
	 * @return whether the record is of a key that cannot be used
	 */
	boolean reportedNotLive() {
		String status = this.fields.status;
		return "deleted".equals(status) || "revoked".equals(status) || "expired".equals(status);
	}

	@Override
	public String toString() {
		return Secrets.mask("KeyInfo[token=" + this.fields.token + ", keyName=" + this.fields.keyName
				+ ", keyAlias=" + this.fields.keyAlias + ", key=" + Secrets.maskKey(this.fields.key)
				+ ", teamId=" + this.fields.teamId + ", userId=" + this.fields.userId
				+ ", blocked=" + this.fields.blocked + ", spend=" + this.fields.spend
				+ ", maxBudget=" + this.fields.maxBudget + ", expires=" + this.fields.expires + "]");
	}

	/**
	 * Builds a {@link KeyInfo}. Each method sets the accessor of the same name; {@code null} unsets it.
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	@JsonAutoDetect(fieldVisibility = Visibility.ANY)
	public static final class Builder extends ProxyResponseBuilder<Builder> {

		private @Nullable String token;
		private @Nullable String key;
		private @Nullable String keyName;
		private @Nullable String keyAlias;
		private @Nullable Double spend;
		private @Nullable Double maxBudget;
		private @Nullable List<String> models;
		private @Nullable Map<String, Object> aliases;
		private @Nullable Map<String, Object> config;
		private @Nullable String userId;
		private @Nullable String teamId;
		private @Nullable String agentId;
		private @Nullable String projectId;
		private @Nullable Map<String, Object> permissions;
		private @Nullable Integer maxParallelRequests;
		private @Nullable Map<String, Object> metadata;
		private @Nullable Long tpmLimit;
		private @Nullable Long rpmLimit;
		private @Nullable String budgetDuration;
		private @Nullable List<Object> allowedCacheControls;
		private @Nullable List<Object> allowedRoutes;
		private @Nullable Map<String, Object> modelMaxBudget;
		private @Nullable Boolean blocked;
		private @Nullable Map<String, Object> routerSettings;
		private @Nullable List<String> accessGroupIds;
		private @Nullable List<String> policies;
		private @Nullable OffsetDateTime expires;
		private @Nullable OffsetDateTime budgetResetAt;
		private @Nullable Boolean softBudgetCooldown;
		private @Nullable Map<String, Object> modelSpend;
		private @Nullable String budgetId;
		@JsonAlias("org_id")
		@JsonSetter(nulls = Nulls.SKIP)
		private @Nullable String organizationId;
		private @Nullable String objectPermissionId;
		private @Nullable Map<String, Object> objectPermission;
		private @Nullable Map<String, Object> litellmBudgetTable;
		private @Nullable Map<String, Object> litellmOrganizationTable;
		private @Nullable Map<String, Object> litellmProjectTable;
		private @Nullable Object jwtKeyMappings;
		private @Nullable OffsetDateTime createdAt;
		private @Nullable String createdBy;
		private @Nullable OffsetDateTime updatedAt;
		private @Nullable String updatedBy;
		private @Nullable OffsetDateTime lastActive;
		private @Nullable Integer rotationCount;
		private @Nullable Boolean autoRotate;
		private @Nullable String rotationInterval;
		private @Nullable OffsetDateTime lastRotationAt;
		private @Nullable OffsetDateTime keyRotationAt;
		@JsonDeserialize(using = StoredJson.class)
		private @Nullable List<BudgetLimitEntry> budgetLimits;
		private @Nullable String id;
		private @Nullable OffsetDateTime deletedAt;
		private @Nullable String deletedBy;
		private @Nullable String deletedByApiKey;
		private @Nullable String litellmChangedBy;
		private @Nullable Double teamSpend;
		private @Nullable String teamAlias;
		private @Nullable Long teamTpmLimit;
		private @Nullable Long teamRpmLimit;
		private @Nullable Double teamMaxBudget;
		private @Nullable Double teamSoftBudget;
		private @Nullable List<String> teamModels;
		private @Nullable Boolean teamBlocked;
		private @Nullable Double softBudget;
		private @Nullable Map<String, Object> teamModelAliases;
		private @Nullable Map<String, Object> teamMember;
		private @Nullable Map<String, Object> teamMetadata;
		private @Nullable String teamObjectPermissionId;
		private @Nullable Double teamMemberSpend;
		private @Nullable Long teamMemberTpmLimit;
		private @Nullable Long teamMemberRpmLimit;
		private @Nullable String endUserId;
		private @Nullable Long endUserTpmLimit;
		private @Nullable Long endUserRpmLimit;
		private @Nullable Double endUserMaxBudget;
		private @Nullable Map<String, Object> endUserModelMaxBudget;
		private @Nullable String organizationAlias;
		private @Nullable Double organizationMaxBudget;
		private @Nullable Long organizationTpmLimit;
		private @Nullable Long organizationRpmLimit;
		private @Nullable Map<String, Object> organizationMetadata;
		private @Nullable String projectAlias;
		private @Nullable Map<String, Object> projectMetadata;
		private @Nullable Double lastRefreshedAt;
		private @Nullable String apiKey;
		private @Nullable String userRole;
		private @Nullable String allowedModelRegion;
		private @Nullable Object parentOtelSpan;
		private @Nullable Map<String, Object> rpmLimitPerModel;
		private @Nullable Map<String, Object> tpmLimitPerModel;
		private @Nullable Long userTpmLimit;
		private @Nullable Long userRpmLimit;
		private @Nullable String userEmail;
		private @Nullable Double userSpend;
		private @Nullable Double userMaxBudget;
		private @Nullable String requestRoute;
		private @Nullable Map<String, Object> user;
		private @Nullable Map<String, Object> createdByUser;
		private @Nullable Map<String, Object> endUserObjectPermission;
		private @Nullable Map<String, Object> jwtClaims;
		private @Nullable String status;
		private @Nullable String keyType;
		private @Nullable Long tpdLimit;
		@JsonDeserialize(using = StoredJson.class)
		private @Nullable Map<String, List<String>> budgetFallbacks;
		private @Nullable OffsetDateTime settingsUpdatedAt;
		private @Nullable Map<String, Map<String, Object>> modelMaxBudgetUsage;
		private @Nullable Map<String, Map<String, Object>> budgetLimitsUsage;
		private @Nullable Long teamTpdLimit;
		private @Nullable Map<String, Object> teamModelMaxBudget;
		private @Nullable Long endUserTpdLimit;
		private @Nullable Map<String, Object> userModelMaxBudget;
		private @Nullable Boolean isSessionToken;
		private @Nullable Map<String, Object> teamObjectPermission;

		private Builder() {
		}

		/** Set {@link KeyInfo#token()}; returns this builder. */
		public Builder token(@Nullable String token) { this.token = token; return this; }
		/** Set {@link KeyInfo#key()}; returns this builder. */
		public Builder key(@Nullable String key) { this.key = key; return this; }
		/** Set {@link KeyInfo#keyName()}; returns this builder. */
		public Builder keyName(@Nullable String keyName) { this.keyName = keyName; return this; }
		/** Set {@link KeyInfo#keyAlias()}; returns this builder. */
		public Builder keyAlias(@Nullable String keyAlias) { this.keyAlias = keyAlias; return this; }
		/** Set {@link KeyInfo#spend()}; returns this builder. */
		public Builder spend(@Nullable Double spend) { this.spend = spend; return this; }
		/** Set {@link KeyInfo#maxBudget()}; returns this builder. */
		public Builder maxBudget(@Nullable Double maxBudget) { this.maxBudget = maxBudget; return this; }
		/** Set {@link KeyInfo#models()}; returns this builder. */
		public Builder models(@Nullable List<String> models) { this.models = models; return this; }
		/** Set {@link KeyInfo#aliases()}; returns this builder. */
		public Builder aliases(@Nullable Map<String, Object> aliases) { this.aliases = aliases; return this; }
		/** Set {@link KeyInfo#config()}; returns this builder. */
		public Builder config(@Nullable Map<String, Object> config) { this.config = config; return this; }
		/** Set {@link KeyInfo#userId()}; returns this builder. */
		public Builder userId(@Nullable String userId) { this.userId = userId; return this; }
		/** Set {@link KeyInfo#teamId()}; returns this builder. */
		public Builder teamId(@Nullable String teamId) { this.teamId = teamId; return this; }
		/** Set {@link KeyInfo#agentId()}; returns this builder. */
		public Builder agentId(@Nullable String agentId) { this.agentId = agentId; return this; }
		/** Set {@link KeyInfo#projectId()}; returns this builder. */
		public Builder projectId(@Nullable String projectId) { this.projectId = projectId; return this; }
		/** Set {@link KeyInfo#permissions()}; returns this builder. */
		public Builder permissions(@Nullable Map<String, Object> permissions) { this.permissions = permissions; return this; }
		/** Set {@link KeyInfo#maxParallelRequests()}; returns this builder. */
		public Builder maxParallelRequests(@Nullable Integer maxParallelRequests) { this.maxParallelRequests = maxParallelRequests; return this; }
		/** Set {@link KeyInfo#metadata()}; returns this builder. */
		public Builder metadata(@Nullable Map<String, Object> metadata) { this.metadata = metadata; return this; }
		/** Set {@link KeyInfo#tpmLimit()}; returns this builder. */
		public Builder tpmLimit(@Nullable Long tpmLimit) { this.tpmLimit = tpmLimit; return this; }
		/** Set {@link KeyInfo#rpmLimit()}; returns this builder. */
		public Builder rpmLimit(@Nullable Long rpmLimit) { this.rpmLimit = rpmLimit; return this; }
		/** Set {@link KeyInfo#budgetDuration()}; returns this builder. */
		public Builder budgetDuration(@Nullable String budgetDuration) { this.budgetDuration = budgetDuration; return this; }
		/** Set {@link KeyInfo#allowedCacheControls()}; returns this builder. */
		public Builder allowedCacheControls(@Nullable List<Object> allowedCacheControls) { this.allowedCacheControls = allowedCacheControls; return this; }
		/** Set {@link KeyInfo#allowedRoutes()}; returns this builder. */
		public Builder allowedRoutes(@Nullable List<Object> allowedRoutes) { this.allowedRoutes = allowedRoutes; return this; }
		/** Set {@link KeyInfo#modelMaxBudget()}; returns this builder. */
		public Builder modelMaxBudget(@Nullable Map<String, Object> modelMaxBudget) { this.modelMaxBudget = modelMaxBudget; return this; }
		/** Set {@link KeyInfo#blocked()}; returns this builder. */
		public Builder blocked(@Nullable Boolean blocked) { this.blocked = blocked; return this; }
		/** Set {@link KeyInfo#routerSettings()}; returns this builder. */
		public Builder routerSettings(@Nullable Map<String, Object> routerSettings) { this.routerSettings = routerSettings; return this; }
		/** Set {@link KeyInfo#accessGroupIds()}; returns this builder. */
		public Builder accessGroupIds(@Nullable List<String> accessGroupIds) { this.accessGroupIds = accessGroupIds; return this; }
		/** Set {@link KeyInfo#policies()}; returns this builder. */
		public Builder policies(@Nullable List<String> policies) { this.policies = policies; return this; }
		/** Set {@link KeyInfo#expires()}; returns this builder. */
		public Builder expires(@Nullable OffsetDateTime expires) { this.expires = expires; return this; }
		/** Set {@link KeyInfo#budgetResetAt()}; returns this builder. */
		public Builder budgetResetAt(@Nullable OffsetDateTime budgetResetAt) { this.budgetResetAt = budgetResetAt; return this; }
		/** Set {@link KeyInfo#softBudgetCooldown()}; returns this builder. */
		public Builder softBudgetCooldown(@Nullable Boolean softBudgetCooldown) { this.softBudgetCooldown = softBudgetCooldown; return this; }
		/** Set {@link KeyInfo#modelSpend()}; returns this builder. */
		public Builder modelSpend(@Nullable Map<String, Object> modelSpend) { this.modelSpend = modelSpend; return this; }
		/** Set {@link KeyInfo#budgetId()}; returns this builder. */
		public Builder budgetId(@Nullable String budgetId) { this.budgetId = budgetId; return this; }
		/** Set {@link KeyInfo#organizationId()}; returns this builder. */
		public Builder organizationId(@Nullable String organizationId) { this.organizationId = organizationId; return this; }
		/** Set {@link KeyInfo#objectPermissionId()}; returns this builder. */
		public Builder objectPermissionId(@Nullable String objectPermissionId) { this.objectPermissionId = objectPermissionId; return this; }
		/** Set {@link KeyInfo#objectPermission()}; returns this builder. */
		public Builder objectPermission(@Nullable Map<String, Object> objectPermission) { this.objectPermission = objectPermission; return this; }
		/** Set {@link KeyInfo#litellmBudgetTable()}; returns this builder. */
		public Builder litellmBudgetTable(@Nullable Map<String, Object> litellmBudgetTable) { this.litellmBudgetTable = litellmBudgetTable; return this; }
		/** Set {@link KeyInfo#litellmOrganizationTable()}; returns this builder. */
		public Builder litellmOrganizationTable(@Nullable Map<String, Object> litellmOrganizationTable) { this.litellmOrganizationTable = litellmOrganizationTable; return this; }
		/** Set {@link KeyInfo#litellmProjectTable()}; returns this builder. */
		public Builder litellmProjectTable(@Nullable Map<String, Object> litellmProjectTable) { this.litellmProjectTable = litellmProjectTable; return this; }
		/** Set {@link KeyInfo#jwtKeyMappings()}; returns this builder. */
		public Builder jwtKeyMappings(@Nullable Object jwtKeyMappings) { this.jwtKeyMappings = jwtKeyMappings; return this; }
		/** Set {@link KeyInfo#createdAt()}; returns this builder. */
		public Builder createdAt(@Nullable OffsetDateTime createdAt) { this.createdAt = createdAt; return this; }
		/** Set {@link KeyInfo#createdBy()}; returns this builder. */
		public Builder createdBy(@Nullable String createdBy) { this.createdBy = createdBy; return this; }
		/** Set {@link KeyInfo#updatedAt()}; returns this builder. */
		public Builder updatedAt(@Nullable OffsetDateTime updatedAt) { this.updatedAt = updatedAt; return this; }
		/** Set {@link KeyInfo#updatedBy()}; returns this builder. */
		public Builder updatedBy(@Nullable String updatedBy) { this.updatedBy = updatedBy; return this; }
		/** Set {@link KeyInfo#lastActive()}; returns this builder. */
		public Builder lastActive(@Nullable OffsetDateTime lastActive) { this.lastActive = lastActive; return this; }
		/** Set {@link KeyInfo#rotationCount()}; returns this builder. */
		public Builder rotationCount(@Nullable Integer rotationCount) { this.rotationCount = rotationCount; return this; }
		/** Set {@link KeyInfo#autoRotate()}; returns this builder. */
		public Builder autoRotate(@Nullable Boolean autoRotate) { this.autoRotate = autoRotate; return this; }
		/** Set {@link KeyInfo#rotationInterval()}; returns this builder. */
		public Builder rotationInterval(@Nullable String rotationInterval) { this.rotationInterval = rotationInterval; return this; }
		/** Set {@link KeyInfo#lastRotationAt()}; returns this builder. */
		public Builder lastRotationAt(@Nullable OffsetDateTime lastRotationAt) { this.lastRotationAt = lastRotationAt; return this; }
		/** Set {@link KeyInfo#keyRotationAt()}; returns this builder. */
		public Builder keyRotationAt(@Nullable OffsetDateTime keyRotationAt) { this.keyRotationAt = keyRotationAt; return this; }
		/** Set {@link KeyInfo#budgetLimits()}; returns this builder. */
		public Builder budgetLimits(@Nullable List<BudgetLimitEntry> budgetLimits) { this.budgetLimits = budgetLimits; return this; }
		/** Set {@link KeyInfo#id()}; returns this builder. */
		public Builder id(@Nullable String id) { this.id = id; return this; }
		/** Set {@link KeyInfo#deletedAt()}; returns this builder. */
		public Builder deletedAt(@Nullable OffsetDateTime deletedAt) { this.deletedAt = deletedAt; return this; }
		/** Set {@link KeyInfo#deletedBy()}; returns this builder. */
		public Builder deletedBy(@Nullable String deletedBy) { this.deletedBy = deletedBy; return this; }
		/** Set {@link KeyInfo#deletedByApiKey()}; returns this builder. */
		public Builder deletedByApiKey(@Nullable String deletedByApiKey) { this.deletedByApiKey = deletedByApiKey; return this; }
		/** Set {@link KeyInfo#litellmChangedBy()}; returns this builder. */
		public Builder litellmChangedBy(@Nullable String litellmChangedBy) { this.litellmChangedBy = litellmChangedBy; return this; }
		/** Set {@link KeyInfo#teamSpend()}; returns this builder. */
		public Builder teamSpend(@Nullable Double teamSpend) { this.teamSpend = teamSpend; return this; }
		/** Set {@link KeyInfo#teamAlias()}; returns this builder. */
		public Builder teamAlias(@Nullable String teamAlias) { this.teamAlias = teamAlias; return this; }
		/** Set {@link KeyInfo#teamTpmLimit()}; returns this builder. */
		public Builder teamTpmLimit(@Nullable Long teamTpmLimit) { this.teamTpmLimit = teamTpmLimit; return this; }
		/** Set {@link KeyInfo#teamRpmLimit()}; returns this builder. */
		public Builder teamRpmLimit(@Nullable Long teamRpmLimit) { this.teamRpmLimit = teamRpmLimit; return this; }
		/** Set {@link KeyInfo#teamMaxBudget()}; returns this builder. */
		public Builder teamMaxBudget(@Nullable Double teamMaxBudget) { this.teamMaxBudget = teamMaxBudget; return this; }
		/** Set {@link KeyInfo#teamSoftBudget()}; returns this builder. */
		public Builder teamSoftBudget(@Nullable Double teamSoftBudget) { this.teamSoftBudget = teamSoftBudget; return this; }
		/** Set {@link KeyInfo#teamModels()}; returns this builder. */
		public Builder teamModels(@Nullable List<String> teamModels) { this.teamModels = teamModels; return this; }
		/** Set {@link KeyInfo#teamBlocked()}; returns this builder. */
		public Builder teamBlocked(@Nullable Boolean teamBlocked) { this.teamBlocked = teamBlocked; return this; }
		/** Set {@link KeyInfo#softBudget()}; returns this builder. */
		public Builder softBudget(@Nullable Double softBudget) { this.softBudget = softBudget; return this; }
		/** Set {@link KeyInfo#teamModelAliases()}; returns this builder. */
		public Builder teamModelAliases(@Nullable Map<String, Object> teamModelAliases) { this.teamModelAliases = teamModelAliases; return this; }
		/** Set {@link KeyInfo#teamMember()}; returns this builder. */
		public Builder teamMember(@Nullable Map<String, Object> teamMember) { this.teamMember = teamMember; return this; }
		/** Set {@link KeyInfo#teamMetadata()}; returns this builder. */
		public Builder teamMetadata(@Nullable Map<String, Object> teamMetadata) { this.teamMetadata = teamMetadata; return this; }
		/** Set {@link KeyInfo#teamObjectPermissionId()}; returns this builder. */
		public Builder teamObjectPermissionId(@Nullable String teamObjectPermissionId) { this.teamObjectPermissionId = teamObjectPermissionId; return this; }
		/** Set {@link KeyInfo#teamMemberSpend()}; returns this builder. */
		public Builder teamMemberSpend(@Nullable Double teamMemberSpend) { this.teamMemberSpend = teamMemberSpend; return this; }
		/** Set {@link KeyInfo#teamMemberTpmLimit()}; returns this builder. */
		public Builder teamMemberTpmLimit(@Nullable Long teamMemberTpmLimit) { this.teamMemberTpmLimit = teamMemberTpmLimit; return this; }
		/** Set {@link KeyInfo#teamMemberRpmLimit()}; returns this builder. */
		public Builder teamMemberRpmLimit(@Nullable Long teamMemberRpmLimit) { this.teamMemberRpmLimit = teamMemberRpmLimit; return this; }
		/** Set {@link KeyInfo#endUserId()}; returns this builder. */
		public Builder endUserId(@Nullable String endUserId) { this.endUserId = endUserId; return this; }
		/** Set {@link KeyInfo#endUserTpmLimit()}; returns this builder. */
		public Builder endUserTpmLimit(@Nullable Long endUserTpmLimit) { this.endUserTpmLimit = endUserTpmLimit; return this; }
		/** Set {@link KeyInfo#endUserRpmLimit()}; returns this builder. */
		public Builder endUserRpmLimit(@Nullable Long endUserRpmLimit) { this.endUserRpmLimit = endUserRpmLimit; return this; }
		/** Set {@link KeyInfo#endUserMaxBudget()}; returns this builder. */
		public Builder endUserMaxBudget(@Nullable Double endUserMaxBudget) { this.endUserMaxBudget = endUserMaxBudget; return this; }
		/** Set {@link KeyInfo#endUserModelMaxBudget()}; returns this builder. */
		public Builder endUserModelMaxBudget(@Nullable Map<String, Object> endUserModelMaxBudget) { this.endUserModelMaxBudget = endUserModelMaxBudget; return this; }
		/** Set {@link KeyInfo#organizationAlias()}; returns this builder. */
		public Builder organizationAlias(@Nullable String organizationAlias) { this.organizationAlias = organizationAlias; return this; }
		/** Set {@link KeyInfo#organizationMaxBudget()}; returns this builder. */
		public Builder organizationMaxBudget(@Nullable Double organizationMaxBudget) { this.organizationMaxBudget = organizationMaxBudget; return this; }
		/** Set {@link KeyInfo#organizationTpmLimit()}; returns this builder. */
		public Builder organizationTpmLimit(@Nullable Long organizationTpmLimit) { this.organizationTpmLimit = organizationTpmLimit; return this; }
		/** Set {@link KeyInfo#organizationRpmLimit()}; returns this builder. */
		public Builder organizationRpmLimit(@Nullable Long organizationRpmLimit) { this.organizationRpmLimit = organizationRpmLimit; return this; }
		/** Set {@link KeyInfo#organizationMetadata()}; returns this builder. */
		public Builder organizationMetadata(@Nullable Map<String, Object> organizationMetadata) { this.organizationMetadata = organizationMetadata; return this; }
		/** Set {@link KeyInfo#projectAlias()}; returns this builder. */
		public Builder projectAlias(@Nullable String projectAlias) { this.projectAlias = projectAlias; return this; }
		/** Set {@link KeyInfo#projectMetadata()}; returns this builder. */
		public Builder projectMetadata(@Nullable Map<String, Object> projectMetadata) { this.projectMetadata = projectMetadata; return this; }
		/** Set {@link KeyInfo#lastRefreshedAt()}; returns this builder. */
		public Builder lastRefreshedAt(@Nullable Double lastRefreshedAt) { this.lastRefreshedAt = lastRefreshedAt; return this; }
		/** Set {@link KeyInfo#apiKey()}; returns this builder. */
		public Builder apiKey(@Nullable String apiKey) { this.apiKey = apiKey; return this; }
		/** Set {@link KeyInfo#userRole()}; returns this builder. */
		public Builder userRole(@Nullable String userRole) { this.userRole = userRole; return this; }
		/** Set {@link KeyInfo#allowedModelRegion()}; returns this builder. */
		public Builder allowedModelRegion(@Nullable String allowedModelRegion) { this.allowedModelRegion = allowedModelRegion; return this; }
		/** Set {@link KeyInfo#parentOtelSpan()}; returns this builder. */
		public Builder parentOtelSpan(@Nullable Object parentOtelSpan) { this.parentOtelSpan = parentOtelSpan; return this; }
		/** Set {@link KeyInfo#rpmLimitPerModel()}; returns this builder. */
		public Builder rpmLimitPerModel(@Nullable Map<String, Object> rpmLimitPerModel) { this.rpmLimitPerModel = rpmLimitPerModel; return this; }
		/** Set {@link KeyInfo#tpmLimitPerModel()}; returns this builder. */
		public Builder tpmLimitPerModel(@Nullable Map<String, Object> tpmLimitPerModel) { this.tpmLimitPerModel = tpmLimitPerModel; return this; }
		/** Set {@link KeyInfo#userTpmLimit()}; returns this builder. */
		public Builder userTpmLimit(@Nullable Long userTpmLimit) { this.userTpmLimit = userTpmLimit; return this; }
		/** Set {@link KeyInfo#userRpmLimit()}; returns this builder. */
		public Builder userRpmLimit(@Nullable Long userRpmLimit) { this.userRpmLimit = userRpmLimit; return this; }
		/** Set {@link KeyInfo#userEmail()}; returns this builder. */
		public Builder userEmail(@Nullable String userEmail) { this.userEmail = userEmail; return this; }
		/** Set {@link KeyInfo#userSpend()}; returns this builder. */
		public Builder userSpend(@Nullable Double userSpend) { this.userSpend = userSpend; return this; }
		/** Set {@link KeyInfo#userMaxBudget()}; returns this builder. */
		public Builder userMaxBudget(@Nullable Double userMaxBudget) { this.userMaxBudget = userMaxBudget; return this; }
		/** Set {@link KeyInfo#requestRoute()}; returns this builder. */
		public Builder requestRoute(@Nullable String requestRoute) { this.requestRoute = requestRoute; return this; }
		/** Set {@link KeyInfo#user()}; returns this builder. */
		public Builder user(@Nullable Map<String, Object> user) { this.user = user; return this; }
		/** Set {@link KeyInfo#createdByUser()}; returns this builder. */
		public Builder createdByUser(@Nullable Map<String, Object> createdByUser) { this.createdByUser = createdByUser; return this; }
		/** Set {@link KeyInfo#endUserObjectPermission()}; returns this builder. */
		public Builder endUserObjectPermission(@Nullable Map<String, Object> endUserObjectPermission) { this.endUserObjectPermission = endUserObjectPermission; return this; }
		/** Set {@link KeyInfo#jwtClaims()}; returns this builder. */
		public Builder jwtClaims(@Nullable Map<String, Object> jwtClaims) { this.jwtClaims = jwtClaims; return this; }
		/** Set {@link KeyInfo#status()}; returns this builder. */
		public Builder status(@Nullable String status) { this.status = status; return this; }
		/** Set {@link KeyInfo#keyType()}; returns this builder. */
		public Builder keyType(@Nullable String keyType) { this.keyType = keyType; return this; }
		/** Set {@link KeyInfo#tpdLimit()}; returns this builder. */
		public Builder tpdLimit(@Nullable Long tpdLimit) { this.tpdLimit = tpdLimit; return this; }
		/** Set {@link KeyInfo#budgetFallbacks()}; returns this builder. */
		public Builder budgetFallbacks(@Nullable Map<String, List<String>> budgetFallbacks) { this.budgetFallbacks = budgetFallbacks; return this; }
		/** Set {@link KeyInfo#settingsUpdatedAt()}; returns this builder. */
		public Builder settingsUpdatedAt(@Nullable OffsetDateTime settingsUpdatedAt) { this.settingsUpdatedAt = settingsUpdatedAt; return this; }
		/** Set {@link KeyInfo#modelMaxBudgetUsage()}; returns this builder. */
		public Builder modelMaxBudgetUsage(@Nullable Map<String, Map<String, Object>> modelMaxBudgetUsage) { this.modelMaxBudgetUsage = modelMaxBudgetUsage; return this; }
		/** Set {@link KeyInfo#budgetLimitsUsage()}; returns this builder. */
		public Builder budgetLimitsUsage(@Nullable Map<String, Map<String, Object>> budgetLimitsUsage) { this.budgetLimitsUsage = budgetLimitsUsage; return this; }
		/** Set {@link KeyInfo#teamTpdLimit()}; returns this builder. */
		public Builder teamTpdLimit(@Nullable Long teamTpdLimit) { this.teamTpdLimit = teamTpdLimit; return this; }
		/** Set {@link KeyInfo#teamModelMaxBudget()}; returns this builder. */
		public Builder teamModelMaxBudget(@Nullable Map<String, Object> teamModelMaxBudget) { this.teamModelMaxBudget = teamModelMaxBudget; return this; }
		/** Set {@link KeyInfo#endUserTpdLimit()}; returns this builder. */
		public Builder endUserTpdLimit(@Nullable Long endUserTpdLimit) { this.endUserTpdLimit = endUserTpdLimit; return this; }
		/** Set {@link KeyInfo#userModelMaxBudget()}; returns this builder. */
		public Builder userModelMaxBudget(@Nullable Map<String, Object> userModelMaxBudget) { this.userModelMaxBudget = userModelMaxBudget; return this; }
		/** Set {@link KeyInfo#isSessionToken()}; returns this builder. */
		public Builder isSessionToken(@Nullable Boolean isSessionToken) { this.isSessionToken = isSessionToken; return this; }
		/** Set {@link KeyInfo#teamObjectPermission()}; returns this builder. */
		public Builder teamObjectPermission(@Nullable Map<String, Object> teamObjectPermission) { this.teamObjectPermission = teamObjectPermission; return this; }

		/**
		 * Build the response.
		 * @return the immutable response
		 */
		public KeyInfo build() {
			return new KeyInfo(copy());
		}

	}

}
