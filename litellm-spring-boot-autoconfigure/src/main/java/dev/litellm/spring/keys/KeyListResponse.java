package dev.litellm.spring.keys;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
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
 * @param keys the keys on this page. Without {@code return_full_object} the proxy sends only hashes; each
 * becomes a {@link KeyInfo} with just {@link KeyInfo#token()} set
 * @param totalCount how many keys match the query in all
 * @param currentPage this page's number, from 1
 * @param totalPages how many pages there are; 0 when nothing matches
 * @param additionalProperties fields this version of the client does not know, under their JSON names
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record KeyListResponse(@JsonDeserialize(contentUsing = KeyListItemDeserializer.class) List<KeyInfo> keys,
		@Nullable Integer totalCount, @Nullable Integer currentPage, @Nullable Integer totalPages,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/**
	 * Create a record; {@code additionalProperties} (and any list) is copied into an unmodifiable one.
	 * @param keys the keys on this page. Without {@code return_full_object} the proxy sends only hashes; each
	 * becomes a {@link KeyInfo} with just {@link KeyInfo#token()} set
	 * @param totalCount how many keys match the query in all
	 * @param currentPage this page's number, from 1
	 * @param totalPages how many pages there are; 0 when nothing matches
	 * @param additionalProperties fields this version of the client does not know, under their JSON names
	 */
	public KeyListResponse {
		keys = (keys != null) ? List.copyOf(keys) : List.of();
		additionalProperties = ExtraFields.copyOf(additionalProperties);
	}

	/**
	 * Whether a page after this one exists.
	 * @return {@code true} when the proxy reported more pages than this page's number
	 */
	public boolean hasNextPage() {
		return this.currentPage != null && this.totalPages != null && this.currentPage < this.totalPages
				&& !this.keys.isEmpty();
	}

	@Override
	public String toString() {
		return "KeyListResponse[keys=" + this.keys.size() + ", totalCount=" + this.totalCount + ", currentPage="
				+ this.currentPage + ", totalPages=" + this.totalPages + "]";
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
