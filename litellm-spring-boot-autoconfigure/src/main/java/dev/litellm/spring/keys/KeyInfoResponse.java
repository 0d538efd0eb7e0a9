package dev.litellm.spring.keys;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.litellm.spring.internal.Secrets;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code GET /key/info}: the key as it was asked for and its record.
 *
 * @param key the key as the request named it: the hash this client sends, or the calling key's hash for
 * {@link KeyManagementOperations#currentKeyInfo()}
 * @param info the key's record (its {@code token} is not filled on this endpoint)
 * @param additionalProperties fields this version of the client does not know, under their JSON names
 */
public record KeyInfoResponse(@Nullable String key, KeyInfo info,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/**
	 * Create a record; {@code additionalProperties} (and any list) is copied into an unmodifiable one.
	 * @param key the key as the request named it: the hash this client sends, or the calling key's hash for
	 * {@link KeyManagementOperations#currentKeyInfo()}
	 * @param info the key's record (its {@code token} is not filled on this endpoint)
	 * @param additionalProperties fields this version of the client does not know, under their JSON names
	 */
	public KeyInfoResponse {
		additionalProperties = ExtraFields.copyOf(additionalProperties);
	}

	@Override
	public String toString() {
		return Secrets.mask("KeyInfoResponse[key=" + Secrets.maskKey(this.key) + ", info=" + this.info + "]");
	}

}
