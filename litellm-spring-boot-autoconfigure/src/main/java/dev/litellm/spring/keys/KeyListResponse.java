package dev.litellm.spring.keys;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One page of {@code GET /key/list}.
 *
 * <p>Immutable. {@link #builder()} and {@link #toBuilder()} make one, in tests for example; a field added in a
 * later version adds an accessor and a builder method and changes no existing signature.
 */
public final class KeyListResponse extends ProxyResponse<KeyListResponse.Builder> {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	private KeyListResponse(Builder fields) {
		super(fields);
		fields.keys = (fields.keys != null) ? List.copyOf(fields.keys) : List.of();
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
	 * Whether a page after this one exists.
	 * @return {@code true} when the proxy reported more pages than this page's number
	 */
	public boolean hasNextPage() {
		Integer current = this.fields.currentPage;
		Integer total = this.fields.totalPages;
		return current != null && total != null && current < total && !keys().isEmpty();
	}

	/**
	 * {@return the keys on this page. Without {@code return_full_object} the proxy sends only hashes; each
	 * becomes a {@link KeyInfo} with just {@link KeyInfo#token()} set}
	 */
	public List<KeyInfo> keys() { return this.fields.keys; }
	/** {@return how many keys match the query in all} */
	public @Nullable Integer totalCount() { return this.fields.totalCount; }
	/** {@return this page's number, from 1} */
	public @Nullable Integer currentPage() { return this.fields.currentPage; }
	/** {@return how many pages there are; 0 when nothing matches} */
	public @Nullable Integer totalPages() { return this.fields.totalPages; }

	@Override
	public String toString() {
		return "KeyListResponse[keys=" + this.fields.keys.size() + ", totalCount=" + this.fields.totalCount + ", currentPage="
				+ this.fields.currentPage + ", totalPages=" + this.fields.totalPages + "]";
	}

	/**
	 * Builds a {@link KeyListResponse}. Each method sets the accessor of the same name; {@code null} unsets it.
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	@JsonAutoDetect(fieldVisibility = Visibility.ANY)
	public static final class Builder extends ProxyResponseBuilder<Builder> {

		@JsonDeserialize(contentUsing = KeyListItemDeserializer.class)
		private @Nullable List<KeyInfo> keys;
		private @Nullable Integer totalCount;
		private @Nullable Integer currentPage;
		private @Nullable Integer totalPages;

		private Builder() {
		}

		/** Set {@link KeyListResponse#keys()}; returns this builder. */
		public Builder keys(@Nullable List<KeyInfo> keys) { this.keys = keys; return this; }
		/** Set {@link KeyListResponse#totalCount()}; returns this builder. */
		public Builder totalCount(@Nullable Integer totalCount) { this.totalCount = totalCount; return this; }
		/** Set {@link KeyListResponse#currentPage()}; returns this builder. */
		public Builder currentPage(@Nullable Integer currentPage) { this.currentPage = currentPage; return this; }
		/** Set {@link KeyListResponse#totalPages()}; returns this builder. */
		public Builder totalPages(@Nullable Integer totalPages) { this.totalPages = totalPages; return this; }

		/**
		 * Build the response.
		 * @return the immutable response
		 */
		public KeyListResponse build() {
			return new KeyListResponse(copy());
		}

	}

	/**
	 * Reads a list item that is either a hash string or a full object. The {@link KeyInfo} deserializer is looked
	 * up once per property, not once per item: a page holds up to 100 of them.
	 */
	static final class KeyListItemDeserializer extends ValueDeserializer<KeyInfo> {

		private final @Nullable ValueDeserializer<Object> keyInfoDeserializer;

		KeyListItemDeserializer() {
			this(null);
		}

		private KeyListItemDeserializer(@Nullable ValueDeserializer<Object> keyInfoDeserializer) {
			this.keyInfoDeserializer = keyInfoDeserializer;
		}

		@Override
		public ValueDeserializer<?> createContextual(DeserializationContext context, @Nullable BeanProperty property) {
			return new KeyListItemDeserializer(
					context.findContextualValueDeserializer(context.constructType(KeyInfo.class), property));
		}

		@Override
		public KeyInfo deserialize(JsonParser parser, DeserializationContext context) {
			if (parser.currentToken() == JsonToken.VALUE_STRING) {
				return KeyInfo.ofToken(parser.getString());
			}
			if (this.keyInfoDeserializer == null) {
				return context.readValue(parser, KeyInfo.class);
			}
			return (KeyInfo) this.keyInfoDeserializer.deserialize(parser, context);
		}

	}

}
