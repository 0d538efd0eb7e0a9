package dev.litellm.spring.keys;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The unknown-field maps of the response records: what a newer proxy sends that this client does not model.
 */
final class ExtraFields {

	private ExtraFields() {
	}

	/** An unmodifiable copy that keeps JSON {@code null} values and the order of arrival. */
	static Map<String, @Nullable Object> copyOf(@Nullable Map<String, @Nullable Object> fields) {
		return (fields == null || fields.isEmpty()) ? Map.of()
				: Collections.unmodifiableMap(new LinkedHashMap<>(fields));
	}

}
