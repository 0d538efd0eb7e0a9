package dev.litellm.spring.keys;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import dev.litellm.spring.internal.Secrets;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The answer of {@code POST /key/delete}.
 *
 * <p>Immutable. {@link #builder()} and {@link #toBuilder()} make one, in tests for example; a field added in a
 * later version adds an accessor and a builder method and changes no existing signature.
 */
public final class DeleteKeysResponse extends ProxyResponse<DeleteKeysResponse.Builder> {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	private DeleteKeysResponse(Builder fields) {
		super(fields);
		fields.deletedKeys = (fields.deletedKeys != null) ? List.copyOf(fields.deletedKeys) : List.of();
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
	 * {@return the keys or aliases of the request, echoed as sent. The proxy echoes every one of them,
	 * including those that did not exist, as long as at least one did}
	 */
	public List<String> deletedKeys() { return this.fields.deletedKeys; }

	@Override
	public String toString() {
		return Secrets.mask("DeleteKeysResponse[deletedKeys=" + this.fields.deletedKeys + "]");
	}

	/**
	 * Builds a {@link DeleteKeysResponse}. Each method sets the accessor of the same name; {@code null} unsets it.
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	@JsonAutoDetect(fieldVisibility = Visibility.ANY)
	public static final class Builder extends ProxyResponseBuilder<Builder> {

		private @Nullable List<String> deletedKeys;

		private Builder() {
		}

		/** Set {@link DeleteKeysResponse#deletedKeys()}; returns this builder. */
		public Builder deletedKeys(@Nullable List<String> deletedKeys) { this.deletedKeys = deletedKeys; return this; }

		/**
		 * Build the response.
		 * @return the immutable response
		 */
		public DeleteKeysResponse build() {
			return new DeleteKeysResponse(copy());
		}

	}

}
