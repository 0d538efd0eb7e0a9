package dev.litellm.spring.keys;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
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
@JsonDeserialize(using = KeyInfo.Deserializer.class)
public final class KeyInfo extends KeySettingsResponse<KeyInfo.Builder> {

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
	/** {@return when the budget resets next (JSON {@code budget_reset_at})} */
	public @Nullable OffsetDateTime budgetResetAt() { return this.fields.budgetResetAt; }
	/** {@return whether soft-budget alerts are cooling down (JSON {@code soft_budget_cooldown})} */
	public @Nullable Boolean softBudgetCooldown() { return this.fields.softBudgetCooldown; }
	/** {@return spend per model (JSON {@code model_spend})} */
	public @Nullable Map<String, Object> modelSpend() { return this.fields.modelSpend; }
	/** {@return the organization the key belongs to; also read from {@code org_id}, the name block and list responses use (JSON {@code organization_id})} */
	public @Nullable String organizationId() { return this.fields.organizationId; }
	/** {@return the id of the object permissions (JSON {@code object_permission_id})} */
	public @Nullable String objectPermissionId() { return this.fields.objectPermissionId; }
	/** {@return the attached budget row (JSON {@code litellm_budget_table})} */
	public @Nullable Map<String, Object> litellmBudgetTable() { return this.fields.litellmBudgetTable; }
	/** {@return the organization row (raw rows only) (JSON {@code litellm_organization_table})} */
	public @Nullable Map<String, Object> litellmOrganizationTable() { return this.fields.litellmOrganizationTable; }
	/** {@return the project row (raw rows only) (JSON {@code litellm_project_table})} */
	public @Nullable Map<String, Object> litellmProjectTable() { return this.fields.litellmProjectTable; }
	/** {@return JWT key mappings (raw rows only) (JSON {@code jwt_key_mappings})} */
	public @Nullable Object jwtKeyMappings() { return this.fields.jwtKeyMappings; }
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
	public static final class Builder extends KeyInfoFields {

		private Builder() {
		}

		/**
		 * Build the response.
		 * @return the immutable response
		 */
		public KeyInfo build() {
			return new KeyInfo(copy());
		}

	}

	/** Reads the response by field name. */
	static final class Deserializer extends ResponseDeserializer<Builder, KeyInfo> {

		Deserializer() {
			super(KeyInfo.class, Builder::new, KeyInfo::new);
		}

	}

}
