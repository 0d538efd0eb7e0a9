package dev.litellm.spring.keys;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.litellm.spring.internal.Secrets;
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

	private static final Set<String> KEY_TYPES = Set.of("llm_api", "management", "read_only", "default");

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
		return Secrets.mask("GenerateKeyRequest" + this.fields);
	}

	/**
	 * Builds a {@link GenerateKeyRequest}. A {@code null} argument unsets a field.
	 */
	public static final class Builder extends KeyRequestBuilder<Builder> {

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
		 * @param key the key, starting with {@code sk-}
		 * @return this builder
		 */
		public Builder key(@Nullable String key) {
			return set("key", (key != null) ? KeyArguments.requireCustomKey("key", key) : null);
		}

		/**
		 * A soft budget ({@code soft_budget}), in USD: crossing it triggers alerts, not blocking.
		 * @param softBudget the soft budget, not negative
		 * @return this builder
		 */
		public Builder softBudget(@Nullable Double softBudget) {
			return set("soft_budget", KeyArguments.requireNotNegative("soft_budget", softBudget));
		}

		/**
		 * Whether the proxy emails the key's user an invitation ({@code send_invite_email}).
		 * @param sendInviteEmail {@code true} to send one
		 * @return this builder
		 */
		public Builder sendInviteEmail(@Nullable Boolean sendInviteEmail) {
			return set("send_invite_email", sendInviteEmail);
		}

		/**
		 * What the key may be used for ({@code key_type}).
		 * @param keyType {@code llm_api}, {@code management}, {@code read_only} or {@code default}
		 * @return this builder
		 */
		public Builder keyType(@Nullable String keyType) {
			return set("key_type", KeyArguments.requireOneOf("key_type", keyType, KEY_TYPES));
		}

		/**
		 * The project the key belongs to ({@code project_id}).
		 * @param projectId the project id
		 * @return this builder
		 */
		public Builder projectId(@Nullable String projectId) {
			return set("project_id", projectId);
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
