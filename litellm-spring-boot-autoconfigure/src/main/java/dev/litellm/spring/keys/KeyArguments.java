package dev.litellm.spring.keys;

import java.util.Set;

import dev.litellm.spring.internal.ChangedByActors;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks that fail before anything is sent, with a message that names the field but never repeats a
 * key.
 */
final class KeyArguments {

	private KeyArguments() {
	}

	static String requireKey(String field, @Nullable String key) {
		if (key == null || key.isBlank()) {
			throw new IllegalArgumentException(field + " must not be null or blank");
		}
		if (key.chars().anyMatch(Character::isISOControl) || key.chars().anyMatch(Character::isWhitespace)) {
			throw new IllegalArgumentException(field + " must not contain whitespace or control characters");
		}
		return key;
	}

	static String requireCustomKey(String field, @Nullable String key) {
		requireKey(field, key);
		if (!key.startsWith("sk-")) {
			throw new IllegalArgumentException(field + " must start with \"sk-\"");
		}
		return key;
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
		if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
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
