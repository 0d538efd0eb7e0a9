package dev.litellm.spring.keys;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import dev.litellm.spring.internal.Secrets;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The answer of {@code GET /key/info}: the key as it was asked for and its record.
 *
 * <p>Immutable. {@link #builder()} and {@link #toBuilder()} make one, in tests for example; a field added in a
 * later version adds an accessor and a builder method and changes no existing signature.
 */
@JsonDeserialize(using = KeyInfoResponse.Deserializer.class)
public final class KeyInfoResponse extends ProxyResponse<KeyInfoResponse.Builder> {

	private KeyInfoResponse(Builder fields) {
		super(fields);
	}

	/**
	 * Start a response with every field unset.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Start a response from this one's fields.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		return this.fields.copy();
	}

	/**
	 * {@return the key as the request named it: the hash this client sends, or the calling key's hash for
	 * {@link KeyManagementOperations#currentKeyInfo()}}
	 */
	public @Nullable String key() { return this.fields.key; }
	/** {@return the key's record (its {@code token} is not filled on this endpoint)} */
	public KeyInfo info() { return this.fields.info; }

	@Override
	public String toString() {
		return Secrets.mask("KeyInfoResponse[key=" + Secrets.maskKey(this.fields.key)
				+ ", info=" + this.fields.info + "]");
	}

	/**
	 * Builds a {@link KeyInfoResponse}. Each method sets the accessor of the same name; {@code null} unsets it.
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	@JsonAutoDetect(fieldVisibility = Visibility.ANY)
	public static final class Builder extends ProxyResponseBuilder<Builder> {

		private @Nullable String key;
		private @Nullable KeyInfo info;

		private Builder() {
		}

		@Override
		boolean readField(PropertyName name, FieldReader in) {
			switch (name) {
				case KEY -> this.key = in.string();
				case INFO -> this.info = in.keyInfo();
				default -> {
					return false;
				}
			}
			return true;
		}

		/** Set {@link KeyInfoResponse#key()}; returns this builder. */
		public Builder key(@Nullable String key) { this.key = key; return this; }
		/** Set {@link KeyInfoResponse#info()}; returns this builder. */
		public Builder info(@Nullable KeyInfo info) { this.info = info; return this; }

		/**
		 * Build the response.
		 * @return the immutable response
		 */
		public KeyInfoResponse build() {
			return new KeyInfoResponse(copy());
		}

	}

	/** Reads the response by field name. */
	static final class Deserializer extends ResponseDeserializer<Builder, KeyInfoResponse> {

		Deserializer() {
			super(KeyInfoResponse.class, Builder::new, KeyInfoResponse::new);
		}

	}

}
