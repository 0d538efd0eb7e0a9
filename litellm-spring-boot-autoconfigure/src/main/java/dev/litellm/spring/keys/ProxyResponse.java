package dev.litellm.spring.keys;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * What every response shares: its fields, kept in a private copy of its builder, from which Jackson also writes
 * it; the fields this client does not know; and {@code equals} and {@code hashCode} over all fields.
 *
 * @param <B> the response's builder
 */
abstract class ProxyResponse<B extends ProxyResponseBuilder<B>> {

	@JsonValue
	final B fields;

	/**
	 * Keep the builder, which no one else holds any more, freezing its unknown fields.
	 * @param fields a builder made for this response alone
	 */
	ProxyResponse(B fields) {
		fields.additionalProperties = ExtraFields.copyOf(fields.additionalProperties);
		this.fields = fields;
	}

	/** {@return fields this version of the client does not know, under their JSON names (unmodifiable)} */
	public Map<String, @Nullable Object> additionalProperties() {
		return this.fields.additionalProperties;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return this == other || (other != null && other.getClass() == getClass()
				&& FieldValues.equal(this.fields, ((ProxyResponse<?>) other).fields));
	}

	@Override
	public int hashCode() {
		return FieldValues.hash(this.fields);
	}

}
