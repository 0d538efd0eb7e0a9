package dev.litellm.spring.keys;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
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
		@JsonAnySetter Map<String, @Nullable Object> additionalProperties) {

	/**
	 * Normalizes {@code keys} and {@code additionalProperties} to unmodifiable collections.
	 */
	public KeyListResponse {
		keys = (keys != null) ? List.copyOf(keys) : List.of();
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * Fields this version of the client does not know, under their JSON names.
	 * @return an unmodifiable map, empty when every field was known
	 */
	@Override
	@JsonAnyGetter
	public Map<String, @Nullable Object> additionalProperties() {
		return this.additionalProperties;
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
	 * Reads a list item that is either a hash string or a full object.
	 */
	static final class KeyListItemDeserializer extends ValueDeserializer<KeyInfo> {

		@Override
		public KeyInfo deserialize(JsonParser parser, DeserializationContext context) {
			if (parser.currentToken() == JsonToken.VALUE_STRING) {
				return KeyInfo.ofToken(parser.getString());
			}
			return context.readValue(parser, KeyInfo.class);
		}

	}

}
