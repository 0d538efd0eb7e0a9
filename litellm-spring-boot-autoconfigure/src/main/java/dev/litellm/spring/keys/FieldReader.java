package dev.litellm.spring.keys;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.type.TypeFactory;

/**
 * Reads the value of the current property of a key record, typed as the builder's field. A builder's
 * {@code readField} picks the method by the property's JSON name; see {@link ResponseDeserializer}.
 *
 * <p>Scalars in their plain JSON form are read from the parser directly; anything else (a number written as text,
 * an array where a string belongs) goes to Jackson's deserializer of the field's type, with its coercions and its
 * errors. Structured values go to the deserializers Jackson has for their types, looked up once per mapper.
 */
final class FieldReader {

	private final JsonParser parser;

	private final DeserializationContext context;

	private final Types types;

	FieldReader(JsonParser parser, DeserializationContext context, Types types) {
		this.parser = parser;
		this.context = context;
		this.types = types;
	}

	@Nullable String string() {
		return this.parser.hasToken(JsonToken.VALUE_STRING) ? this.parser.getString() : scalar(String.class);
	}

	@Nullable Double decimal() {
		JsonToken token = this.parser.currentToken();
		return (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT)
				? this.parser.getDoubleValue() : scalar(Double.class);
	}

	@Nullable Long whole() {
		return this.parser.hasToken(JsonToken.VALUE_NUMBER_INT) ? this.parser.getLongValue() : scalar(Long.class);
	}

	@Nullable Integer integer() {
		return this.parser.hasToken(JsonToken.VALUE_NUMBER_INT) ? this.parser.getIntValue() : scalar(Integer.class);
	}

	@Nullable Boolean bool() {
		JsonToken token = this.parser.currentToken();
		if (token == JsonToken.VALUE_TRUE) {
			return Boolean.TRUE;
		}
		return (token == JsonToken.VALUE_FALSE) ? Boolean.FALSE : scalar(Boolean.class);
	}

	@Nullable OffsetDateTime dateTime() {
		return read(this.types.dateTime);
	}

	@Nullable Map<String, Object> map() {
		if (this.parser.hasToken(JsonToken.START_OBJECT)) {
			// An empty object is common ("aliases": {}) and needs no map of its own; Jackson's untyped reader takes
			// the others from their first name on.
			return (this.parser.nextToken() == JsonToken.END_OBJECT) ? Map.of() : read(this.types.any);
		}
		return read(this.types.map);
	}

	@Nullable List<String> strings() {
		return read(this.types.strings);
	}

	@Nullable List<Object> list() {
		return read(this.parser.hasToken(JsonToken.START_ARRAY) ? this.types.any : this.types.list);
	}

	@Nullable Object any() {
		return read(this.types.any);
	}

	@Nullable Map<String, Map<String, Object>> mapOfMaps() {
		return read(this.types.mapOfMaps);
	}

	@Nullable List<Map<String, Object>> maps() {
		return read(this.types.maps);
	}

	@Nullable Map<String, Long> longs() {
		return read(this.types.longs);
	}

	@Nullable Map<String, Integer> integers() {
		return read(this.types.integers);
	}

	/** {@code budget_limits}: JSON, or the JSON text the proxy stored. */
	@Nullable List<BudgetLimitEntry> budgetLimits() {
		return read(this.types.budgetLimits);
	}

	/** {@code budget_fallbacks}: JSON, or the JSON text the proxy stored. */
	@Nullable Map<String, List<String>> budgetFallbacks() {
		return read(this.types.budgetFallbacks);
	}

	@Nullable KeyInfo keyInfo() {
		return read(this.types.keyInfo(this.context));
	}

	private <T> @Nullable T scalar(Class<T> type) {
		return this.parser.hasToken(JsonToken.VALUE_NULL) ? null : this.context.readValue(this.parser, type);
	}

	@SuppressWarnings("unchecked")
	private <T> @Nullable T read(ValueDeserializer<?> deserializer) {
		if (this.parser.hasToken(JsonToken.VALUE_NULL)) {
			return null;
		}
		return (T) deserializer.deserialize(this.parser, this.context);
	}

	/**
	 * The deserializers of the structured field types, found once when Jackson resolves a
	 * {@link ResponseDeserializer}: the mapper's own, so its modules and settings apply.
	 */
	static final class Types {

		final ValueDeserializer<?> dateTime;

		final ValueDeserializer<?> map;

		final ValueDeserializer<?> strings;

		final ValueDeserializer<?> list;

		final ValueDeserializer<?> any;

		final ValueDeserializer<?> mapOfMaps;

		final ValueDeserializer<?> maps;

		final ValueDeserializer<?> longs;

		final ValueDeserializer<?> integers;

		final ValueDeserializer<?> budgetLimits;

		final ValueDeserializer<?> budgetFallbacks;

		private volatile @Nullable ValueDeserializer<?> keyInfo;

		Types(DeserializationContext context) {
			TypeFactory types = context.getTypeFactory();
			JavaType map = types.constructMapType(Map.class, String.class, Object.class);
			this.dateTime = find(context, types.constructType(OffsetDateTime.class));
			this.map = find(context, map);
			this.strings = find(context, types.constructCollectionType(List.class, String.class));
			this.list = find(context, types.constructCollectionType(List.class, Object.class));
			this.any = find(context, types.constructType(Object.class));
			this.mapOfMaps = find(context, types.constructMapType(Map.class, types.constructType(String.class), map));
			this.maps = find(context, types.constructCollectionType(List.class, map));
			this.longs = find(context, types.constructMapType(Map.class, String.class, Long.class));
			this.integers = find(context, types.constructMapType(Map.class, String.class, Integer.class));
			this.budgetLimits = StoredJson.of(types.constructCollectionType(List.class, BudgetLimitEntry.class));
			this.budgetFallbacks = StoredJson.of(types.constructMapType(Map.class, types.constructType(String.class),
					types.constructCollectionType(List.class, String.class)));
		}

		/** Found on first use, as a record's own deserializer is being resolved while these types are found. */
		ValueDeserializer<?> keyInfo(DeserializationContext context) {
			ValueDeserializer<?> keyInfo = this.keyInfo;
			if (keyInfo == null) {
				keyInfo = find(context, context.constructType(KeyInfo.class));
				this.keyInfo = keyInfo;
			}
			return keyInfo;
		}

		private static ValueDeserializer<?> find(DeserializationContext context, JavaType type) {
			// Not findRootValueDeserializer: that looks for a polymorphic type handler again on every call.
			return context.findContextualValueDeserializer(type, null);
		}

	}

}
