package dev.litellm.spring.keys;

import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a response whose builder reads its own fields ({@link ProxyResponseBuilder#readField}): one pass over the
 * object's properties, each read by its JSON name into the builder's field of that name; a name the builder does
 * not have goes to {@code additionalProperties()}. Used for the key records ({@link KeyInfo},
 * {@link GenerateKeyResponse}) and {@link KeyInfoResponse}, the answers read most often.
 *
 * <p>A key record carries about a hundred fields, and a {@code /key/list} page a hundred records. Jackson's bean
 * deserializer finds each property, writes its field by reflection, then hands the builder to the response's
 * creator (1.2x the time the same JSON takes to become a {@code Map}). Here each name becomes its
 * {@link PropertyName} by the name read at the same position before ({@link #property}), and the
 * builder's {@code switch} on the constant jumps to the field: a page of records decodes in 0.95x-1.01x the time of
 * the map, a {@code /key/info} answer in 1.03x-1.06x, the difference its five datetimes, which a map leaves
 * as text. An error names the field, as Jackson's would.
 *
 * @param <B> the response's builder
 * @param <T> the response
 */
abstract class ResponseDeserializer<B extends ProxyResponseBuilder<B>, T> extends StdDeserializer<T> {

	private final Supplier<B> builders;

	private final Function<B, T> responses;

	private volatile FieldReader.@Nullable Types types;

	/** The name read at each position of the objects read before, with its constant; see {@link #property}. */
	private final @Nullable Seen[] seen = new Seen[256];

	ResponseDeserializer(Class<T> type, Supplier<B> builders, Function<B, T> responses) {
		super(type);
		this.builders = builders;
		this.responses = responses;
	}

	/** Kept by the mapper, like its bean deserializers: the types it resolved are the same for every read. */
	@Override
	public boolean isCachable() {
		return true;
	}

	@Override
	public void resolve(DeserializationContext context) {
		this.types = new FieldReader.Types(context);
	}

	@Override
	@SuppressWarnings("unchecked")
	public T deserialize(JsonParser parser, DeserializationContext context) {
		String name;
		if (parser.hasToken(JsonToken.START_OBJECT)) {
			name = parser.nextName();
		}
		else if (parser.hasToken(JsonToken.PROPERTY_NAME)) {
			name = parser.currentName();
		}
		else {
			return (T) context.handleUnexpectedToken(handledType(), parser);
		}
		FieldReader.Types types = this.types;
		if (types == null) {
			// Jackson resolves a deserializer before it hands it out; this is for one made some other way.
			types = new FieldReader.Types(context);
			this.types = types;
		}
		B builder = this.builders.get();
		FieldReader reader = new FieldReader(parser, context, types);
		for (int position = 0; name != null; name = parser.nextName(), position++) {
			parser.nextToken();
			try {
				PropertyName property = property(name, position);
				if (property == null || !builder.readField(property, reader)) {
					builder.additionalProperty(name, reader.any());
				}
			}
			catch (JacksonException ex) {
				throw DatabindException.wrapWithPath(ex, builder, name);
			}
		}
		return this.responses.apply(builder);
	}

	/**
	 * The constant of a property name. The proxy writes an answer's fields in the same order every time, so the name
	 * at a position is almost always the one read there last, and on the client's mapper, which interns names, the
	 * same {@code String}: {@code equals} finds it by identity and gives its constant at once. Another name is looked
	 * up and remembered for the next object; the same name as another {@code String} (a mapper that does not intern,
	 * an object converted from a map) is not, so it does not make a pair for every property. The remembered pairs are
	 * immutable, so threads reading at once see one pair or another, never half.
	 */
	private @Nullable PropertyName property(String name, int position) {
		if (position >= this.seen.length) {
			return PropertyName.of(name);
		}
		Seen seen = this.seen[position];
		if (seen != null && seen.name().equals(name)) {
			return seen.property();
		}
		PropertyName property = PropertyName.of(name);
		this.seen[position] = new Seen(name, property);
		return property;
	}

	private record Seen(String name, @Nullable PropertyName property) {
	}

}
