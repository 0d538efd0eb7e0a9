package dev.litellm.spring.keys;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a field that the proxy returns either as JSON or as the JSON text it stored, such as
 * {@code budget_limits} and {@code budget_fallbacks}: the proxy decodes them on some routes and passes the stored
 * text through on others. Either way the field's own type is read, with the client's mapper, so its datetimes go
 * through {@link ProxyDateTimeDeserializer}.
 */
final class StoredJson extends ValueDeserializer<Object> {

	private final @Nullable JavaType type;

	StoredJson() {
		this(null);
	}

	private StoredJson(@Nullable JavaType type) {
		this.type = type;
	}

	@Override
	public ValueDeserializer<?> createContextual(DeserializationContext context, @Nullable BeanProperty property) {
		return (property != null) ? new StoredJson(property.getType()) : this;
	}

	@Override
	public @Nullable Object deserialize(JsonParser parser, DeserializationContext context) {
		JavaType type = (this.type != null) ? this.type : context.constructType(Object.class);
		if (!parser.hasToken(JsonToken.VALUE_STRING)) {
			return context.readValue(parser, type);
		}
		try (JsonParser stored = context.createParser(parser.getString())) {
			JsonToken first = stored.nextToken();
			return (first == null || first == JsonToken.VALUE_NULL) ? null : context.readValue(stored, type);
		}
	}

}
