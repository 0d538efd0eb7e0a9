package dev.litellm.spring.keys;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The spending and rate limits of a key that {@code /key/generate}, {@code /key/update} and
 * {@code /key/regenerate} share: budgets and their windows, per-model budgets and fallbacks, and the request and
 * token limits, with the checks the proxy would otherwise fail on. Part of {@link KeyRequestBuilder}.
 *
 * @param <B> the concrete builder type
 */
abstract class KeyRequestLimits<B extends KeyRequestLimits<B>> extends KeyRequestFields<B> {

	private static final Set<String> LIMIT_TYPES = Set.of("guaranteed_throughput", "best_effort_throughput",
			"dynamic");

	KeyRequestLimits(boolean nullClears) {
		super(nullClears);
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
	 * The most requests the key may have in flight ({@code max_parallel_requests}).
	 * @param maxParallelRequests the limit, not negative
	 * @return this builder
	 */
	public B maxParallelRequests(@Nullable Integer maxParallelRequests) {
		return set("max_parallel_requests", KeyArguments.requireNotNegative("max_parallel_requests",
				maxParallelRequests));
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
	 * Whether the key is slowed down rather than refused once its budget is spent
	 * ({@code throttle_on_budget_exceeded}; proxies newer than 1.81.14). Only a proxy admin may enable it
	 * (otherwise 403).
	 * @param throttleOnBudgetExceeded {@code true} to throttle
	 * @return this builder
	 */
	public B throttleOnBudgetExceeded(@Nullable Boolean throttleOnBudgetExceeded) {
		return set("throttle_on_budget_exceeded", throttleOnBudgetExceeded);
	}

}
