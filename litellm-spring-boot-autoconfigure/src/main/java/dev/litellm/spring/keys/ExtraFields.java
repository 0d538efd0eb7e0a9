package dev.litellm.spring.keys;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The unknown-field maps of the responses: what a newer proxy sends that this client does not model.
 */
final class ExtraFields {

	private ExtraFields() {
	}

	/**
	 * The fields with one more, for a builder: a map this method made is changed in place, any other is copied.
	 */
	static Map<String, @Nullable Object> with(Map<String, @Nullable Object> fields, String name,
			@Nullable Object value) {
		Map<String, @Nullable Object> mutable = (fields instanceof LinkedHashMap) ? fields : new LinkedHashMap<>(fields);
		mutable.put(name, value);
		return mutable;
	}

	/** An unmodifiable copy that keeps JSON {@code null} values and the order of arrival. */
	static Map<String, @Nullable Object> copyOf(@Nullable Map<String, @Nullable Object> fields) {
		return (fields == null || fields.isEmpty()) ? Map.of()
				: Collections.unmodifiableMap(new LinkedHashMap<>(fields));
	}

}
