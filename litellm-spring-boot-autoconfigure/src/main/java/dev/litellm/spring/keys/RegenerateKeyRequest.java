package dev.litellm.spring.keys;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The optional body of {@code POST /key/regenerate}: what to change while the key is rotated. Immutable; build
 * with {@link #builder()}. Fields never set are not sent (the key keeps them); fields set to {@code null} are sent
 * as JSON {@code null} and cleared.
 *
 * <pre class="code">
 * RegenerateKeyRequest request = RegenerateKeyRequest.builder()
 *     .gracePeriod("24h")    // the old key keeps working for a day
 *     .build();
 * </pre>
 */
public final class RegenerateKeyRequest {

	private final Map<String, @Nullable Object> fields;

	private RegenerateKeyRequest(Map<String, @Nullable Object> fields) {
		this.fields = fields;
	}

	/**
	 * Start a request.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The new key to rotate to, if one was set; otherwise the proxy chooses it.
	 * @return the new key or {@code null}
	 */
	public @Nullable String newKey() {
		return (String) this.fields.get("new_key");
	}

	/**
	 * The fields to send, under their JSON names.
	 * @return an unmodifiable view
	 */
	@JsonValue
	public Map<String, @Nullable Object> fields() {
		return this.fields;
	}

	/**
	 * A copy of this request with the key to regenerate set, the form in which it is sent.
	 * @param key the key being regenerated
	 * @return a new request
	 */
	RegenerateKeyRequest withKey(String key) {
		return new Builder(this.fields).set("key", key).build();
	}

	/**
	 * A copy of this request with a new key set.
	 * @param newKey the new key, starting with {@code sk-}
	 * @return a new request
	 */
	RegenerateKeyRequest withNewKey(String newKey) {
		return new Builder(this.fields).newKey(newKey).build();
	}

	@Override
	public String toString() {
		return KeyArguments.describe("RegenerateKeyRequest", this.fields);
	}

	/**
	 * Builds a {@link RegenerateKeyRequest}.
	 */
	public static final class Builder extends NewKeyRequestBuilder<Builder> {

		Builder() {
			super(true);
		}

		Builder(Map<String, @Nullable Object> fields) {
			this();
			fields.forEach(this::set);
		}

		/**
		 * The new key ({@code new_key}) instead of one the proxy generates, so the caller knows the secret
		 * before the call.
		 * @param newKey the new key: {@code sk-} and at least 16 characters in all
		 * @return this builder
		 * @throws IllegalArgumentException if the key lacks the prefix, is shorter or holds whitespace
		 */
		public Builder newKey(@Nullable String newKey) {
			return put("new_key", newKey);
		}

		/**
		 * How long the old key keeps working after the rotation ({@code grace_period}), as a LiteLLM duration
		 * string such as {@code "24h"}.
		 * @param gracePeriod the duration string
		 * @return this builder
		 */
		public Builder gracePeriod(@Nullable String gracePeriod) {
			return put("grace_period", gracePeriod);
		}

		/**
		 * A grace period of {@code "0s"}: the old key stops at once, whatever default grace period the proxy has.
		 * Not public: a zero sent by mistake would revoke a key that is still in use, so only a rotation that was
		 * asked for a zero grace period sends it.
		 * @return this builder
		 */
		Builder noGracePeriod() {
			return set("grace_period", "0s");
		}

		/**
		 * How long the old key keeps working after the rotation ({@code grace_period}).
		 * @param gracePeriod a positive duration of whole seconds
		 * @return this builder
		 */
		public Builder gracePeriod(Duration gracePeriod) {
			return set("grace_period", LiteLlmDurations.format("grace_period", gracePeriod));
		}

		/**
		 * A new master key ({@code new_master_key}), when rotating the proxy's master key rather than a virtual
		 * key.
		 * @param newMasterKey the new master key
		 * @return this builder
		 */
		public Builder newMasterKey(@Nullable String newMasterKey) {
			return put("new_master_key", newMasterKey);
		}

		@Override
		Object checked(String jsonName, Object value) {
			return switch (jsonName) {
				// The key being regenerated: raw or a hash.
				case "key", "new_master_key" -> KeyArguments.requireKey(jsonName, KeyArguments.string(jsonName, value));
				case "new_key" -> KeyArguments.requireCustomKey(jsonName, KeyArguments.string(jsonName, value));
				case "grace_period" -> LiteLlmDurations.check(jsonName, value);
				default -> super.checked(jsonName, value);
			};
		}

		/**
		 * Build the request.
		 * @return the immutable request
		 */
		public RegenerateKeyRequest build() {
			return new RegenerateKeyRequest(fields());
		}

	}

}
