package dev.litellm.spring.test.internal;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading the fields of a validated request body, where a field sent as JSON {@code null} counts as not set.
 */
final class BodyFields {

	private BodyFields() {
	}

	/** The value of a field that was sent and is not null. */
	static @Nullable JsonNode present(ObjectNode data, String field) {
		JsonNode value = data.get(field);
		return value == null || value.isNull() ? null : value;
	}

	/** The value of a field, or {@code fallback} when it is not set. */
	static JsonNode orDefault(ObjectNode data, String field, JsonNode fallback) {
		JsonNode value = present(data, field);
		return value == null ? fallback : value;
	}

	/** A string field's value. */
	static @Nullable String text(ObjectNode data, String field) {
		JsonNode value = present(data, field);
		return value == null ? null : value.stringValue();
	}

	/** A number field's value. */
	static @Nullable Double number(ObjectNode data, String field) {
		JsonNode value = present(data, field);
		return value == null ? null : value.doubleValue();
	}

}
