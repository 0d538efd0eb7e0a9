package dev.litellm.spring.keys;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.litellm.spring.internal.ChangedByActors;
import dev.litellm.spring.internal.Secrets;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks that fail before anything is sent, with a message that names the field but never repeats a
 * key.
 */
final class KeyArguments {

	/**
	 * The shortest custom key the proxy accepts: its {@code MINIMUM_CUSTOM_KEY_LENGTH} setting, 16 unless an
	 * administrator changed it.
	 */
	static final int MIN_CUSTOM_KEY_LENGTH = 16;

	/** The fields of a request body whose value is a key, shown masked by {@link #describe(String, Map)}. */
	private static final Set<String> KEY_FIELDS = Set.of("key", "new_key", "new_master_key", "keys");

	private KeyArguments() {
	}

	static <T> T require(String name, @Nullable T value) {
		if (value == null) {
			throw new IllegalArgumentException(name + " must not be null");
		}
		return value;
	}

	static String requireKey(String field, @Nullable String key) {
		if (key == null || key.isBlank()) {
			throw new IllegalArgumentException(field + " must not be null or blank");
		}
		for (int i = 0; i < key.length(); i++) {
			char c = key.charAt(i);
			if (Character.isISOControl(c) || Character.isWhitespace(c)) {
				throw new IllegalArgumentException(field + " must not contain whitespace or control characters");
			}
		}
		return key;
	}

	static String requireCustomKey(String field, @Nullable String key) {
		requireKey(field, key);
		if (!key.startsWith("sk-")) {
			throw new IllegalArgumentException(field + " must start with \"sk-\"");
		}
		if (key.length() < MIN_CUSTOM_KEY_LENGTH) {
			throw new IllegalArgumentException(
					field + " must be at least " + MIN_CUSTOM_KEY_LENGTH + " characters long, but had " + key.length());
		}
		return key;
	}

	/**
	 * A value given as an {@code Object} (through {@code field(…)}) that must be a string.
	 * @param field the field's JSON name
	 * @param value the value
	 * @return the string
	 */
	static @Nullable String string(String field, @Nullable Object value) {
		if (value != null && !(value instanceof String)) {
			throw new IllegalArgumentException(field + " must be a string, but was " + typeOf(value));
		}
		return (String) value;
	}

	/**
	 * A budget in USD: a finite, non-negative number, as the proxy requires of {@code max_budget} and
	 * {@code soft_budget}.
	 * @param field the field's JSON name
	 * @param value the value
	 * @return the value
	 */
	static @Nullable Number requireBudget(String field, @Nullable Object value) {
		if (value != null && !(value instanceof Number)) {
			throw new IllegalArgumentException(field + " must be a number, but was " + typeOf(value));
		}
		return requireNotNegative(field, (Number) value);
	}

	/**
	 * A map of counts per name ({@code mcp_rpm_limit}, {@code tag_rpm_limit}, …), copied.
	 * @param field the field's JSON name
	 * @param counts the counts
	 * @param min the least count allowed
	 * @return an unmodifiable copy, or {@code null} for {@code null}
	 */
	static @Nullable Map<String, Integer> counts(String field, @Nullable Map<String, Integer> counts, int min) {
		if (counts == null) {
			return null;
		}
		Map<String, Integer> copy = new LinkedHashMap<>();
		counts.forEach((name, count) -> {
			requireText(field + " name", name);
			if (count == null || count < min) {
				throw new IllegalArgumentException(field + " for \"" + name + "\" must be at least " + min
						+ ", but was " + count);
			}
			copy.put(name, count);
		});
		return Collections.unmodifiableMap(copy);
	}

	/**
	 * A map of model name to fallback models ({@code budget_fallbacks}), copied deeply.
	 * @param field the field's JSON name
	 * @param fallbacks the fallbacks
	 * @return an unmodifiable copy, or {@code null} for {@code null}
	 */
	static @Nullable Map<String, List<String>> fallbacks(String field,
			@Nullable Map<String, ? extends @Nullable List<String>> fallbacks) {
		if (fallbacks == null) {
			return null;
		}
		Map<String, List<String>> copy = new LinkedHashMap<>();
		fallbacks.forEach((model, models) -> {
			requireText(field + " model", model);
			if (models == null || models.isEmpty()) {
				throw new IllegalArgumentException(field + " for \"" + model + "\" must list at least one model");
			}
			models.forEach((fallback) -> requireText(field + " for \"" + model + "\"", fallback));
			copy.put(model, List.copyOf(models));
		});
		return Collections.unmodifiableMap(copy);
	}

	static <T> Collection<T> requireCollection(String field, @Nullable Collection<T> values) {
		if (values == null) {
			throw new IllegalArgumentException(field + " must not be null");
		}
		return values;
	}

	static String typeOf(Object value) {
		return "a " + value.getClass().getSimpleName();
	}

	/**
	 * A request's {@code toString()}: its fields with every value of a key field masked, whatever its form,
	 * and any other {@code sk-…} value masked as well.
	 * @param type the request's type name
	 * @param fields the fields under their JSON names
	 * @return the description
	 */
	static String describe(String type, Map<String, ?> fields) {
		Map<String, @Nullable Object> shown = new LinkedHashMap<>(fields);
		shown.replaceAll((name, value) -> KEY_FIELDS.contains(name) ? maskKeys(name, value) : value);
		return Secrets.mask(type + shown);
	}

	private static @Nullable Object maskKeys(String field, @Nullable Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map((element) -> maskKeys(field, element)).toList();
		}
		if (value == null || "new_master_key".equals(field)) {
			return (value != null) ? "****" : null;
		}
		String key = value.toString();
		return Secrets.isRawKey(key) ? Secrets.maskKey(key) : (looksLikeHash(key) ? key : "****");
	}

	private static boolean looksLikeHash(String value) {
		return value.length() == 64 && value.chars().allMatch((c) -> Character.digit(c, 16) >= 0);
	}

	static String requireText(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + " must not be null or blank");
		}
		return value;
	}

	static String requireHeaderValue(String field, @Nullable String value) {
		return ChangedByActors.requireHeaderValue(field, value);
	}

	static <N extends Number> @Nullable N requireNotNegative(String field, @Nullable N value) {
		if (value != null && value.doubleValue() < 0) {
			throw new IllegalArgumentException(field + " must not be negative, but was " + value);
		}
		if (value != null && !Double.isFinite(value.doubleValue())) {
			throw new IllegalArgumentException(field + " must be a finite number, but was " + value);
		}
		return value;
	}

	static @Nullable String requireOneOf(String field, @Nullable String value, Set<String> allowed) {
		if (value != null && !allowed.contains(value)) {
			throw new IllegalArgumentException(field + " must be one of " + allowed + ", but was \"" + value + "\"");
		}
		return value;
	}

}
