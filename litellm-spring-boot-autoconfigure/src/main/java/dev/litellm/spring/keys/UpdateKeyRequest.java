package dev.litellm.spring.keys;

import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /key/update}, built from the key it updates, named by key ({@link #builder(String)}) or,
 * on proxies newer than 1.81.14, by alias ({@link #byAlias(String)}). Immutable.
 *
 * <p>Each field has three states: never set (not sent, the stored value stays), set to {@code null} (sent as
 * JSON {@code null}, which clears the stored value) and set to a value. {@code metadata} replaces the stored
 * map as a whole, and {@code duration} counts from the time of the update.
 *
 * <pre class="code">
 * UpdateKeyRequest request = UpdateKeyRequest.builder(key)
 *     .maxBudget(100.0)
 *     .duration((String) null)   // never expires
 *     .build();
 * </pre>
 */
public final class UpdateKeyRequest {

	private final Map<String, @Nullable Object> fields;

	private UpdateKeyRequest(Map<String, @Nullable Object> fields) {
		this.fields = fields;
	}

	/**
	 * Start an update of a key.
	 * @param key the key to update: the raw {@code sk-…} key or its hash
	 * @return a new builder
	 * @throws IllegalArgumentException if the key is null or blank
	 */
	public static Builder builder(String key) {
		return new Builder("key", KeyArguments.requireKey("key", key));
	}

	/**
	 * Start an update of the key with this alias ({@code key_alias} instead of {@code key} as the identifier;
	 * proxies newer than 1.81.14). The proxy answers 404 ({@link dev.litellm.spring.LiteLlmNotFoundException})
	 * when no key has the alias and 400 ({@link dev.litellm.spring.LiteLlmBadRequestException}, "Multiple keys
	 * share key_alias…") when the alias is ambiguous. The alias itself cannot be changed this way.
	 * @param keyAlias the alias of the key to update
	 * @return a new builder
	 * @throws IllegalArgumentException if the alias is null or blank
	 */
	public static Builder byAlias(String keyAlias) {
		return new Builder("key_alias", KeyArguments.requireText("keyAlias", keyAlias));
	}

	/**
	 * The key this request updates, when it names the key by key.
	 * @return the raw key or hash, as given, or {@code null} for an update {@linkplain #byAlias(String) by alias}
	 */
	public @Nullable String key() {
		return (String) this.fields.get("key");
	}

	/**
	 * The alias this request sends: the identifier of an update {@linkplain #byAlias(String) by alias}, otherwise
	 * the new alias, if one was set.
	 * @return the alias or {@code null}
	 */
	public @Nullable String keyAlias() {
		return (String) this.fields.get("key_alias");
	}

	/**
	 * The fields to send, under their JSON names, including {@code key}; a {@code null} value is sent as JSON
	 * {@code null}.
	 * @return an unmodifiable view
	 */
	@JsonValue
	public Map<String, @Nullable Object> fields() {
		return this.fields;
	}

	@Override
	public String toString() {
		return KeyArguments.describe("UpdateKeyRequest", this.fields);
	}

	/**
	 * Builds an {@link UpdateKeyRequest}. A {@code null} argument clears the field on the proxy.
	 */
	public static final class Builder extends KeyRequestBuilder<Builder> {

		private final boolean byAlias;

		/**
		 * Start with the identifier of the key to update.
		 * @param identifier {@code key} or {@code key_alias}
		 * @param value the key or the alias
		 */
		Builder(String identifier, String value) {
			super(true);
			set(identifier, value);
			this.byAlias = "key_alias".equals(identifier);
		}

		/**
		 * {@inheritDoc}
		 * <p>On update, {@code "-1"} also means never expires.
		 */
		@Override
		public Builder duration(@Nullable String duration) {
			return super.duration(duration);
		}

		/**
		 * {@inheritDoc}
		 * @throws IllegalArgumentException on an update {@linkplain UpdateKeyRequest#byAlias(String) by alias},
		 * where the alias names the key
		 */
		@Override
		public Builder keyAlias(@Nullable String keyAlias) {
			return put("key_alias", keyAlias);
		}

		/**
		 * Detach the key from its project ({@code project_id: null}; proxies newer than 1.81.14). The proxy does
		 * not move a key to another project: any other value is a 400, so this builder sends only {@code null}.
		 * @return this builder
		 */
		public Builder detachFromProject() {
			return set("project_id", null);
		}

		@Override
		void checkSettable(String jsonName) {
			if (this.byAlias && ("key".equals(jsonName) || "key_alias".equals(jsonName))) {
				throw new IllegalArgumentException(jsonName + " cannot be set on an update by alias: key_alias"
						+ " names the key to update; update by key to change the alias");
			}
		}

		@Override
		Object checked(String jsonName, Object value) {
			return switch (jsonName) {
				case "key" -> KeyArguments.requireKey("key", KeyArguments.string("key", value));
				case "duration" -> "-1".equals(value) ? value : super.checked(jsonName, value);
				case "project_id" -> throw new IllegalArgumentException(
						"project_id can only be cleared on update (detachFromProject()); the proxy does not move keys"
								+ " between projects");
				default -> super.checked(jsonName, value);
			};
		}

		/**
		 * A temporary budget increase ({@code temp_budget_increase}), in USD; requires
		 * {@link #tempBudgetExpiry(OffsetDateTime)} too.
		 * @param tempBudgetIncrease the increase, not negative
		 * @return this builder
		 */
		public Builder tempBudgetIncrease(@Nullable Double tempBudgetIncrease) {
			return set("temp_budget_increase",
					KeyArguments.requireNotNegative("temp_budget_increase", tempBudgetIncrease));
		}

		/**
		 * When the temporary budget increase ends ({@code temp_budget_expiry}).
		 * @param tempBudgetExpiry the end
		 * @return this builder
		 */
		public Builder tempBudgetExpiry(@Nullable OffsetDateTime tempBudgetExpiry) {
			return set("temp_budget_expiry", (tempBudgetExpiry != null) ? tempBudgetExpiry.toString() : null);
		}

		/**
		 * Build the request.
		 * @return the immutable request
		 * @throws IllegalArgumentException if only one of {@code temp_budget_increase} and
		 * {@code temp_budget_expiry} is set, or {@code key} was set to {@code null}
		 */
		public UpdateKeyRequest build() {
			Map<String, @Nullable Object> fields = fields();
			if (!this.byAlias && fields.get("key") == null) {
				throw new IllegalArgumentException("key names the key to update and must not be null");
			}
			if (fields.containsKey("temp_budget_increase") != fields.containsKey("temp_budget_expiry")) {
				throw new IllegalArgumentException(
						"temp_budget_increase and temp_budget_expiry must be set together");
			}
			return new UpdateKeyRequest(fields);
		}

	}

}
