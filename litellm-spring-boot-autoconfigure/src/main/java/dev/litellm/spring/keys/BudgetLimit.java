package dev.litellm.spring.keys;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One budget window of a key ({@code budget_limits} on {@code /key/generate}, {@code /key/update} and
 * {@code /key/regenerate}; proxies newer than 1.81.14): at most {@code maxBudget} USD per {@code budgetDuration},
 * reset on its own schedule. Immutable; the proxy adds the next reset time ({@code reset_at}) itself.
 *
 * <pre class="code">
 * GenerateKeyRequest.builder()
 *     .budgetLimits(List.of(BudgetLimit.of("24h", 10.0), BudgetLimit.of(Duration.ofDays(30), 100.0)))
 *     .build();
 * </pre>
 *
 * @param budgetDuration the window, as a LiteLLM duration string such as {@code "24h"} or {@code "30d"}
 * (JSON {@code budget_duration})
 * @param maxBudget the most the key may spend in one window, in USD (JSON {@code max_budget})
 */
public record BudgetLimit(String budgetDuration, double maxBudget) {

	/**
	 * Create a window.
	 * @param budgetDuration a positive LiteLLM duration string: a whole number followed by {@code s}, {@code m},
	 * {@code h}, {@code d}, {@code w} or {@code mo}
	 * @param maxBudget the budget, finite and not negative
	 * @throws IllegalArgumentException if either is invalid
	 */
	public BudgetLimit {
		LiteLlmDurations.check("budget_limits.budget_duration", budgetDuration);
		KeyArguments.requireNotNegative("budget_limits.max_budget", maxBudget);
	}

	/**
	 * Create a window.
	 * @param budgetDuration a LiteLLM duration string such as {@code "24h"}
	 * @param maxBudget the budget in USD, finite and not negative
	 * @return the window
	 * @throws IllegalArgumentException if either is invalid
	 */
	public static BudgetLimit of(String budgetDuration, double maxBudget) {
		return new BudgetLimit(budgetDuration, maxBudget);
	}

	/**
	 * Create a window.
	 * @param budgetDuration a positive duration of whole seconds
	 * @param maxBudget the budget in USD, finite and not negative
	 * @return the window
	 * @throws IllegalArgumentException if either is invalid
	 */
	public static BudgetLimit of(Duration budgetDuration, double maxBudget) {
		return new BudgetLimit(LiteLlmDurations.format("budget_limits.budget_duration", budgetDuration), maxBudget);
	}

	/**
	 * The form sent to the proxy: a list of {@code {budget_duration, max_budget}} objects, from a list of
	 * {@link BudgetLimit} or of maps with those two entries (as {@code field("budget_limits", …)} may pass).
	 * @param value the list
	 * @return an unmodifiable list of maps
	 * @throws IllegalArgumentException if the value is not such a list
	 */
	static List<Map<String, Object>> wireForm(Object value) {
		if (!(value instanceof List<?> list)) {
			throw new IllegalArgumentException("budget_limits must be a list, but was " + KeyArguments.typeOf(value));
		}
		List<Map<String, Object>> wire = new ArrayList<>(list.size());
		for (Object element : list) {
			wire.add(of(element).toMap());
		}
		return Collections.unmodifiableList(wire);
	}

	private static BudgetLimit of(@Nullable Object element) {
		if (element instanceof BudgetLimit limit) {
			return limit;
		}
		if (element instanceof Map<?, ?> map && map.get("max_budget") instanceof Number maxBudget) {
			return new BudgetLimit(LiteLlmDurations.check("budget_limits.budget_duration", map.get("budget_duration")),
					maxBudget.doubleValue());
		}
		throw new IllegalArgumentException("budget_limits must hold BudgetLimit values or maps with budget_duration"
				+ " and a numeric max_budget, but held " + ((element != null) ? KeyArguments.typeOf(element) : "null"));
	}

	private Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("budget_duration", this.budgetDuration);
		map.put("max_budget", this.maxBudget);
		return Collections.unmodifiableMap(map);
	}

}
