package dev.litellm.spring.keys;

import java.time.Duration;
import java.util.List;
import java.util.Map;

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
public abstract class KeyRequestBuilder<B extends KeyRequestBuilder<B>> extends KeyRequestLimits<B> {

	KeyRequestBuilder(boolean nullClears) {
		super(nullClears);
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
	 * The key's metadata ({@code metadata}). On update it replaces the stored map as a whole; it is not merged.
	 * @param metadata the metadata
	 * @return this builder
	 */
	public B metadata(@Nullable Map<String, ?> metadata) {
		return set("metadata", copy(metadata));
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

}
