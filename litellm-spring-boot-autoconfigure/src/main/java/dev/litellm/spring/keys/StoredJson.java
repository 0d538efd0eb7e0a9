package dev.litellm.spring.keys;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a field that the proxy returns either as JSON or as the JSON text it stored, such as
 * {@code budget_limits} and {@code budget_fallbacks}: the proxy decodes them on some routes and passes the stored
 * text through on others. Either way the field's own type is read, with the mapper that reads the response, so
 * its datetimes go through the same deserializer as the others.
 */
final class StoredJson extends ValueDeserializer<Object> {

	private final JavaType type;

	private StoredJson(JavaType type) {
		this.type = type;
	}

	/**
	 * The reader of a field of the given type.
	 * @param type the field's type
	 * @return the deserializer
	 */
	static StoredJson of(JavaType type) {
		return new StoredJson(type);
	}

	@Override
	public @Nullable Object deserialize(JsonParser parser, DeserializationContext context) {
		if (!parser.hasToken(JsonToken.VALUE_STRING)) {
			return context.readValue(parser, this.type);
		}
		try (JsonParser stored = context.createParser(parser.getString())) {
			JsonToken first = stored.nextToken();
			return (first == null || first == JsonToken.VALUE_NULL) ? null : context.readValue(stored, this.type);
		}
	}

}
