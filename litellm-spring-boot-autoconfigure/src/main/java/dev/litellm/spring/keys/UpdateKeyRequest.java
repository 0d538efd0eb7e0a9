package dev.litellm.spring.keys;

import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.litellm.spring.internal.Secrets;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /key/update}, built from the key it updates. Immutable; build with
 * {@link #builder(String)}.
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
		return new Builder(KeyArguments.requireKey("key", key));
	}

	/**
	 * The key this request updates.
	 * @return the raw key or hash, as given
	 */
	public String key() {
		return (String) this.fields.get("key");
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
		return Secrets.mask("UpdateKeyRequest" + this.fields);
	}

	/**
	 * Builds an {@link UpdateKeyRequest}. A {@code null} argument clears the field on the proxy.
	 */
	public static final class Builder extends KeyRequestBuilder<Builder> {

		Builder(String key) {
			super(true);
			set("key", key);
		}

		/**
		 * {@inheritDoc}
		 * <p>On update, {@code "-1"} also means never expires.
		 */
		@Override
		public Builder duration(@Nullable String duration) {
			return super.duration(duration);
		}

		@Override
		String checkDuration(String duration) {
			return "-1".equals(duration) ? duration : super.checkDuration(duration);
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
		 * {@code temp_budget_expiry} is set
		 */
		public UpdateKeyRequest build() {
			Map<String, @Nullable Object> fields = fields();
			if (fields.containsKey("temp_budget_increase") != fields.containsKey("temp_budget_expiry")) {
				throw new IllegalArgumentException(
						"temp_budget_increase and temp_budget_expiry must be set together");
			}
			return new UpdateKeyRequest(fields);
		}

	}

}
