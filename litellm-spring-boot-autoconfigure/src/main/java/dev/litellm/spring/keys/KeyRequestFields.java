package dev.litellm.spring.keys;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * How the key requests keep their fields: under their JSON names, in the order they were set, each value checked
 * by its name in one place ({@link #checked(String, Object)}), so that the typed methods of
 * {@link KeyRequestBuilder} and its {@link KeyRequestBuilder#field(String, Object) field} method apply the same
 * rules. What a {@code null} does depends on the request: sent as JSON {@code null} where it clears the stored
 * value, otherwise the field is removed.
 *
 * @param <B> the concrete builder type
 */
abstract class KeyRequestFields<B extends KeyRequestFields<B>> {

	private final Map<String, @Nullable Object> fields = new LinkedHashMap<>();

	private final boolean nullClears;

	KeyRequestFields(boolean nullClears) {
		this.nullClears = nullClears;
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
	 * {@link KeyRequestBuilder#field(String, Object)} cannot go around them.
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

	static @Nullable Object copy(@Nullable Object value) {
		if (value instanceof Map<?, ?> map) {
			return Collections.unmodifiableMap(new LinkedHashMap<>(map));
		}
		if (value instanceof List<?> list) {
			return Collections.unmodifiableList(new ArrayList<>(list));
		}
		return value;
	}

}
