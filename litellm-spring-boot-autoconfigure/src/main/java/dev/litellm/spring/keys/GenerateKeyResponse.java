package dev.litellm.spring.keys;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import dev.litellm.spring.internal.Secrets;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The answer of {@code POST /key/generate} and {@code POST /key/regenerate}: the new key and its settings.
 *
 * <p>{@link #key()} is the raw secret, returned only here: store it or hand it on, but never log it. Its
 * {@code toString()} masks it.
 *
 * <p>Immutable. {@link #builder()} and {@link #toBuilder()} make one, in tests for example; a field added in a
 * later version adds an accessor and a builder method and changes no existing signature.
 */
public final class GenerateKeyResponse extends ProxyResponse<GenerateKeyResponse.Builder> {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	private GenerateKeyResponse(Builder fields) {
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

	/** {@return the new raw key: the only time the proxy shows it (masked in {@code toString()}) (JSON {@code key})} */
	public @Nullable String key() { return this.fields.key; }
	/** {@return the abbreviated key, {@code sk-...} and the last four characters (JSON {@code key_name})} */
	public @Nullable String keyName() { return this.fields.keyName; }
	/** {@return the key's hash on {@code /key/generate}; {@code null} on regenerate (see {@code tokenId}) (JSON {@code token})} */
	public @Nullable String token() { return this.fields.token; }
	/** {@return the key's hash (JSON {@code token_id})} */
	public @Nullable String tokenId() { return this.fields.tokenId; }
	/** {@return when the key expires; {@code null} for never (JSON {@code expires})} */
	public @Nullable OffsetDateTime expires() { return this.fields.expires; }
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
	/** {@return always {@code null} in the proxy's answer (use {@code expires}) (JSON {@code duration})} */
	public @Nullable String duration() { return this.fields.duration; }
	/** {@return the organization the key belongs to (JSON {@code organization_id})} */
	public @Nullable String organizationId() { return this.fields.organizationId; }
	/** {@return the attached budget (JSON {@code budget_id})} */
	public @Nullable String budgetId() { return this.fields.budgetId; }
	/** {@return tags (kept in {@code metadata} by the proxy, so usually {@code null}) (JSON {@code tags})} */
	public @Nullable List<String> tags() { return this.fields.tags; }
	/** {@return enforced parameters (JSON {@code enforced_params})} */
	public @Nullable List<String> enforcedParams() { return this.fields.enforcedParams; }
	/** {@return allowed pass-through routes (JSON {@code allowed_passthrough_routes})} */
	public @Nullable List<String> allowedPassthroughRoutes() { return this.fields.allowedPassthroughRoutes; }
	/** {@return allowed vector store indexes (JSON {@code allowed_vector_store_indexes})} */
	public @Nullable List<Map<String, Object>> allowedVectorStoreIndexes() { return this.fields.allowedVectorStoreIndexes; }
	/** {@return how the RPM limit is enforced (JSON {@code rpm_limit_type})} */
	public @Nullable String rpmLimitType() { return this.fields.rpmLimitType; }
	/** {@return how the TPM limit is enforced (JSON {@code tpm_limit_type})} */
	public @Nullable String tpmLimitType() { return this.fields.tpmLimitType; }
	/** {@return RPM limits per model (JSON {@code model_rpm_limit})} */
	public @Nullable Map<String, Object> modelRpmLimit() { return this.fields.modelRpmLimit; }
	/** {@return TPM limits per model (JSON {@code model_tpm_limit})} */
	public @Nullable Map<String, Object> modelTpmLimit() { return this.fields.modelTpmLimit; }
	/** {@return guardrails (JSON {@code guardrails})} */
	public @Nullable List<String> guardrails() { return this.fields.guardrails; }
	/** {@return prompts (JSON {@code prompts})} */
	public @Nullable List<String> prompts() { return this.fields.prompts; }
	/** {@return object permissions (JSON {@code object_permission})} */
	public @Nullable Map<String, Object> objectPermission() { return this.fields.objectPermission; }
	/** {@return the budget row, if the request created one (JSON {@code litellm_budget_table})} */
	public @Nullable Object litellmBudgetTable() { return this.fields.litellmBudgetTable; }
	/** {@return who created the key (JSON {@code created_by})} */
	public @Nullable String createdBy() { return this.fields.createdBy; }
	/** {@return who last updated the key (JSON {@code updated_by})} */
	public @Nullable String updatedBy() { return this.fields.updatedBy; }
	/** {@return when the key was created (JSON {@code created_at})} */
	public @Nullable OffsetDateTime createdAt() { return this.fields.createdAt; }
	/** {@return when the key was last updated (JSON {@code updated_at})} */
	public @Nullable OffsetDateTime updatedAt() { return this.fields.updatedAt; }
	/**
	 * {@return the key's state, as {@link KeyInfo#status()}: {@code null} in the proxy's answer to generate and
	 * regenerate, filled when the client rebuilt the answer from {@code /key/info} (JSON {@code status})}
	 */
	public @Nullable String status() { return this.fields.status; }
	/** {@return what the key may be used for, for example {@code default} (JSON {@code key_type})} */
	public @Nullable String keyType() { return this.fields.keyType; }
	/** {@return tokens per day (JSON {@code tpd_limit})} */
	public @Nullable Long tpdLimit() { return this.fields.tpdLimit; }
	/** {@return the key's budget windows, with their next reset (JSON {@code budget_limits})} */
	public @Nullable List<BudgetLimitEntry> budgetLimits() { return this.fields.budgetLimits; }
	/** {@return the models used instead of a model once its own budget is spent (JSON {@code budget_fallbacks})} */
	public @Nullable Map<String, List<String>> budgetFallbacks() { return this.fields.budgetFallbacks; }
	/** {@return requests per minute per MCP server (JSON {@code mcp_rpm_limit})} */
	public @Nullable Map<String, Long> mcpRpmLimit() { return this.fields.mcpRpmLimit; }
	/** {@return requests per minute per tag (JSON {@code tag_rpm_limit})} */
	public @Nullable Map<String, Long> tagRpmLimit() { return this.fields.tagRpmLimit; }
	/** {@return the output tokens assumed for a request before its answer is known (JSON {@code default_estimated_output_tokens})} */
	public @Nullable Integer defaultEstimatedOutputTokens() { return this.fields.defaultEstimatedOutputTokens; }
	/** {@return the output tokens assumed per model (JSON {@code default_estimated_output_tokens_per_model})} */
	public @Nullable Map<String, Integer> defaultEstimatedOutputTokensPerModel() { return this.fields.defaultEstimatedOutputTokensPerModel; }
	/** {@return the budget applied to each end user of the key (JSON {@code end_user_budget_id})} */
	public @Nullable String endUserBudgetId() { return this.fields.endUserBudgetId; }
	/** {@return whether the proxy's global guardrails are off for the key (JSON {@code disable_global_guardrails})} */
	public @Nullable Boolean disableGlobalGuardrails() { return this.fields.disableGlobalGuardrails; }
	/** {@return whether the proxy adds prompt-caching markers (JSON {@code enable_prompt_caching})} */
	public @Nullable Boolean enablePromptCaching() { return this.fields.enablePromptCaching; }
	/** {@return whether the key is throttled rather than blocked once over budget (JSON {@code throttle_on_budget_exceeded})} */
	public @Nullable Boolean throttleOnBudgetExceeded() { return this.fields.throttleOnBudgetExceeded; }
	/** {@return when the key's settings last changed (JSON {@code settings_updated_at})} */
	public @Nullable OffsetDateTime settingsUpdatedAt() { return this.fields.settingsUpdatedAt; }

	@Override
	public String toString() {
		return Secrets.mask("GenerateKeyResponse[keyName=" + this.fields.keyName
				+ ", tokenId=" + this.fields.tokenId + ", keyAlias=" + this.fields.keyAlias
				+ ", key=" + Secrets.maskKey(this.fields.key) + ", teamId=" + this.fields.teamId
				+ ", userId=" + this.fields.userId + ", expires=" + this.fields.expires + "]");
	}

	/**
	 * Builds a {@link GenerateKeyResponse}. Each method sets the accessor of the same name; {@code null} unsets it.
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	@JsonAutoDetect(fieldVisibility = Visibility.ANY)
	public static final class Builder extends ProxyResponseBuilder<Builder> {

		private @Nullable String key;
		private @Nullable String keyName;
		private @Nullable String token;
		private @Nullable String tokenId;
		private @Nullable OffsetDateTime expires;
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
		private @Nullable String duration;
		private @Nullable String organizationId;
		private @Nullable String budgetId;
		private @Nullable List<String> tags;
		private @Nullable List<String> enforcedParams;
		private @Nullable List<String> allowedPassthroughRoutes;
		private @Nullable List<Map<String, Object>> allowedVectorStoreIndexes;
		private @Nullable String rpmLimitType;
		private @Nullable String tpmLimitType;
		private @Nullable Map<String, Object> modelRpmLimit;
		private @Nullable Map<String, Object> modelTpmLimit;
		private @Nullable List<String> guardrails;
		private @Nullable List<String> prompts;
		private @Nullable Map<String, Object> objectPermission;
		private @Nullable Object litellmBudgetTable;
		private @Nullable String createdBy;
		private @Nullable String updatedBy;
		private @Nullable OffsetDateTime createdAt;
		private @Nullable OffsetDateTime updatedAt;
		private @Nullable String status;
		private @Nullable String keyType;
		private @Nullable Long tpdLimit;
		@JsonDeserialize(using = StoredJson.class)
		private @Nullable List<BudgetLimitEntry> budgetLimits;
		@JsonDeserialize(using = StoredJson.class)
		private @Nullable Map<String, List<String>> budgetFallbacks;
		private @Nullable Map<String, Long> mcpRpmLimit;
		private @Nullable Map<String, Long> tagRpmLimit;
		private @Nullable Integer defaultEstimatedOutputTokens;
		private @Nullable Map<String, Integer> defaultEstimatedOutputTokensPerModel;
		private @Nullable String endUserBudgetId;
		private @Nullable Boolean disableGlobalGuardrails;
		private @Nullable Boolean enablePromptCaching;
		private @Nullable Boolean throttleOnBudgetExceeded;
		private @Nullable OffsetDateTime settingsUpdatedAt;

		private Builder() {
		}

		/** Set {@link GenerateKeyResponse#key()}; returns this builder. */
		public Builder key(@Nullable String key) { this.key = key; return this; }
		/** Set {@link GenerateKeyResponse#keyName()}; returns this builder. */
		public Builder keyName(@Nullable String keyName) { this.keyName = keyName; return this; }
		/** Set {@link GenerateKeyResponse#token()}; returns this builder. */
		public Builder token(@Nullable String token) { this.token = token; return this; }
		/** Set {@link GenerateKeyResponse#tokenId()}; returns this builder. */
		public Builder tokenId(@Nullable String tokenId) { this.tokenId = tokenId; return this; }
		/** Set {@link GenerateKeyResponse#expires()}; returns this builder. */
		public Builder expires(@Nullable OffsetDateTime expires) { this.expires = expires; return this; }
		/** Set {@link GenerateKeyResponse#keyAlias()}; returns this builder. */
		public Builder keyAlias(@Nullable String keyAlias) { this.keyAlias = keyAlias; return this; }
		/** Set {@link GenerateKeyResponse#spend()}; returns this builder. */
		public Builder spend(@Nullable Double spend) { this.spend = spend; return this; }
		/** Set {@link GenerateKeyResponse#maxBudget()}; returns this builder. */
		public Builder maxBudget(@Nullable Double maxBudget) { this.maxBudget = maxBudget; return this; }
		/** Set {@link GenerateKeyResponse#models()}; returns this builder. */
		public Builder models(@Nullable List<String> models) { this.models = models; return this; }
		/** Set {@link GenerateKeyResponse#aliases()}; returns this builder. */
		public Builder aliases(@Nullable Map<String, Object> aliases) { this.aliases = aliases; return this; }
		/** Set {@link GenerateKeyResponse#config()}; returns this builder. */
		public Builder config(@Nullable Map<String, Object> config) { this.config = config; return this; }
		/** Set {@link GenerateKeyResponse#userId()}; returns this builder. */
		public Builder userId(@Nullable String userId) { this.userId = userId; return this; }
		/** Set {@link GenerateKeyResponse#teamId()}; returns this builder. */
		public Builder teamId(@Nullable String teamId) { this.teamId = teamId; return this; }
		/** Set {@link GenerateKeyResponse#agentId()}; returns this builder. */
		public Builder agentId(@Nullable String agentId) { this.agentId = agentId; return this; }
		/** Set {@link GenerateKeyResponse#projectId()}; returns this builder. */
		public Builder projectId(@Nullable String projectId) { this.projectId = projectId; return this; }
		/** Set {@link GenerateKeyResponse#permissions()}; returns this builder. */
		public Builder permissions(@Nullable Map<String, Object> permissions) { this.permissions = permissions; return this; }
		/** Set {@link GenerateKeyResponse#maxParallelRequests()}; returns this builder. */
		public Builder maxParallelRequests(@Nullable Integer maxParallelRequests) { this.maxParallelRequests = maxParallelRequests; return this; }
		/** Set {@link GenerateKeyResponse#metadata()}; returns this builder. */
		public Builder metadata(@Nullable Map<String, Object> metadata) { this.metadata = metadata; return this; }
		/** Set {@link GenerateKeyResponse#tpmLimit()}; returns this builder. */
		public Builder tpmLimit(@Nullable Long tpmLimit) { this.tpmLimit = tpmLimit; return this; }
		/** Set {@link GenerateKeyResponse#rpmLimit()}; returns this builder. */
		public Builder rpmLimit(@Nullable Long rpmLimit) { this.rpmLimit = rpmLimit; return this; }
		/** Set {@link GenerateKeyResponse#budgetDuration()}; returns this builder. */
		public Builder budgetDuration(@Nullable String budgetDuration) { this.budgetDuration = budgetDuration; return this; }
		/** Set {@link GenerateKeyResponse#allowedCacheControls()}; returns this builder. */
		public Builder allowedCacheControls(@Nullable List<Object> allowedCacheControls) { this.allowedCacheControls = allowedCacheControls; return this; }
		/** Set {@link GenerateKeyResponse#allowedRoutes()}; returns this builder. */
		public Builder allowedRoutes(@Nullable List<Object> allowedRoutes) { this.allowedRoutes = allowedRoutes; return this; }
		/** Set {@link GenerateKeyResponse#modelMaxBudget()}; returns this builder. */
		public Builder modelMaxBudget(@Nullable Map<String, Object> modelMaxBudget) { this.modelMaxBudget = modelMaxBudget; return this; }
		/** Set {@link GenerateKeyResponse#blocked()}; returns this builder. */
		public Builder blocked(@Nullable Boolean blocked) { this.blocked = blocked; return this; }
		/** Set {@link GenerateKeyResponse#routerSettings()}; returns this builder. */
		public Builder routerSettings(@Nullable Map<String, Object> routerSettings) { this.routerSettings = routerSettings; return this; }
		/** Set {@link GenerateKeyResponse#accessGroupIds()}; returns this builder. */
		public Builder accessGroupIds(@Nullable List<String> accessGroupIds) { this.accessGroupIds = accessGroupIds; return this; }
		/** Set {@link GenerateKeyResponse#policies()}; returns this builder. */
		public Builder policies(@Nullable List<String> policies) { this.policies = policies; return this; }
		/** Set {@link GenerateKeyResponse#duration()}; returns this builder. */
		public Builder duration(@Nullable String duration) { this.duration = duration; return this; }
		/** Set {@link GenerateKeyResponse#organizationId()}; returns this builder. */
		public Builder organizationId(@Nullable String organizationId) { this.organizationId = organizationId; return this; }
		/** Set {@link GenerateKeyResponse#budgetId()}; returns this builder. */
		public Builder budgetId(@Nullable String budgetId) { this.budgetId = budgetId; return this; }
		/** Set {@link GenerateKeyResponse#tags()}; returns this builder. */
		public Builder tags(@Nullable List<String> tags) { this.tags = tags; return this; }
		/** Set {@link GenerateKeyResponse#enforcedParams()}; returns this builder. */
		public Builder enforcedParams(@Nullable List<String> enforcedParams) { this.enforcedParams = enforcedParams; return this; }
		/** Set {@link GenerateKeyResponse#allowedPassthroughRoutes()}; returns this builder. */
		public Builder allowedPassthroughRoutes(@Nullable List<String> allowedPassthroughRoutes) { this.allowedPassthroughRoutes = allowedPassthroughRoutes; return this; }
		/** Set {@link GenerateKeyResponse#allowedVectorStoreIndexes()}; returns this builder. */
		public Builder allowedVectorStoreIndexes(@Nullable List<Map<String, Object>> allowedVectorStoreIndexes) { this.allowedVectorStoreIndexes = allowedVectorStoreIndexes; return this; }
		/** Set {@link GenerateKeyResponse#rpmLimitType()}; returns this builder. */
		public Builder rpmLimitType(@Nullable String rpmLimitType) { this.rpmLimitType = rpmLimitType; return this; }
		/** Set {@link GenerateKeyResponse#tpmLimitType()}; returns this builder. */
		public Builder tpmLimitType(@Nullable String tpmLimitType) { this.tpmLimitType = tpmLimitType; return this; }
		/** Set {@link GenerateKeyResponse#modelRpmLimit()}; returns this builder. */
		public Builder modelRpmLimit(@Nullable Map<String, Object> modelRpmLimit) { this.modelRpmLimit = modelRpmLimit; return this; }
		/** Set {@link GenerateKeyResponse#modelTpmLimit()}; returns this builder. */
		public Builder modelTpmLimit(@Nullable Map<String, Object> modelTpmLimit) { this.modelTpmLimit = modelTpmLimit; return this; }
		/** Set {@link GenerateKeyResponse#guardrails()}; returns this builder. */
		public Builder guardrails(@Nullable List<String> guardrails) { this.guardrails = guardrails; return this; }
		/** Set {@link GenerateKeyResponse#prompts()}; returns this builder. */
		public Builder prompts(@Nullable List<String> prompts) { this.prompts = prompts; return this; }
		/** Set {@link GenerateKeyResponse#objectPermission()}; returns this builder. */
		public Builder objectPermission(@Nullable Map<String, Object> objectPermission) { this.objectPermission = objectPermission; return this; }
		/** Set {@link GenerateKeyResponse#litellmBudgetTable()}; returns this builder. */
		public Builder litellmBudgetTable(@Nullable Object litellmBudgetTable) { this.litellmBudgetTable = litellmBudgetTable; return this; }
		/** Set {@link GenerateKeyResponse#createdBy()}; returns this builder. */
		public Builder createdBy(@Nullable String createdBy) { this.createdBy = createdBy; return this; }
		/** Set {@link GenerateKeyResponse#updatedBy()}; returns this builder. */
		public Builder updatedBy(@Nullable String updatedBy) { this.updatedBy = updatedBy; return this; }
		/** Set {@link GenerateKeyResponse#createdAt()}; returns this builder. */
		public Builder createdAt(@Nullable OffsetDateTime createdAt) { this.createdAt = createdAt; return this; }
		/** Set {@link GenerateKeyResponse#updatedAt()}; returns this builder. */
		public Builder updatedAt(@Nullable OffsetDateTime updatedAt) { this.updatedAt = updatedAt; return this; }
		/** Set {@link GenerateKeyResponse#status()}; returns this builder. */
		public Builder status(@Nullable String status) { this.status = status; return this; }
		/** Set {@link GenerateKeyResponse#keyType()}; returns this builder. */
		public Builder keyType(@Nullable String keyType) { this.keyType = keyType; return this; }
		/** Set {@link GenerateKeyResponse#tpdLimit()}; returns this builder. */
		public Builder tpdLimit(@Nullable Long tpdLimit) { this.tpdLimit = tpdLimit; return this; }
		/** Set {@link GenerateKeyResponse#budgetLimits()}; returns this builder. */
		public Builder budgetLimits(@Nullable List<BudgetLimitEntry> budgetLimits) { this.budgetLimits = budgetLimits; return this; }
		/** Set {@link GenerateKeyResponse#budgetFallbacks()}; returns this builder. */
		public Builder budgetFallbacks(@Nullable Map<String, List<String>> budgetFallbacks) { this.budgetFallbacks = budgetFallbacks; return this; }
		/** Set {@link GenerateKeyResponse#mcpRpmLimit()}; returns this builder. */
		public Builder mcpRpmLimit(@Nullable Map<String, Long> mcpRpmLimit) { this.mcpRpmLimit = mcpRpmLimit; return this; }
		/** Set {@link GenerateKeyResponse#tagRpmLimit()}; returns this builder. */
		public Builder tagRpmLimit(@Nullable Map<String, Long> tagRpmLimit) { this.tagRpmLimit = tagRpmLimit; return this; }
		/** Set {@link GenerateKeyResponse#defaultEstimatedOutputTokens()}; returns this builder. */
		public Builder defaultEstimatedOutputTokens(@Nullable Integer defaultEstimatedOutputTokens) { this.defaultEstimatedOutputTokens = defaultEstimatedOutputTokens; return this; }
		/** Set {@link GenerateKeyResponse#defaultEstimatedOutputTokensPerModel()}; returns this builder. */
		public Builder defaultEstimatedOutputTokensPerModel(@Nullable Map<String, Integer> defaultEstimatedOutputTokensPerModel) { this.defaultEstimatedOutputTokensPerModel = defaultEstimatedOutputTokensPerModel; return this; }
		/** Set {@link GenerateKeyResponse#endUserBudgetId()}; returns this builder. */
		public Builder endUserBudgetId(@Nullable String endUserBudgetId) { this.endUserBudgetId = endUserBudgetId; return this; }
		/** Set {@link GenerateKeyResponse#disableGlobalGuardrails()}; returns this builder. */
		public Builder disableGlobalGuardrails(@Nullable Boolean disableGlobalGuardrails) { this.disableGlobalGuardrails = disableGlobalGuardrails; return this; }
		/** Set {@link GenerateKeyResponse#enablePromptCaching()}; returns this builder. */
		public Builder enablePromptCaching(@Nullable Boolean enablePromptCaching) { this.enablePromptCaching = enablePromptCaching; return this; }
		/** Set {@link GenerateKeyResponse#throttleOnBudgetExceeded()}; returns this builder. */
		public Builder throttleOnBudgetExceeded(@Nullable Boolean throttleOnBudgetExceeded) { this.throttleOnBudgetExceeded = throttleOnBudgetExceeded; return this; }
		/** Set {@link GenerateKeyResponse#settingsUpdatedAt()}; returns this builder. */
		public Builder settingsUpdatedAt(@Nullable OffsetDateTime settingsUpdatedAt) { this.settingsUpdatedAt = settingsUpdatedAt; return this; }

		/**
		 * Build the response.
		 * @return the immutable response
		 */
		public GenerateKeyResponse build() {
			return new GenerateKeyResponse(copy());
		}

	}

}
