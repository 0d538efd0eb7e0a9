package dev.litellm.spring.test.internal;

import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The budgets of newer proxies beside a key's single {@code max_budget}: its {@code budget_limits} windows (each
 * {@code {budget_duration, max_budget, reset_at}}) and its per-model {@code model_max_budget}, with the usage maps
 * {@code /key/info} reports for them. The fake has no LLM traffic, so every window and model has spent nothing.
 */
final class BudgetWindows {

	private BudgetWindows() {
	}

	/**
	 * {@code validate_budget_duration} and the budget check applied to each window of a request: a parseable,
	 * positive duration and a non-negative finite budget, else the proxy's 400.
	 *
	 * @param windows the validated {@code budget_limits}, or {@code null} when not sent
	 * @param validDuration whether a duration can be stored
	 */
	static void validate(@Nullable JsonNode windows, Predicate<String> validDuration) {
		if (windows == null || !windows.isArray()) {
			return;
		}
		for (JsonNode window : windows) {
			String duration = window.get("budget_duration").stringValue();
			if (!validDuration.test(duration)) {
				throw HttpError.ofErrorDict(400, "Invalid budget_duration '" + duration
						+ "'. Use a format like '1h', '24h', '7d', or '30d'.");
			}
			double maxBudget = window.get("max_budget").doubleValue();
			if (maxBudget < 0 || Double.isInfinite(maxBudget) || Double.isNaN(maxBudget)) {
				throw HttpError.ofErrorDict(400, "max_budget must be a non-negative finite number. Received: "
						+ PythonRepr.floatStr(maxBudget));
			}
		}
	}

	/**
	 * The windows as a create or update stores them: each with its {@code reset_at} at the next standardized reset
	 * of its duration ({@code get_budget_reset_time(...).isoformat()}), whatever the request said.
	 *
	 * @param windows the validated {@code budget_limits}
	 * @param now the time of the write
	 * @return the windows to store
	 */
	static JsonNode stamped(JsonNode windows, Instant now) {
		if (!windows.isArray()) {
			return windows;
		}
		ArrayNode stored = Json.array();
		for (JsonNode window : windows) {
			ObjectNode copy = ((ObjectNode) window).deepCopy();
			Instant resetAt = Durations.budgetResetAt(window.get("budget_duration").stringValue(), now);
			copy.put("reset_at", resetAt == null ? null : PythonRepr.isoformat(resetAt));
			stored.add(copy);
		}
		return stored;
	}

	/**
	 * What {@code /key/{key}/reset_spend} does to the windows: each restarts now and ends one duration later
	 * ({@code now + duration_in_seconds}), not at the calendar boundary.
	 *
	 * @param row the key row
	 * @param now the time of the reset
	 */
	static void restart(TableRow row, Instant now) {
		JsonNode windows = row.json("budget_limits");
		if (windows == null || !windows.isArray()) {
			return;
		}
		for (JsonNode window : windows) {
			Long seconds = Durations.seconds(window.get("budget_duration").stringValue(), now);
			if (seconds != null && window instanceof ObjectNode object) {
				object.put("reset_at", PythonRepr.isoformat(now.plusSeconds(seconds)));
			}
		}
	}

	/**
	 * Adds the usage maps of newer proxies to a {@code /key/info} record: {@code budget_limits_usage}
	 * ({@code {duration: {current_spend}}}) when the key has windows, and {@code model_max_budget_usage}
	 * ({@code {model: {current_spend, budget_limit, time_period}}}, leaving out a model without a valid
	 * {@code time_period}) when it has per-model budgets.
	 *
	 * @param info the record
	 * @param row the key row
	 * @param now the time of the request
	 */
	static void addUsage(ObjectNode info, TableRow row, Instant now) {
		JsonNode windows = row.json("budget_limits");
		if (windows != null && windows.isArray() && !windows.isEmpty()) {
			ObjectNode usage = info.putObject("budget_limits_usage");
			for (JsonNode window : windows) {
				usage.putObject(window.get("budget_duration").stringValue()).put("current_spend", 0.0);
			}
		}
		JsonNode modelBudgets = row.json("model_max_budget");
		if (modelBudgets != null && modelBudgets.isObject() && !modelBudgets.isEmpty()) {
			ObjectNode usage = info.putObject("model_max_budget_usage");
			for (Map.Entry<String, JsonNode> model : modelBudgets.properties()) {
				JsonNode period = model.getValue().get("time_period");
				if (period != null && period.isString() && positive(period.stringValue(), now)) {
					ObjectNode entry = usage.putObject(model.getKey());
					entry.put("current_spend", 0.0);
					entry.set("budget_limit", model.getValue().get("budget_limit"));
					entry.put("time_period", period.stringValue());
				}
			}
		}
	}

	private static boolean positive(String duration, Instant now) {
		try {
			Long seconds = Durations.seconds(duration, now);
			return seconds != null && seconds > 0;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
