package dev.litellm.spring.keys;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The JSON mapper the client reads and writes the proxy's bodies with: Jackson's defaults, requests written as
 * their map of fields, the proxy's datetimes read by their layout, and property names interned. The key records
 * are read by {@link ResponseDeserializer}, which matches each property name by identity with the name read at the
 * same position of the record before; the parser interns a name once, when it first meets it.
 */
final class KeyJson {

	/** The types the client reads answers into, whose deserializers a new mapper makes at once. */
	static final List<Class<?>> ANSWERS = List.of(KeyInfoResponse.class, KeyInfo.class, GenerateKeyResponse.class,
			KeyListResponse.class, KeyInfoBatch.Answer.class, DeleteKeysResponse.class, BulkUpdateKeysResponse.class,
			ResetSpendResponse.class, KeyAliasesResponse.class, KeyHealthResponse.class);

	private KeyJson() {
	}

	/**
	 * A new mapper for one client.
	 * @return the mapper
	 */
	static JsonMapper newMapper() {
		JsonFactory names = JsonFactory.builder().enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES).build();
		JsonMapper mapper = JsonMapper.builder(names)
			.addModule(requests())
			.addModule(ProxyDateTimeDeserializer.module())
			.build();
		// Jackson makes a type's deserializer under a lock the first time it reads that type: two event loops reading
		// their first answers at once would wait for each other, a blocking call that BlockHound reports. Made here,
		// they are only looked up when answers arrive.
		for (Class<?> answer : ANSWERS) {
			mapper.readerFor(answer);
		}
		return mapper;
	}

	/**
	 * The requests built on {@link KeyRequestBuilder}, written as the map their {@code @JsonValue} returns. Jackson
	 * resolves a {@code @JsonValue}'s generic type again on every write, which takes longer than writing the map.
	 */
	private static SimpleModule requests() {
		return new SimpleModule("litellm-requests")
			.addSerializer(GenerateKeyRequest.class, fields(GenerateKeyRequest.class, GenerateKeyRequest::fields))
			.addSerializer(UpdateKeyRequest.class, fields(UpdateKeyRequest.class, UpdateKeyRequest::fields))
			.addSerializer(RegenerateKeyRequest.class,
					fields(RegenerateKeyRequest.class, RegenerateKeyRequest::fields));
	}

	private static <T> ValueSerializer<T> fields(Class<T> type, Function<T, Map<String, ?>> fields) {
		return new StdSerializer<>(type) {

			@Override
			public void serialize(T value, JsonGenerator generator, SerializationContext context) {
				context.writeValue(generator, fields.apply(value));
			}

		};
	}

}
