package dev.litellm.spring.keys;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.litellm.spring.internal.Secrets;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The answer of {@code POST /key/delete}.
 *
 * @param deletedKeys the keys or aliases of the request, echoed as sent. The proxy echoes every one of them,
 * including those that did not exist, as long as at least one did
 * @param additionalProperties fields this version of the client does not know, under their JSON names
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DeleteKeysResponse(List<String> deletedKeys,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/**
	 * Create a record; {@code additionalProperties} (and any list) is copied into an unmodifiable one.
	 * @param deletedKeys the keys or aliases of the request, echoed as sent. The proxy echoes every one of them,
	 * including those that did not exist, as long as at least one did
	 * @param additionalProperties fields this version of the client does not know, under their JSON names
	 */
	public DeleteKeysResponse {
		deletedKeys = (deletedKeys != null) ? List.copyOf(deletedKeys) : List.of();
		additionalProperties = ExtraFields.copyOf(additionalProperties);
	}

	@Override
	public String toString() {
		return Secrets.mask("DeleteKeysResponse[deletedKeys=" + this.deletedKeys + "]");
	}

}
