package dev.litellm.spring.keys;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The key's settings that both of the proxy's answers about one key carry, its record ({@link KeyInfo}) and a new
 * key ({@link GenerateKeyResponse}): owner, budgets, limits, access, metadata and the times of its changes.
 * Written once here, read from the fields of {@link KeySettingsBuilder}.
 *
 * @param <B> the response's builder
 */
abstract class KeySettingsResponse<B extends KeySettingsBuilder<B>> extends ProxyResponse<B> {

	KeySettingsResponse(B fields) {
		super(fields);
	}

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
	/** {@return the attached budget (JSON {@code budget_id})} */
	public @Nullable String budgetId() { return this.fields.budgetId; }
	/** {@return the object permissions: MCP servers, vector stores, agents, models (JSON {@code object_permission})} */
	public @Nullable Map<String, Object> objectPermission() { return this.fields.objectPermission; }
	/** {@return who created the key (JSON {@code created_by})} */
	public @Nullable String createdBy() { return this.fields.createdBy; }
	/** {@return who last updated the key (JSON {@code updated_by})} */
	public @Nullable String updatedBy() { return this.fields.updatedBy; }
	/** {@return when the key was created (JSON {@code created_at})} */
	public @Nullable OffsetDateTime createdAt() { return this.fields.createdAt; }
	/** {@return when the key was last updated (JSON {@code updated_at})} */
	public @Nullable OffsetDateTime updatedAt() { return this.fields.updatedAt; }
	/** {@return what the key may be used for, for example {@code default} or {@code llm_api} (JSON {@code key_type})} */
	public @Nullable String keyType() { return this.fields.keyType; }
	/** {@return tokens per day (JSON {@code tpd_limit})} */
	public @Nullable Long tpdLimit() { return this.fields.tpdLimit; }
	/** {@return the key's budget windows, with their next reset; read whether the proxy sends them as JSON or as the text it stored (JSON {@code budget_limits})} */
	public @Nullable List<BudgetLimitEntry> budgetLimits() { return this.fields.budgetLimits; }
	/** {@return the models used instead of a model once its own budget is spent (JSON {@code budget_fallbacks})} */
	public @Nullable Map<String, List<String>> budgetFallbacks() { return this.fields.budgetFallbacks; }
	/** {@return when the key's settings last changed (JSON {@code settings_updated_at})} */
	public @Nullable OffsetDateTime settingsUpdatedAt() { return this.fields.settingsUpdatedAt; }

}
