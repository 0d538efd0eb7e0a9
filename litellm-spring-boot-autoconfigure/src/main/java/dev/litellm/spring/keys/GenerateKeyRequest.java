package dev.litellm.spring.keys;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /key/generate}. Immutable; build with {@link #builder()}. Only the fields that were set
 * are sent, so the proxy's defaults apply to the rest.
 *
 * <pre class="code">
 * GenerateKeyRequest request = GenerateKeyRequest.builder()
 *     .keyAlias("team-a-ci")
 *     .teamId("team-a")
 *     .models(List.of("gpt-4o"))
 *     .maxBudget(50.0)
 *     .budgetDuration("30d")
 *     .duration("90d")
 *     .build();
 * </pre>
 */
public final class GenerateKeyRequest {

	private final Map<String, @Nullable Object> fields;

	private GenerateKeyRequest(Map<String, @Nullable Object> fields) {
		this.fields = fields;
	}

	/**
	 * Start a request; with nothing set, the proxy generates a key with its defaults.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The custom key to create, if one was set; otherwise the proxy chooses the key.
	 * @return the custom key or {@code null}
	 */
	public @Nullable String key() {
		return (String) this.fields.get("key");
	}

	/**
	 * The fields to send, under their JSON names, in the order they were set.
	 * @return an unmodifiable view
	 */
	@JsonValue
	public Map<String, @Nullable Object> fields() {
		return this.fields;
	}

	/**
	 * A copy of this request with a custom key set.
	 * @param key the key, starting with {@code sk-}
	 * @return a new request
	 */
	GenerateKeyRequest withKey(String key) {
		return new Builder(this.fields).key(key).build();
	}

	@Override
	public String toString() {
		return KeyArguments.describe("GenerateKeyRequest", this.fields);
	}

	/**
	 * Builds a {@link GenerateKeyRequest}. A {@code null} argument unsets a field.
	 */
	public static final class Builder extends NewKeyRequestBuilder<Builder> {

		Builder() {
			super(false);
		}

		Builder(Map<String, @Nullable Object> fields) {
			this();
			fields.forEach(this::set);
		}

		/**
		 * A custom key ({@code key}) instead of one the proxy generates. The caller then knows the secret before
		 * the call, which makes a failed call safe to check and repeat.
		 * @param key the key: {@code sk-} and at least 16 characters in all
		 * @return this builder
		 * @throws IllegalArgumentException if the key lacks the prefix, is shorter or holds whitespace
		 */
		public Builder key(@Nullable String key) {
			return put("key", key);
		}

		/**
		 * Build the request.
		 * @return the immutable request
		 */
		public GenerateKeyRequest build() {
			return new GenerateKeyRequest(fields());
		}

	}

}
