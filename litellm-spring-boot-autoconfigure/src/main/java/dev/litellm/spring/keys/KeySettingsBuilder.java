package dev.litellm.spring.keys;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The fields behind {@link KeySettingsResponse}: the key's settings that {@link KeyInfo} and
 * {@link GenerateKeyResponse} share, read into these fields by their snake-case names ({@link #readField}), written
 * from them by Jackson under the same names, and set by the builders' methods of the same names.
 *
 * @param <B> the concrete builder
 */
abstract class KeySettingsBuilder<B extends KeySettingsBuilder<B>> extends ProxyResponseBuilder<B> {

	@Nullable String keyName;
	@Nullable String keyAlias;
	@Nullable Double spend;
	@Nullable Double maxBudget;
	@Nullable List<String> models;
	@Nullable Map<String, Object> aliases;
	@Nullable Map<String, Object> config;
	@Nullable String userId;
	@Nullable String teamId;
	@Nullable String agentId;
	@Nullable String projectId;
	@Nullable Map<String, Object> permissions;
	@Nullable Integer maxParallelRequests;
	@Nullable Map<String, Object> metadata;
	@Nullable Long tpmLimit;
	@Nullable Long rpmLimit;
	@Nullable String budgetDuration;
	@Nullable List<Object> allowedCacheControls;
	@Nullable List<Object> allowedRoutes;
	@Nullable Map<String, Object> modelMaxBudget;
	@Nullable Boolean blocked;
	@Nullable Map<String, Object> routerSettings;
	@Nullable List<String> accessGroupIds;
	@Nullable List<String> policies;
	@Nullable OffsetDateTime expires;
	@Nullable String budgetId;
	@Nullable Map<String, Object> objectPermission;
	@Nullable String createdBy;
	@Nullable String updatedBy;
	@Nullable OffsetDateTime createdAt;
	@Nullable OffsetDateTime updatedAt;
	@Nullable String keyType;
	@Nullable Long tpdLimit;
	@Nullable List<BudgetLimitEntry> budgetLimits;
	@Nullable Map<String, List<String>> budgetFallbacks;
	@Nullable OffsetDateTime settingsUpdatedAt;

	/** Reads the settings first, the names most answers carry, then the builder's own ({@link #readOwnField}). */
	@Override
	final boolean readField(PropertyName name, FieldReader in) {
		switch (name) {
			case KEY_NAME -> this.keyName = in.string();
			case KEY_ALIAS -> this.keyAlias = in.string();
			case SPEND -> this.spend = in.decimal();
			case MAX_BUDGET -> this.maxBudget = in.decimal();
			case MODELS -> this.models = in.strings();
			case ALIASES -> this.aliases = in.map();
			case CONFIG -> this.config = in.map();
			case USER_ID -> this.userId = in.string();
			case TEAM_ID -> this.teamId = in.string();
			case AGENT_ID -> this.agentId = in.string();
			case PROJECT_ID -> this.projectId = in.string();
			case PERMISSIONS -> this.permissions = in.map();
			case MAX_PARALLEL_REQUESTS -> this.maxParallelRequests = in.integer();
			case METADATA -> this.metadata = in.map();
			case TPM_LIMIT -> this.tpmLimit = in.whole();
			case RPM_LIMIT -> this.rpmLimit = in.whole();
			case BUDGET_DURATION -> this.budgetDuration = in.string();
			case ALLOWED_CACHE_CONTROLS -> this.allowedCacheControls = in.list();
			case ALLOWED_ROUTES -> this.allowedRoutes = in.list();
			case MODEL_MAX_BUDGET -> this.modelMaxBudget = in.map();
			case BLOCKED -> this.blocked = in.bool();
			case ROUTER_SETTINGS -> this.routerSettings = in.map();
			case ACCESS_GROUP_IDS -> this.accessGroupIds = in.strings();
			case POLICIES -> this.policies = in.strings();
			case EXPIRES -> this.expires = in.dateTime();
			case BUDGET_ID -> this.budgetId = in.string();
			case OBJECT_PERMISSION -> this.objectPermission = in.map();
			case CREATED_BY -> this.createdBy = in.string();
			case UPDATED_BY -> this.updatedBy = in.string();
			case CREATED_AT -> this.createdAt = in.dateTime();
			case UPDATED_AT -> this.updatedAt = in.dateTime();
			case KEY_TYPE -> this.keyType = in.string();
			case TPD_LIMIT -> this.tpdLimit = in.whole();
			case BUDGET_LIMITS -> this.budgetLimits = in.budgetLimits();
			case BUDGET_FALLBACKS -> this.budgetFallbacks = in.budgetFallbacks();
			case SETTINGS_UPDATED_AT -> this.settingsUpdatedAt = in.dateTime();
			default -> {
				return readOwnField(name, in);
			}
		}
		return true;
	}

	/**
	 * Read the current property into a field beyond the settings, as {@link #readField} does.
	 * @param name the property's name, not a setting's
	 * @param in the reader, positioned on the property's value
	 * @return whether this builder has a field of that name
	 */
	abstract boolean readOwnField(PropertyName name, FieldReader in);

	/** Set the response's {@code keyName()}; returns this builder. */
	public B keyName(@Nullable String keyName) { this.keyName = keyName; return self(); }
	/** Set the response's {@code keyAlias()}; returns this builder. */
	public B keyAlias(@Nullable String keyAlias) { this.keyAlias = keyAlias; return self(); }
	/** Set the response's {@code spend()}; returns this builder. */
	public B spend(@Nullable Double spend) { this.spend = spend; return self(); }
	/** Set the response's {@code maxBudget()}; returns this builder. */
	public B maxBudget(@Nullable Double maxBudget) { this.maxBudget = maxBudget; return self(); }
	/** Set the response's {@code models()}; returns this builder. */
	public B models(@Nullable List<String> models) { this.models = models; return self(); }
	/** Set the response's {@code aliases()}; returns this builder. */
	public B aliases(@Nullable Map<String, Object> aliases) { this.aliases = aliases; return self(); }
	/** Set the response's {@code config()}; returns this builder. */
	public B config(@Nullable Map<String, Object> config) { this.config = config; return self(); }
	/** Set the response's {@code userId()}; returns this builder. */
	public B userId(@Nullable String userId) { this.userId = userId; return self(); }
	/** Set the response's {@code teamId()}; returns this builder. */
	public B teamId(@Nullable String teamId) { this.teamId = teamId; return self(); }
	/** Set the response's {@code agentId()}; returns this builder. */
	public B agentId(@Nullable String agentId) { this.agentId = agentId; return self(); }
	/** Set the response's {@code projectId()}; returns this builder. */
	public B projectId(@Nullable String projectId) { this.projectId = projectId; return self(); }
	/** Set the response's {@code permissions()}; returns this builder. */
	public B permissions(@Nullable Map<String, Object> permissions) { this.permissions = permissions; return self(); }
	/** Set the response's {@code maxParallelRequests()}; returns this builder. */
	public B maxParallelRequests(@Nullable Integer maxParallelRequests) { this.maxParallelRequests = maxParallelRequests; return self(); }
	/** Set the response's {@code metadata()}; returns this builder. */
	public B metadata(@Nullable Map<String, Object> metadata) { this.metadata = metadata; return self(); }
	/** Set the response's {@code tpmLimit()}; returns this builder. */
	public B tpmLimit(@Nullable Long tpmLimit) { this.tpmLimit = tpmLimit; return self(); }
	/** Set the response's {@code rpmLimit()}; returns this builder. */
	public B rpmLimit(@Nullable Long rpmLimit) { this.rpmLimit = rpmLimit; return self(); }
	/** Set the response's {@code budgetDuration()}; returns this builder. */
	public B budgetDuration(@Nullable String budgetDuration) { this.budgetDuration = budgetDuration; return self(); }
	/** Set the response's {@code allowedCacheControls()}; returns this builder. */
	public B allowedCacheControls(@Nullable List<Object> allowedCacheControls) { this.allowedCacheControls = allowedCacheControls; return self(); }
	/** Set the response's {@code allowedRoutes()}; returns this builder. */
	public B allowedRoutes(@Nullable List<Object> allowedRoutes) { this.allowedRoutes = allowedRoutes; return self(); }
	/** Set the response's {@code modelMaxBudget()}; returns this builder. */
	public B modelMaxBudget(@Nullable Map<String, Object> modelMaxBudget) { this.modelMaxBudget = modelMaxBudget; return self(); }
	/** Set the response's {@code blocked()}; returns this builder. */
	public B blocked(@Nullable Boolean blocked) { this.blocked = blocked; return self(); }
	/** Set the response's {@code routerSettings()}; returns this builder. */
	public B routerSettings(@Nullable Map<String, Object> routerSettings) { this.routerSettings = routerSettings; return self(); }
	/** Set the response's {@code accessGroupIds()}; returns this builder. */
	public B accessGroupIds(@Nullable List<String> accessGroupIds) { this.accessGroupIds = accessGroupIds; return self(); }
	/** Set the response's {@code policies()}; returns this builder. */
	public B policies(@Nullable List<String> policies) { this.policies = policies; return self(); }
	/** Set the response's {@code expires()}; returns this builder. */
	public B expires(@Nullable OffsetDateTime expires) { this.expires = expires; return self(); }
	/** Set the response's {@code budgetId()}; returns this builder. */
	public B budgetId(@Nullable String budgetId) { this.budgetId = budgetId; return self(); }
	/** Set the response's {@code objectPermission()}; returns this builder. */
	public B objectPermission(@Nullable Map<String, Object> objectPermission) { this.objectPermission = objectPermission; return self(); }
	/** Set the response's {@code createdBy()}; returns this builder. */
	public B createdBy(@Nullable String createdBy) { this.createdBy = createdBy; return self(); }
	/** Set the response's {@code updatedBy()}; returns this builder. */
	public B updatedBy(@Nullable String updatedBy) { this.updatedBy = updatedBy; return self(); }
	/** Set the response's {@code createdAt()}; returns this builder. */
	public B createdAt(@Nullable OffsetDateTime createdAt) { this.createdAt = createdAt; return self(); }
	/** Set the response's {@code updatedAt()}; returns this builder. */
	public B updatedAt(@Nullable OffsetDateTime updatedAt) { this.updatedAt = updatedAt; return self(); }
	/** Set the response's {@code keyType()}; returns this builder. */
	public B keyType(@Nullable String keyType) { this.keyType = keyType; return self(); }
	/** Set the response's {@code tpdLimit()}; returns this builder. */
	public B tpdLimit(@Nullable Long tpdLimit) { this.tpdLimit = tpdLimit; return self(); }
	/** Set the response's {@code budgetLimits()}; returns this builder. */
	public B budgetLimits(@Nullable List<BudgetLimitEntry> budgetLimits) { this.budgetLimits = budgetLimits; return self(); }
	/** Set the response's {@code budgetFallbacks()}; returns this builder. */
	public B budgetFallbacks(@Nullable Map<String, List<String>> budgetFallbacks) { this.budgetFallbacks = budgetFallbacks; return self(); }
	/** Set the response's {@code settingsUpdatedAt()}; returns this builder. */
	public B settingsUpdatedAt(@Nullable OffsetDateTime settingsUpdatedAt) { this.settingsUpdatedAt = settingsUpdatedAt; return self(); }

}
