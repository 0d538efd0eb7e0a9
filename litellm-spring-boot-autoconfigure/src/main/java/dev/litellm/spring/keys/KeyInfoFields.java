package dev.litellm.spring.keys;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The fields of {@link KeyInfo} beyond the settings it shares with a new key ({@link KeySettingsBuilder}): the
 * key's identity, its rotation and deletion, and what {@code /key/list} objects add about the key's team, user,
 * end user, organization and project, read into these fields by name ({@link #readOwnField});
 * {@link KeyInfo.Builder} sets them through the methods of the same names.
 */
abstract class KeyInfoFields extends KeySettingsBuilder<KeyInfo.Builder> {

	@Nullable String token;
	@Nullable String key;
	@Nullable OffsetDateTime budgetResetAt;
	@Nullable Boolean softBudgetCooldown;
	@Nullable Map<String, Object> modelSpend;
	@Nullable String organizationId;
	@Nullable String objectPermissionId;
	@Nullable Map<String, Object> litellmBudgetTable;
	@Nullable Map<String, Object> litellmOrganizationTable;
	@Nullable Map<String, Object> litellmProjectTable;
	@Nullable Object jwtKeyMappings;
	@Nullable OffsetDateTime lastActive;
	@Nullable Integer rotationCount;
	@Nullable Boolean autoRotate;
	@Nullable String rotationInterval;
	@Nullable OffsetDateTime lastRotationAt;
	@Nullable OffsetDateTime keyRotationAt;
	@Nullable String id;
	@Nullable OffsetDateTime deletedAt;
	@Nullable String deletedBy;
	@Nullable String deletedByApiKey;
	@Nullable String litellmChangedBy;
	@Nullable Double teamSpend;
	@Nullable String teamAlias;
	@Nullable Long teamTpmLimit;
	@Nullable Long teamRpmLimit;
	@Nullable Double teamMaxBudget;
	@Nullable Double teamSoftBudget;
	@Nullable List<String> teamModels;
	@Nullable Boolean teamBlocked;
	@Nullable Double softBudget;
	@Nullable Map<String, Object> teamModelAliases;
	@Nullable Map<String, Object> teamMember;
	@Nullable Map<String, Object> teamMetadata;
	@Nullable String teamObjectPermissionId;
	@Nullable Double teamMemberSpend;
	@Nullable Long teamMemberTpmLimit;
	@Nullable Long teamMemberRpmLimit;
	@Nullable String endUserId;
	@Nullable Long endUserTpmLimit;
	@Nullable Long endUserRpmLimit;
	@Nullable Double endUserMaxBudget;
	@Nullable Map<String, Object> endUserModelMaxBudget;
	@Nullable String organizationAlias;
	@Nullable Double organizationMaxBudget;
	@Nullable Long organizationTpmLimit;
	@Nullable Long organizationRpmLimit;
	@Nullable Map<String, Object> organizationMetadata;
	@Nullable String projectAlias;
	@Nullable Map<String, Object> projectMetadata;
	@Nullable Double lastRefreshedAt;
	@Nullable String apiKey;
	@Nullable String userRole;
	@Nullable String allowedModelRegion;
	@Nullable Object parentOtelSpan;
	@Nullable Map<String, Object> rpmLimitPerModel;
	@Nullable Map<String, Object> tpmLimitPerModel;
	@Nullable Long userTpmLimit;
	@Nullable Long userRpmLimit;
	@Nullable String userEmail;
	@Nullable Double userSpend;
	@Nullable Double userMaxBudget;
	@Nullable String requestRoute;
	@Nullable Map<String, Object> user;
	@Nullable Map<String, Object> createdByUser;
	@Nullable Map<String, Object> endUserObjectPermission;
	@Nullable Map<String, Object> jwtClaims;
	@Nullable String status;
	@Nullable Map<String, Map<String, Object>> modelMaxBudgetUsage;
	@Nullable Map<String, Map<String, Object>> budgetLimitsUsage;
	@Nullable Long teamTpdLimit;
	@Nullable Map<String, Object> teamModelMaxBudget;
	@Nullable Long endUserTpdLimit;
	@Nullable Map<String, Object> userModelMaxBudget;
	@Nullable Boolean isSessionToken;
	@Nullable Map<String, Object> teamObjectPermission;

	@Override
	boolean readOwnField(PropertyName name, FieldReader in) {
		switch (name) {
			case TOKEN -> this.token = in.string();
			case KEY -> this.key = in.string();
			case BUDGET_RESET_AT -> this.budgetResetAt = in.dateTime();
			case SOFT_BUDGET_COOLDOWN -> this.softBudgetCooldown = in.bool();
			case MODEL_SPEND -> this.modelSpend = in.map();
			case ORGANIZATION_ID, ORG_ID -> {
				// Block and list responses name it org_id; a null under either name keeps the other's value.
				String organizationId = in.string();
				if (organizationId != null) {
					this.organizationId = organizationId;
				}
			}
			case OBJECT_PERMISSION_ID -> this.objectPermissionId = in.string();
			case LITELLM_BUDGET_TABLE -> this.litellmBudgetTable = in.map();
			case LITELLM_ORGANIZATION_TABLE -> this.litellmOrganizationTable = in.map();
			case LITELLM_PROJECT_TABLE -> this.litellmProjectTable = in.map();
			case JWT_KEY_MAPPINGS -> this.jwtKeyMappings = in.any();
			case LAST_ACTIVE -> this.lastActive = in.dateTime();
			case ROTATION_COUNT -> this.rotationCount = in.integer();
			case AUTO_ROTATE -> this.autoRotate = in.bool();
			case ROTATION_INTERVAL -> this.rotationInterval = in.string();
			case LAST_ROTATION_AT -> this.lastRotationAt = in.dateTime();
			case KEY_ROTATION_AT -> this.keyRotationAt = in.dateTime();
			case ID -> this.id = in.string();
			case DELETED_AT -> this.deletedAt = in.dateTime();
			case DELETED_BY -> this.deletedBy = in.string();
			case DELETED_BY_API_KEY -> this.deletedByApiKey = in.string();
			case LITELLM_CHANGED_BY -> this.litellmChangedBy = in.string();
			case TEAM_SPEND -> this.teamSpend = in.decimal();
			case TEAM_ALIAS -> this.teamAlias = in.string();
			case TEAM_TPM_LIMIT -> this.teamTpmLimit = in.whole();
			case TEAM_RPM_LIMIT -> this.teamRpmLimit = in.whole();
			case TEAM_MAX_BUDGET -> this.teamMaxBudget = in.decimal();
			case TEAM_SOFT_BUDGET -> this.teamSoftBudget = in.decimal();
			case TEAM_MODELS -> this.teamModels = in.strings();
			case TEAM_BLOCKED -> this.teamBlocked = in.bool();
			case SOFT_BUDGET -> this.softBudget = in.decimal();
			case TEAM_MODEL_ALIASES -> this.teamModelAliases = in.map();
			case TEAM_MEMBER -> this.teamMember = in.map();
			case TEAM_METADATA -> this.teamMetadata = in.map();
			case TEAM_OBJECT_PERMISSION_ID -> this.teamObjectPermissionId = in.string();
			case TEAM_MEMBER_SPEND -> this.teamMemberSpend = in.decimal();
			case TEAM_MEMBER_TPM_LIMIT -> this.teamMemberTpmLimit = in.whole();
			case TEAM_MEMBER_RPM_LIMIT -> this.teamMemberRpmLimit = in.whole();
			case END_USER_ID -> this.endUserId = in.string();
			case END_USER_TPM_LIMIT -> this.endUserTpmLimit = in.whole();
			case END_USER_RPM_LIMIT -> this.endUserRpmLimit = in.whole();
			case END_USER_MAX_BUDGET -> this.endUserMaxBudget = in.decimal();
			case END_USER_MODEL_MAX_BUDGET -> this.endUserModelMaxBudget = in.map();
			case ORGANIZATION_ALIAS -> this.organizationAlias = in.string();
			case ORGANIZATION_MAX_BUDGET -> this.organizationMaxBudget = in.decimal();
			case ORGANIZATION_TPM_LIMIT -> this.organizationTpmLimit = in.whole();
			case ORGANIZATION_RPM_LIMIT -> this.organizationRpmLimit = in.whole();
			case ORGANIZATION_METADATA -> this.organizationMetadata = in.map();
			case PROJECT_ALIAS -> this.projectAlias = in.string();
			case PROJECT_METADATA -> this.projectMetadata = in.map();
			case LAST_REFRESHED_AT -> this.lastRefreshedAt = in.decimal();
			case API_KEY -> this.apiKey = in.string();
			case USER_ROLE -> this.userRole = in.string();
			case ALLOWED_MODEL_REGION -> this.allowedModelRegion = in.string();
			case PARENT_OTEL_SPAN -> this.parentOtelSpan = in.any();
			case RPM_LIMIT_PER_MODEL -> this.rpmLimitPerModel = in.map();
			case TPM_LIMIT_PER_MODEL -> this.tpmLimitPerModel = in.map();
			case USER_TPM_LIMIT -> this.userTpmLimit = in.whole();
			case USER_RPM_LIMIT -> this.userRpmLimit = in.whole();
			case USER_EMAIL -> this.userEmail = in.string();
			case USER_SPEND -> this.userSpend = in.decimal();
			case USER_MAX_BUDGET -> this.userMaxBudget = in.decimal();
			case REQUEST_ROUTE -> this.requestRoute = in.string();
			case USER -> this.user = in.map();
			case CREATED_BY_USER -> this.createdByUser = in.map();
			case END_USER_OBJECT_PERMISSION -> this.endUserObjectPermission = in.map();
			case JWT_CLAIMS -> this.jwtClaims = in.map();
			case STATUS -> this.status = in.string();
			case MODEL_MAX_BUDGET_USAGE -> this.modelMaxBudgetUsage = in.mapOfMaps();
			case BUDGET_LIMITS_USAGE -> this.budgetLimitsUsage = in.mapOfMaps();
			case TEAM_TPD_LIMIT -> this.teamTpdLimit = in.whole();
			case TEAM_MODEL_MAX_BUDGET -> this.teamModelMaxBudget = in.map();
			case END_USER_TPD_LIMIT -> this.endUserTpdLimit = in.whole();
			case USER_MODEL_MAX_BUDGET -> this.userModelMaxBudget = in.map();
			case IS_SESSION_TOKEN -> this.isSessionToken = in.bool();
			case TEAM_OBJECT_PERMISSION -> this.teamObjectPermission = in.map();
			default -> {
				return false;
			}
		}
		return true;
	}

	/** Set {@link KeyInfo#token()}; returns this builder. */
	public KeyInfo.Builder token(@Nullable String token) { this.token = token; return self(); }
	/** Set {@link KeyInfo#key()}; returns this builder. */
	public KeyInfo.Builder key(@Nullable String key) { this.key = key; return self(); }
	/** Set {@link KeyInfo#budgetResetAt()}; returns this builder. */
	public KeyInfo.Builder budgetResetAt(@Nullable OffsetDateTime budgetResetAt) { this.budgetResetAt = budgetResetAt; return self(); }
	/** Set {@link KeyInfo#softBudgetCooldown()}; returns this builder. */
	public KeyInfo.Builder softBudgetCooldown(@Nullable Boolean softBudgetCooldown) { this.softBudgetCooldown = softBudgetCooldown; return self(); }
	/** Set {@link KeyInfo#modelSpend()}; returns this builder. */
	public KeyInfo.Builder modelSpend(@Nullable Map<String, Object> modelSpend) { this.modelSpend = modelSpend; return self(); }
	/** Set {@link KeyInfo#organizationId()}; returns this builder. */
	public KeyInfo.Builder organizationId(@Nullable String organizationId) { this.organizationId = organizationId; return self(); }
	/** Set {@link KeyInfo#objectPermissionId()}; returns this builder. */
	public KeyInfo.Builder objectPermissionId(@Nullable String objectPermissionId) { this.objectPermissionId = objectPermissionId; return self(); }
	/** Set {@link KeyInfo#litellmBudgetTable()}; returns this builder. */
	public KeyInfo.Builder litellmBudgetTable(@Nullable Map<String, Object> litellmBudgetTable) { this.litellmBudgetTable = litellmBudgetTable; return self(); }
	/** Set {@link KeyInfo#litellmOrganizationTable()}; returns this builder. */
	public KeyInfo.Builder litellmOrganizationTable(@Nullable Map<String, Object> litellmOrganizationTable) { this.litellmOrganizationTable = litellmOrganizationTable; return self(); }
	/** Set {@link KeyInfo#litellmProjectTable()}; returns this builder. */
	public KeyInfo.Builder litellmProjectTable(@Nullable Map<String, Object> litellmProjectTable) { this.litellmProjectTable = litellmProjectTable; return self(); }
	/** Set {@link KeyInfo#jwtKeyMappings()}; returns this builder. */
	public KeyInfo.Builder jwtKeyMappings(@Nullable Object jwtKeyMappings) { this.jwtKeyMappings = jwtKeyMappings; return self(); }
	/** Set {@link KeyInfo#lastActive()}; returns this builder. */
	public KeyInfo.Builder lastActive(@Nullable OffsetDateTime lastActive) { this.lastActive = lastActive; return self(); }
	/** Set {@link KeyInfo#rotationCount()}; returns this builder. */
	public KeyInfo.Builder rotationCount(@Nullable Integer rotationCount) { this.rotationCount = rotationCount; return self(); }
	/** Set {@link KeyInfo#autoRotate()}; returns this builder. */
	public KeyInfo.Builder autoRotate(@Nullable Boolean autoRotate) { this.autoRotate = autoRotate; return self(); }
	/** Set {@link KeyInfo#rotationInterval()}; returns this builder. */
	public KeyInfo.Builder rotationInterval(@Nullable String rotationInterval) { this.rotationInterval = rotationInterval; return self(); }
	/** Set {@link KeyInfo#lastRotationAt()}; returns this builder. */
	public KeyInfo.Builder lastRotationAt(@Nullable OffsetDateTime lastRotationAt) { this.lastRotationAt = lastRotationAt; return self(); }
	/** Set {@link KeyInfo#keyRotationAt()}; returns this builder. */
	public KeyInfo.Builder keyRotationAt(@Nullable OffsetDateTime keyRotationAt) { this.keyRotationAt = keyRotationAt; return self(); }
	/** Set {@link KeyInfo#id()}; returns this builder. */
	public KeyInfo.Builder id(@Nullable String id) { this.id = id; return self(); }
	/** Set {@link KeyInfo#deletedAt()}; returns this builder. */
	public KeyInfo.Builder deletedAt(@Nullable OffsetDateTime deletedAt) { this.deletedAt = deletedAt; return self(); }
	/** Set {@link KeyInfo#deletedBy()}; returns this builder. */
	public KeyInfo.Builder deletedBy(@Nullable String deletedBy) { this.deletedBy = deletedBy; return self(); }
	/** Set {@link KeyInfo#deletedByApiKey()}; returns this builder. */
	public KeyInfo.Builder deletedByApiKey(@Nullable String deletedByApiKey) { this.deletedByApiKey = deletedByApiKey; return self(); }
	/** Set {@link KeyInfo#litellmChangedBy()}; returns this builder. */
	public KeyInfo.Builder litellmChangedBy(@Nullable String litellmChangedBy) { this.litellmChangedBy = litellmChangedBy; return self(); }
	/** Set {@link KeyInfo#teamSpend()}; returns this builder. */
	public KeyInfo.Builder teamSpend(@Nullable Double teamSpend) { this.teamSpend = teamSpend; return self(); }
	/** Set {@link KeyInfo#teamAlias()}; returns this builder. */
	public KeyInfo.Builder teamAlias(@Nullable String teamAlias) { this.teamAlias = teamAlias; return self(); }
	/** Set {@link KeyInfo#teamTpmLimit()}; returns this builder. */
	public KeyInfo.Builder teamTpmLimit(@Nullable Long teamTpmLimit) { this.teamTpmLimit = teamTpmLimit; return self(); }
	/** Set {@link KeyInfo#teamRpmLimit()}; returns this builder. */
	public KeyInfo.Builder teamRpmLimit(@Nullable Long teamRpmLimit) { this.teamRpmLimit = teamRpmLimit; return self(); }
	/** Set {@link KeyInfo#teamMaxBudget()}; returns this builder. */
	public KeyInfo.Builder teamMaxBudget(@Nullable Double teamMaxBudget) { this.teamMaxBudget = teamMaxBudget; return self(); }
	/** Set {@link KeyInfo#teamSoftBudget()}; returns this builder. */
	public KeyInfo.Builder teamSoftBudget(@Nullable Double teamSoftBudget) { this.teamSoftBudget = teamSoftBudget; return self(); }
	/** Set {@link KeyInfo#teamModels()}; returns this builder. */
	public KeyInfo.Builder teamModels(@Nullable List<String> teamModels) { this.teamModels = teamModels; return self(); }
	/** Set {@link KeyInfo#teamBlocked()}; returns this builder. */
	public KeyInfo.Builder teamBlocked(@Nullable Boolean teamBlocked) { this.teamBlocked = teamBlocked; return self(); }
	/** Set {@link KeyInfo#softBudget()}; returns this builder. */
	public KeyInfo.Builder softBudget(@Nullable Double softBudget) { this.softBudget = softBudget; return self(); }
	/** Set {@link KeyInfo#teamModelAliases()}; returns this builder. */
	public KeyInfo.Builder teamModelAliases(@Nullable Map<String, Object> teamModelAliases) { this.teamModelAliases = teamModelAliases; return self(); }
	/** Set {@link KeyInfo#teamMember()}; returns this builder. */
	public KeyInfo.Builder teamMember(@Nullable Map<String, Object> teamMember) { this.teamMember = teamMember; return self(); }
	/** Set {@link KeyInfo#teamMetadata()}; returns this builder. */
	public KeyInfo.Builder teamMetadata(@Nullable Map<String, Object> teamMetadata) { this.teamMetadata = teamMetadata; return self(); }
	/** Set {@link KeyInfo#teamObjectPermissionId()}; returns this builder. */
	public KeyInfo.Builder teamObjectPermissionId(@Nullable String teamObjectPermissionId) { this.teamObjectPermissionId = teamObjectPermissionId; return self(); }
	/** Set {@link KeyInfo#teamMemberSpend()}; returns this builder. */
	public KeyInfo.Builder teamMemberSpend(@Nullable Double teamMemberSpend) { this.teamMemberSpend = teamMemberSpend; return self(); }
	/** Set {@link KeyInfo#teamMemberTpmLimit()}; returns this builder. */
	public KeyInfo.Builder teamMemberTpmLimit(@Nullable Long teamMemberTpmLimit) { this.teamMemberTpmLimit = teamMemberTpmLimit; return self(); }
	/** Set {@link KeyInfo#teamMemberRpmLimit()}; returns this builder. */
	public KeyInfo.Builder teamMemberRpmLimit(@Nullable Long teamMemberRpmLimit) { this.teamMemberRpmLimit = teamMemberRpmLimit; return self(); }
	/** Set {@link KeyInfo#endUserId()}; returns this builder. */
	public KeyInfo.Builder endUserId(@Nullable String endUserId) { this.endUserId = endUserId; return self(); }
	/** Set {@link KeyInfo#endUserTpmLimit()}; returns this builder. */
	public KeyInfo.Builder endUserTpmLimit(@Nullable Long endUserTpmLimit) { this.endUserTpmLimit = endUserTpmLimit; return self(); }
	/** Set {@link KeyInfo#endUserRpmLimit()}; returns this builder. */
	public KeyInfo.Builder endUserRpmLimit(@Nullable Long endUserRpmLimit) { this.endUserRpmLimit = endUserRpmLimit; return self(); }
	/** Set {@link KeyInfo#endUserMaxBudget()}; returns this builder. */
	public KeyInfo.Builder endUserMaxBudget(@Nullable Double endUserMaxBudget) { this.endUserMaxBudget = endUserMaxBudget; return self(); }
	/** Set {@link KeyInfo#endUserModelMaxBudget()}; returns this builder. */
	public KeyInfo.Builder endUserModelMaxBudget(@Nullable Map<String, Object> endUserModelMaxBudget) { this.endUserModelMaxBudget = endUserModelMaxBudget; return self(); }
	/** Set {@link KeyInfo#organizationAlias()}; returns this builder. */
	public KeyInfo.Builder organizationAlias(@Nullable String organizationAlias) { this.organizationAlias = organizationAlias; return self(); }
	/** Set {@link KeyInfo#organizationMaxBudget()}; returns this builder. */
	public KeyInfo.Builder organizationMaxBudget(@Nullable Double organizationMaxBudget) { this.organizationMaxBudget = organizationMaxBudget; return self(); }
	/** Set {@link KeyInfo#organizationTpmLimit()}; returns this builder. */
	public KeyInfo.Builder organizationTpmLimit(@Nullable Long organizationTpmLimit) { this.organizationTpmLimit = organizationTpmLimit; return self(); }
	/** Set {@link KeyInfo#organizationRpmLimit()}; returns this builder. */
	public KeyInfo.Builder organizationRpmLimit(@Nullable Long organizationRpmLimit) { this.organizationRpmLimit = organizationRpmLimit; return self(); }
	/** Set {@link KeyInfo#organizationMetadata()}; returns this builder. */
	public KeyInfo.Builder organizationMetadata(@Nullable Map<String, Object> organizationMetadata) { this.organizationMetadata = organizationMetadata; return self(); }
	/** Set {@link KeyInfo#projectAlias()}; returns this builder. */
	public KeyInfo.Builder projectAlias(@Nullable String projectAlias) { this.projectAlias = projectAlias; return self(); }
	/** Set {@link KeyInfo#projectMetadata()}; returns this builder. */
	public KeyInfo.Builder projectMetadata(@Nullable Map<String, Object> projectMetadata) { this.projectMetadata = projectMetadata; return self(); }
	/** Set {@link KeyInfo#lastRefreshedAt()}; returns this builder. */
	public KeyInfo.Builder lastRefreshedAt(@Nullable Double lastRefreshedAt) { this.lastRefreshedAt = lastRefreshedAt; return self(); }
	/** Set {@link KeyInfo#apiKey()}; returns this builder. */
	public KeyInfo.Builder apiKey(@Nullable String apiKey) { this.apiKey = apiKey; return self(); }
	/** Set {@link KeyInfo#userRole()}; returns this builder. */
	public KeyInfo.Builder userRole(@Nullable String userRole) { this.userRole = userRole; return self(); }
	/** Set {@link KeyInfo#allowedModelRegion()}; returns this builder. */
	public KeyInfo.Builder allowedModelRegion(@Nullable String allowedModelRegion) { this.allowedModelRegion = allowedModelRegion; return self(); }
	/** Set {@link KeyInfo#parentOtelSpan()}; returns this builder. */
	public KeyInfo.Builder parentOtelSpan(@Nullable Object parentOtelSpan) { this.parentOtelSpan = parentOtelSpan; return self(); }
	/** Set {@link KeyInfo#rpmLimitPerModel()}; returns this builder. */
	public KeyInfo.Builder rpmLimitPerModel(@Nullable Map<String, Object> rpmLimitPerModel) { this.rpmLimitPerModel = rpmLimitPerModel; return self(); }
	/** Set {@link KeyInfo#tpmLimitPerModel()}; returns this builder. */
	public KeyInfo.Builder tpmLimitPerModel(@Nullable Map<String, Object> tpmLimitPerModel) { this.tpmLimitPerModel = tpmLimitPerModel; return self(); }
	/** Set {@link KeyInfo#userTpmLimit()}; returns this builder. */
	public KeyInfo.Builder userTpmLimit(@Nullable Long userTpmLimit) { this.userTpmLimit = userTpmLimit; return self(); }
	/** Set {@link KeyInfo#userRpmLimit()}; returns this builder. */
	public KeyInfo.Builder userRpmLimit(@Nullable Long userRpmLimit) { this.userRpmLimit = userRpmLimit; return self(); }
	/** Set {@link KeyInfo#userEmail()}; returns this builder. */
	public KeyInfo.Builder userEmail(@Nullable String userEmail) { this.userEmail = userEmail; return self(); }
	/** Set {@link KeyInfo#userSpend()}; returns this builder. */
	public KeyInfo.Builder userSpend(@Nullable Double userSpend) { this.userSpend = userSpend; return self(); }
	/** Set {@link KeyInfo#userMaxBudget()}; returns this builder. */
	public KeyInfo.Builder userMaxBudget(@Nullable Double userMaxBudget) { this.userMaxBudget = userMaxBudget; return self(); }
	/** Set {@link KeyInfo#requestRoute()}; returns this builder. */
	public KeyInfo.Builder requestRoute(@Nullable String requestRoute) { this.requestRoute = requestRoute; return self(); }
	/** Set {@link KeyInfo#user()}; returns this builder. */
	public KeyInfo.Builder user(@Nullable Map<String, Object> user) { this.user = user; return self(); }
	/** Set {@link KeyInfo#createdByUser()}; returns this builder. */
	public KeyInfo.Builder createdByUser(@Nullable Map<String, Object> createdByUser) { this.createdByUser = createdByUser; return self(); }
	/** Set {@link KeyInfo#endUserObjectPermission()}; returns this builder. */
	public KeyInfo.Builder endUserObjectPermission(@Nullable Map<String, Object> endUserObjectPermission) { this.endUserObjectPermission = endUserObjectPermission; return self(); }
	/** Set {@link KeyInfo#jwtClaims()}; returns this builder. */
	public KeyInfo.Builder jwtClaims(@Nullable Map<String, Object> jwtClaims) { this.jwtClaims = jwtClaims; return self(); }
	/** Set {@link KeyInfo#status()}; returns this builder. */
	public KeyInfo.Builder status(@Nullable String status) { this.status = status; return self(); }
	/** Set {@link KeyInfo#modelMaxBudgetUsage()}; returns this builder. */
	public KeyInfo.Builder modelMaxBudgetUsage(@Nullable Map<String, Map<String, Object>> modelMaxBudgetUsage) { this.modelMaxBudgetUsage = modelMaxBudgetUsage; return self(); }
	/** Set {@link KeyInfo#budgetLimitsUsage()}; returns this builder. */
	public KeyInfo.Builder budgetLimitsUsage(@Nullable Map<String, Map<String, Object>> budgetLimitsUsage) { this.budgetLimitsUsage = budgetLimitsUsage; return self(); }
	/** Set {@link KeyInfo#teamTpdLimit()}; returns this builder. */
	public KeyInfo.Builder teamTpdLimit(@Nullable Long teamTpdLimit) { this.teamTpdLimit = teamTpdLimit; return self(); }
	/** Set {@link KeyInfo#teamModelMaxBudget()}; returns this builder. */
	public KeyInfo.Builder teamModelMaxBudget(@Nullable Map<String, Object> teamModelMaxBudget) { this.teamModelMaxBudget = teamModelMaxBudget; return self(); }
	/** Set {@link KeyInfo#endUserTpdLimit()}; returns this builder. */
	public KeyInfo.Builder endUserTpdLimit(@Nullable Long endUserTpdLimit) { this.endUserTpdLimit = endUserTpdLimit; return self(); }
	/** Set {@link KeyInfo#userModelMaxBudget()}; returns this builder. */
	public KeyInfo.Builder userModelMaxBudget(@Nullable Map<String, Object> userModelMaxBudget) { this.userModelMaxBudget = userModelMaxBudget; return self(); }
	/** Set {@link KeyInfo#isSessionToken()}; returns this builder. */
	public KeyInfo.Builder isSessionToken(@Nullable Boolean isSessionToken) { this.isSessionToken = isSessionToken; return self(); }
	/** Set {@link KeyInfo#teamObjectPermission()}; returns this builder. */
	public KeyInfo.Builder teamObjectPermission(@Nullable Map<String, Object> teamObjectPermission) { this.teamObjectPermission = teamObjectPermission; return self(); }

}
