package dev.litellm.spring.keys;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * What every response's builder shares: the fields this client does not know, and copying. Jackson reads a
 * response into its builder's fields and writes it from them.
 *
 * @param <B> the concrete builder
 */
abstract class ProxyResponseBuilder<B extends ProxyResponseBuilder<B>> implements Cloneable {

	@JsonAnyGetter
	Map<String, @Nullable Object> additionalProperties = Map.of();

	/**
	 * Add a field this version of the client does not know, as {@code additionalProperties()} returns it.
	 * @param name the JSON name
	 * @param value the value
	 * @return this builder
	 */
	@JsonAnySetter
	@SuppressWarnings("unchecked")
	public B additionalProperty(String name, @Nullable Object value) {
		this.additionalProperties = ExtraFields.with(this.additionalProperties, name, value);
		return (B) this;
	}

	/**
	 * Read the current property of a response into the field of its JSON name, for the responses that
	 * {@link ResponseDeserializer} reads; the others are read by Jackson's bean deserializer.
	 * @param name the property's name
	 * @param in the reader, positioned on the property's value
	 * @return whether this builder has a field of that name
	 */
	boolean readField(PropertyName name, FieldReader in) {
		return false;
	}

	/** {@return this builder, as its concrete type} */
	@SuppressWarnings("unchecked")
	final B self() {
		return (B) this;
	}

	/**
	 * A copy of this builder's fields, for a response or another builder.
	 * @return the copy
	 */
	@SuppressWarnings("unchecked")
	B copy() {
		try {
			return (B) clone();
		}
		catch (CloneNotSupportedException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
