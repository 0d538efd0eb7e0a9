package dev.litellm.spring.keys;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The fields that {@code /key/generate}, {@code /key/update} and {@code /key/regenerate} share, with the checks
 * the proxy would otherwise fail on (or worse, silently misread).
 *
 * <p>Fields are kept in the order they were set, under their JSON names. A field never set is not sent. What a
 * {@code null} argument means depends on the request: on update and regenerate it is sent as JSON {@code null},
 * which clears the stored value; on generate it removes the field again, so the proxy's default applies.
 *
 * <p>Values the proxy would refuse or misread fail here, with an {@link IllegalArgumentException} naming the
 * field, before anything is sent; {@link #field(String, Object)} applies the same checks.
 *
 * @param <B> the concrete builder type
 */
public abstract class KeyRequestBuilder<B extends KeyRequestBuilder<B>> {

	private static final Set<String> LIMIT_TYPES = Set.of("guaranteed_throughput", "best_effort_throughput",
			"dynamic");

	private final Map<String, @Nullable Object> fields = new LinkedHashMap<>();

	private final boolean nullClears;

	KeyRequestBuilder(boolean nullClears) {
		this.nullClears = nullClears;
	}

	/**
	 * Set a field this builder has no method for, for example one that a newer proxy added. The value is sent
	 * as it is, under the given JSON name. A field this builder checks (a key, a duration, a budget, the budget
	 * limits) is checked here too, with the same rules as its own method.
	 * @param jsonName the field's JSON name, for example {@code "agent_id"}
	 * @param value the value; {@code null} as described in the class documentation
	 * @return this builder
	 * @throws IllegalArgumentException if the name is blank, or the value fails the field's check
	 */
	public B field(String jsonName, @Nullable Object value) {
		KeyArguments.requireText("jsonName", jsonName);
		return put(jsonName, value);
	}

	/**
	 * The key's alias ({@code key_alias}); the proxy requires aliases to be unique.
	 * @param keyAlias the alias
	 * @return this builder
	 */
	public B keyAlias(@Nullable String keyAlias) {
		return set("key_alias", keyAlias);
	}

	/**
	 * How long until the key expires ({@code duration}), relative to the time of the request, as a LiteLLM
	 * duration string such as {@code "30d"}. {@code null} means never.
	 * @param duration the duration string: a whole number followed by {@code s}, {@code m}, {@code h},
	 * {@code d}, {@code w} or {@code mo}
	 * @return this builder
	 * @throws IllegalArgumentException if the string is not of that form
	 */
	public B duration(@Nullable String duration) {
		return put("duration", duration);
	}

	/**
	 * How long until the key expires ({@code duration}), relative to the time of the request.
	 * @param duration a positive duration of whole seconds
	 * @return this builder
	 * @throws IllegalArgumentException if the duration is null, not positive or not whole seconds
	 */
	public B duration(Duration duration) {
		return set("duration", LiteLlmDurations.format("duration", duration));
	}

	/**
	 * The models the key may call ({@code models}); empty means all models.
	 * @param models model names
	 * @return this builder
	 */
	public B models(@Nullable List<String> models) {
		return set("models", copy(models));
	}

	/**
	 * The key's spend so far ({@code spend}), in USD.
	 * @param spend the spend, not negative
	 * @return this builder
	 */
	public B spend(@Nullable Double spend) {
		return put("spend", spend);
	}

	/**
	 * The key's budget ({@code max_budget}), in USD.
	 * @param maxBudget the budget, not negative
	 * @return this builder
	 */
	public B maxBudget(@Nullable Double maxBudget) {
		return put("max_budget", maxBudget);
	}

	/**
	 * The user the key belongs to ({@code user_id}).
	 * @param userId the user id
	 * @return this builder
	 */
	public B userId(@Nullable String userId) {
		return set("user_id", userId);
	}

	/**
	 * The team the key belongs to ({@code team_id}).
	 * @param teamId the team id
	 * @return this builder
	 */
	public B teamId(@Nullable String teamId) {
		return set("team_id", teamId);
	}

	/**
	 * The agent the key belongs to ({@code agent_id}; proxies newer than 1.81.14).
	 * @param agentId the agent id
	 * @return this builder
	 */
	public B agentId(@Nullable String agentId) {
		return set("agent_id", agentId);
	}

	/**
	 * The organization the key belongs to ({@code organization_id}).
	 * @param organizationId the organization id
	 * @return this builder
	 */
	public B organizationId(@Nullable String organizationId) {
		return set("organization_id", organizationId);
	}

	/**
	 * The most requests the key may have in flight ({@code max_parallel_requests}).
	 * @param maxParallelRequests the limit, not negative
	 * @return this builder
	 */
	public B maxParallelRequests(@Nullable Integer maxParallelRequests) {
		return set("max_parallel_requests", KeyArguments.requireNotNegative("max_parallel_requests",
				maxParallelRequests));
	}

	/**
	 * The key's metadata ({@code metadata}). On update it replaces the stored map as a whole; it is not merged.
	 * @param metadata the metadata
	 * @return this builder
	 */
	public B metadata(@Nullable Map<String, ?> metadata) {
		return set("metadata", copy(metadata));
	}

	/**
	 * Tokens per minute ({@code tpm_limit}).
	 * @param tpmLimit the limit, not negative
	 * @return this builder
	 */
	public B tpmLimit(@Nullable Long tpmLimit) {
		return set("tpm_limit", KeyArguments.requireNotNegative("tpm_limit", tpmLimit));
	}

	/**
	 * Requests per minute ({@code rpm_limit}).
	 * @param rpmLimit the limit, not negative
	 * @return this builder
	 */
	public B rpmLimit(@Nullable Long rpmLimit) {
		return set("rpm_limit", KeyArguments.requireNotNegative("rpm_limit", rpmLimit));
	}

	/**
	 * How often the budget resets ({@code budget_duration}), as a LiteLLM duration string such as
	 * {@code "30d"}. The proxy resets on calendar boundaries (midnight, Monday, the 1st) and supports only
	 * {@code "1mo"} among month values.
	 * @param budgetDuration the duration string
	 * @return this builder
	 * @throws IllegalArgumentException if the string is not of that form, zero, or a month value other than
	 * {@code "1mo"}
	 */
	public B budgetDuration(@Nullable String budgetDuration) {
		return put("budget_duration", budgetDuration);
	}

	/**
	 * How often the budget resets ({@code budget_duration}).
	 * @param budgetDuration a positive duration of whole seconds
	 * @return this builder
	 * @throws IllegalArgumentException if the duration is null, not positive or not whole seconds
	 */
	public B budgetDuration(Duration budgetDuration) {
		return set("budget_duration", LiteLlmDurations.format("budget_duration", budgetDuration));
	}

	/**
	 * The cache controls callers may use ({@code allowed_cache_controls}).
	 * @param allowedCacheControls the cache controls
	 * @return this builder
	 */
	public B allowedCacheControls(@Nullable List<String> allowedCacheControls) {
		return set("allowed_cache_controls", copy(allowedCacheControls));
	}

	/**
	 * Per-key configuration ({@code config}).
	 * @param config the configuration
	 * @return this builder
	 */
	public B config(@Nullable Map<String, ?> config) {
		return set("config", copy(config));
	}

	/**
	 * Permissions ({@code permissions}).
	 * @param permissions the permissions
	 * @return this builder
	 */
	public B permissions(@Nullable Map<String, ?> permissions) {
		return set("permissions", copy(permissions));
	}

	/**
	 * Budgets per model ({@code model_max_budget}; an Enterprise feature of the proxy).
	 * @param modelMaxBudget model name to budget settings
	 * @return this builder
	 */
	public B modelMaxBudget(@Nullable Map<String, ?> modelMaxBudget) {
		return set("model_max_budget", copy(modelMaxBudget));
	}

	/**
	 * Requests per minute per model ({@code model_rpm_limit}); the proxy stores it in {@code metadata}.
	 * @param modelRpmLimit model name to limit
	 * @return this builder
	 */
	public B modelRpmLimit(@Nullable Map<String, ?> modelRpmLimit) {
		return set("model_rpm_limit", copy(modelRpmLimit));
	}

	/**
	 * Tokens per minute per model ({@code model_tpm_limit}); the proxy stores it in {@code metadata}.
	 * @param modelTpmLimit model name to limit
	 * @return this builder
	 */
	public B modelTpmLimit(@Nullable Map<String, ?> modelTpmLimit) {
		return set("model_tpm_limit", copy(modelTpmLimit));
	}

	/**
	 * Guardrails ({@code guardrails}; Enterprise).
	 * @param guardrails guardrail names
	 * @return this builder
	 */
	public B guardrails(@Nullable List<String> guardrails) {
		return set("guardrails", copy(guardrails));
	}

	/**
	 * Policies ({@code policies}; Enterprise).
	 * @param policies policy names
	 * @return this builder
	 */
	public B policies(@Nullable List<String> policies) {
		return set("policies", copy(policies));
	}

	/**
	 * Prompts ({@code prompts}; Enterprise).
	 * @param prompts prompt ids
	 * @return this builder
	 */
	public B prompts(@Nullable List<String> prompts) {
		return set("prompts", copy(prompts));
	}

	/**
	 * Whether the key is blocked ({@code blocked}).
	 * @param blocked {@code true} to block
	 * @return this builder
	 */
	public B blocked(@Nullable Boolean blocked) {
		return set("blocked", blocked);
	}

	/**
	 * Model aliases ({@code aliases}).
	 * @param aliases alias to model name
	 * @return this builder
	 */
	public B aliases(@Nullable Map<String, ?> aliases) {
		return set("aliases", copy(aliases));
	}

	/**
	 * Object permissions ({@code object_permission}): MCP servers, vector stores, agents and models the key may
	 * use, under the proxy's names ({@code mcp_servers}, {@code vector_stores}, …).
	 * @param objectPermission the permissions
	 * @return this builder
	 */
	public B objectPermission(@Nullable Map<String, ?> objectPermission) {
		return set("object_permission", copy(objectPermission));
	}

	/**
	 * An existing budget to attach ({@code budget_id}).
	 * @param budgetId the budget id
	 * @return this builder
	 */
	public B budgetId(@Nullable String budgetId) {
		return set("budget_id", budgetId);
	}

	/**
	 * Tags ({@code tags}; Enterprise), stored in {@code metadata}.
	 * @param tags the tags
	 * @return this builder
	 */
	public B tags(@Nullable List<String> tags) {
		return set("tags", copy(tags));
	}

	/**
	 * Parameters every request of the key must carry ({@code enforced_params}).
	 * @param enforcedParams parameter names
	 * @return this builder
	 */
	public B enforcedParams(@Nullable List<String> enforcedParams) {
		return set("enforced_params", copy(enforcedParams));
	}

	/**
	 * Routes the key may call ({@code allowed_routes}).
	 * @param allowedRoutes route paths or route groups
	 * @return this builder
	 */
	public B allowedRoutes(@Nullable List<String> allowedRoutes) {
		return set("allowed_routes", copy(allowedRoutes));
	}

	/**
	 * Pass-through routes the key may call ({@code allowed_passthrough_routes}; Enterprise).
	 * @param allowedPassthroughRoutes route paths
	 * @return this builder
	 */
	public B allowedPassthroughRoutes(@Nullable List<String> allowedPassthroughRoutes) {
		return set("allowed_passthrough_routes", copy(allowedPassthroughRoutes));
	}

	/**
	 * Vector store indexes the key may use ({@code allowed_vector_store_indexes}), each a map with
	 * {@code index_name} and {@code index_permissions} ({@code "read"}, {@code "write"}).
	 * @param allowedVectorStoreIndexes the indexes
	 * @return this builder
	 */
	public B allowedVectorStoreIndexes(@Nullable List<? extends Map<String, ?>> allowedVectorStoreIndexes) {
		return set("allowed_vector_store_indexes", copy(allowedVectorStoreIndexes));
	}

	/**
	 * How the RPM limit is enforced ({@code rpm_limit_type}).
	 * @param rpmLimitType {@code guaranteed_throughput}, {@code best_effort_throughput} or {@code dynamic}
	 * @return this builder
	 */
	public B rpmLimitType(@Nullable String rpmLimitType) {
		return set("rpm_limit_type", KeyArguments.requireOneOf("rpm_limit_type", rpmLimitType, LIMIT_TYPES));
	}

	/**
	 * How the TPM limit is enforced ({@code tpm_limit_type}).
	 * @param tpmLimitType {@code guaranteed_throughput}, {@code best_effort_throughput} or {@code dynamic}
	 * @return this builder
	 */
	public B tpmLimitType(@Nullable String tpmLimitType) {
		return set("tpm_limit_type", KeyArguments.requireOneOf("tpm_limit_type", tpmLimitType, LIMIT_TYPES));
	}

	/**
	 * Router settings for the key's requests ({@code router_settings}), under the proxy's names.
	 * @param routerSettings the settings
	 * @return this builder
	 */
	public B routerSettings(@Nullable Map<String, ?> routerSettings) {
		return set("router_settings", copy(routerSettings));
	}

	/**
	 * Access groups ({@code access_group_ids}).
	 * @param accessGroupIds access group ids
	 * @return this builder
	 */
	public B accessGroupIds(@Nullable List<String> accessGroupIds) {
		return set("access_group_ids", copy(accessGroupIds));
	}

	/**
	 * Whether the proxy rotates the key on a schedule ({@code auto_rotate}); needs
	 * {@link #rotationInterval(String)}.
	 * @param autoRotate {@code true} to rotate automatically
	 * @return this builder
	 */
	public B autoRotate(@Nullable Boolean autoRotate) {
		return set("auto_rotate", autoRotate);
	}

	/**
	 * How often the proxy rotates the key ({@code rotation_interval}), as a LiteLLM duration string.
	 * @param rotationInterval the duration string
	 * @return this builder
	 */
	public B rotationInterval(@Nullable String rotationInterval) {
		return put("rotation_interval", rotationInterval);
	}

	/**
	 * How often the proxy rotates the key ({@code rotation_interval}).
	 * @param rotationInterval a positive duration of whole seconds
	 * @return this builder
	 */
	public B rotationInterval(Duration rotationInterval) {
		return set("rotation_interval", LiteLlmDurations.format("rotation_interval", rotationInterval));
	}

	/**
	 * A soft budget ({@code soft_budget}), in USD: crossing it triggers alerts, not blocking. On update,
	 * {@code null} removes it.
	 * @param softBudget the soft budget, finite and not negative
	 * @return this builder
	 */
	public B softBudget(@Nullable Double softBudget) {
		return put("soft_budget", softBudget);
	}

	/**
	 * Budgets over several windows at once ({@code budget_limits}; proxies newer than 1.81.14), each with its own
	 * reset schedule, for example $10 a day and $100 a month. The proxy caps a caller who is not an admin at their
	 * own {@code max_budget}.
	 * @param budgetLimits the windows
	 * @return this builder
	 */
	public B budgetLimits(@Nullable List<BudgetLimit> budgetLimits) {
		return put("budget_limits", budgetLimits);
	}

	/**
	 * The models to fall back to per model once that model's {@code model_max_budget} is spent
	 * ({@code budget_fallbacks}; proxies newer than 1.81.14).
	 * @param budgetFallbacks model name to the models to fall back to, in order
	 * @return this builder
	 */
	public B budgetFallbacks(@Nullable Map<String, ? extends List<String>> budgetFallbacks) {
		return set("budget_fallbacks", KeyArguments.fallbacks("budget_fallbacks", budgetFallbacks));
	}

	/**
	 * Tokens per day ({@code tpd_limit}; proxies newer than 1.81.14).
	 * @param tpdLimit the limit, not negative
	 * @return this builder
	 */
	public B tpdLimit(@Nullable Long tpdLimit) {
		return set("tpd_limit", KeyArguments.requireNotNegative("tpd_limit", tpdLimit));
	}

	/**
	 * Requests per minute per MCP server ({@code mcp_rpm_limit}; proxies newer than 1.81.14), stored in
	 * {@code metadata}.
	 * @param mcpRpmLimit server name to limit, each not negative
	 * @return this builder
	 */
	public B mcpRpmLimit(@Nullable Map<String, Integer> mcpRpmLimit) {
		return set("mcp_rpm_limit", KeyArguments.counts("mcp_rpm_limit", mcpRpmLimit, 0));
	}

	/**
	 * Requests per minute per request tag ({@code tag_rpm_limit}; proxies newer than 1.81.14), stored in
	 * {@code metadata}.
	 * @param tagRpmLimit tag to limit, each not negative
	 * @return this builder
	 */
	public B tagRpmLimit(@Nullable Map<String, Integer> tagRpmLimit) {
		return set("tag_rpm_limit", KeyArguments.counts("tag_rpm_limit", tagRpmLimit, 0));
	}

	/**
	 * The output tokens the rate limiter reserves for a request that sets no {@code max_tokens}
	 * ({@code default_estimated_output_tokens}; proxies newer than 1.81.14; proxy admins only).
	 * @param defaultEstimatedOutputTokens the estimate, positive
	 * @return this builder
	 */
	public B defaultEstimatedOutputTokens(@Nullable Integer defaultEstimatedOutputTokens) {
		if (defaultEstimatedOutputTokens != null && defaultEstimatedOutputTokens < 1) {
			throw new IllegalArgumentException(
					"default_estimated_output_tokens must be positive, but was " + defaultEstimatedOutputTokens);
		}
		return set("default_estimated_output_tokens", defaultEstimatedOutputTokens);
	}

	/**
	 * {@link #defaultEstimatedOutputTokens(Integer)} per model
	 * ({@code default_estimated_output_tokens_per_model}; proxies newer than 1.81.14; proxy admins only).
	 * @param perModel model name to estimate, each positive
	 * @return this builder
	 */
	public B defaultEstimatedOutputTokensPerModel(@Nullable Map<String, Integer> perModel) {
		return set("default_estimated_output_tokens_per_model",
				KeyArguments.counts("default_estimated_output_tokens_per_model", perModel, 1));
	}

	/**
	 * The budget applied to each end user of the key ({@code end_user_budget_id}; proxies newer than 1.81.14;
	 * proxy admins only). The budget must exist; an empty string removes it.
	 * @param endUserBudgetId the budget id
	 * @return this builder
	 */
	public B endUserBudgetId(@Nullable String endUserBudgetId) {
		return set("end_user_budget_id", endUserBudgetId);
	}

	/**
	 * Whether the proxy's global guardrails skip the key's requests ({@code disable_global_guardrails}; proxies
	 * newer than 1.81.14; proxy admins only, Enterprise).
	 * @param disableGlobalGuardrails {@code true} to skip them
	 * @return this builder
	 */
	public B disableGlobalGuardrails(@Nullable Boolean disableGlobalGuardrails) {
		return set("disable_global_guardrails", disableGlobalGuardrails);
	}

	/**
	 * Whether the proxy adds prompt-caching markers to the key's requests ({@code enable_prompt_caching};
	 * proxies newer than 1.81.14), stored in {@code metadata}.
	 * @param enablePromptCaching {@code true} to add them
	 * @return this builder
	 */
	public B enablePromptCaching(@Nullable Boolean enablePromptCaching) {
		return set("enable_prompt_caching", enablePromptCaching);
	}

	/**
	 * Whether the key is slowed down rather than refused once its budget is spent
	 * ({@code throttle_on_budget_exceeded}; proxies newer than 1.81.14). Only a proxy admin may enable it
	 * (otherwise 403).
	 * @param throttleOnBudgetExceeded {@code true} to throttle
	 * @return this builder
	 */
	public B throttleOnBudgetExceeded(@Nullable Boolean throttleOnBudgetExceeded) {
		return set("throttle_on_budget_exceeded", throttleOnBudgetExceeded);
	}

	/**
	 * Set a field after the check its JSON name calls for, if any.
	 * @param jsonName the field's JSON name
	 * @param value the value
	 * @return this builder
	 */
	final B put(String jsonName, @Nullable Object value) {
		checkSettable(jsonName);
		return set(jsonName, (value != null) ? checked(jsonName, value) : null);
	}

	/**
	 * Refuse a field this request cannot carry at all, whatever its value.
	 * @param jsonName the field's JSON name
	 * @throws IllegalArgumentException if the field cannot be set
	 */
	void checkSettable(String jsonName) {
	}

	/**
	 * Check a value by its field's JSON name: the one place the checks of the typed methods live, so that
	 * {@link #field(String, Object)} cannot go around them.
	 * @param jsonName the field's JSON name
	 * @param value the value, not {@code null}
	 * @return the value to store
	 * @throws IllegalArgumentException if the value fails the check
	 */
	Object checked(String jsonName, Object value) {
		return switch (jsonName) {
			case "key" -> KeyArguments.requireCustomKey("key", KeyArguments.string("key", value));
			case "duration", "rotation_interval" -> LiteLlmDurations.check(jsonName, value);
			case "budget_duration" -> checkBudgetDuration(LiteLlmDurations.check(jsonName, value));
			case "max_budget", "soft_budget", "spend", "temp_budget_increase" ->
				KeyArguments.requireBudget(jsonName, value);
			case "budget_limits" -> BudgetLimit.wireForm(value);
			default -> value;
		};
	}

	private static String checkBudgetDuration(String budgetDuration) {
		if (budgetDuration.endsWith("mo") && !budgetDuration.equals("1mo")) {
			throw new IllegalArgumentException(
					"budget_duration supports only \"1mo\" among month values, but was \"" + budgetDuration + "\"");
		}
		return budgetDuration;
	}

	@SuppressWarnings("unchecked")
	final B set(String jsonName, @Nullable Object value) {
		if (value == null && !this.nullClears) {
			this.fields.remove(jsonName);
		}
		else {
			this.fields.put(jsonName, value);
		}
		return (B) this;
	}

	final @Nullable Object get(String jsonName) {
		return this.fields.get(jsonName);
	}

	final Map<String, @Nullable Object> fields() {
		return Collections.unmodifiableMap(new LinkedHashMap<>(this.fields));
	}

	private static @Nullable Object copy(@Nullable Object value) {
		if (value instanceof Map<?, ?> map) {
			return Collections.unmodifiableMap(new LinkedHashMap<>(map));
		}
		if (value instanceof List<?> list) {
			return Collections.unmodifiableList(new ArrayList<>(list));
		}
		return value;
	}

}
