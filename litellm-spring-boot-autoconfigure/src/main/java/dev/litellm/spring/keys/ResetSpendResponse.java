package dev.litellm.spring.keys;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The answer of {@code POST /key/{key}/reset_spend}: the key's hash, its spend before and after, and its budget.
 *
 * <p>Immutable. {@link #builder()} and {@link #toBuilder()} make one, in tests for example; a field added in a
 * later version adds an accessor and a builder method and changes no existing signature.
 */
public final class ResetSpendResponse extends ProxyResponse<ResetSpendResponse.Builder> {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	private ResetSpendResponse(Builder fields) {
		super(fields);
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

	/** {@return the SHA-256 hash of the key whose spend was reset} */
	public @Nullable String keyHash() { return this.fields.keyHash; }
	/** {@return the spend after the reset, in USD} */
	public @Nullable Double spend() { return this.fields.spend; }
	/** {@return the spend before the reset, in USD} */
	public @Nullable Double previousSpend() { return this.fields.previousSpend; }
	/** {@return the key's budget in USD, {@code null} when it has none} */
	public @Nullable Double maxBudget() { return this.fields.maxBudget; }
	/** {@return when the key's budget is next reset, {@code null} when it has no budget duration} */
	public @Nullable OffsetDateTime budgetResetAt() { return this.fields.budgetResetAt; }

	@Override
	public String toString() {
		return "ResetSpendResponse[keyHash=" + this.fields.keyHash + ", spend=" + this.fields.spend
				+ ", previousSpend=" + this.fields.previousSpend + ", maxBudget=" + this.fields.maxBudget
				+ ", budgetResetAt=" + this.fields.budgetResetAt + "]";
	}

	/**
	 * Builds a {@link ResetSpendResponse}. Each method sets the accessor of the same name; {@code null} unsets it.
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	@JsonAutoDetect(fieldVisibility = Visibility.ANY)
	public static final class Builder extends ProxyResponseBuilder<Builder> {

		private @Nullable String keyHash;
		private @Nullable Double spend;
		private @Nullable Double previousSpend;
		private @Nullable Double maxBudget;
		private @Nullable OffsetDateTime budgetResetAt;

		private Builder() {
		}

		/** Set {@link ResetSpendResponse#keyHash()}; returns this builder. */
		public Builder keyHash(@Nullable String keyHash) { this.keyHash = keyHash; return this; }
		/** Set {@link ResetSpendResponse#spend()}; returns this builder. */
		public Builder spend(@Nullable Double spend) { this.spend = spend; return this; }
		/** Set {@link ResetSpendResponse#previousSpend()}; returns this builder. */
		public Builder previousSpend(@Nullable Double previousSpend) { this.previousSpend = previousSpend; return this; }
		/** Set {@link ResetSpendResponse#maxBudget()}; returns this builder. */
		public Builder maxBudget(@Nullable Double maxBudget) { this.maxBudget = maxBudget; return this; }
		/** Set {@link ResetSpendResponse#budgetResetAt()}; returns this builder. */
		public Builder budgetResetAt(@Nullable OffsetDateTime budgetResetAt) { this.budgetResetAt = budgetResetAt; return this; }

		/**
		 * Build the response.
		 * @return the immutable response
		 */
		public ResetSpendResponse build() {
			return new ResetSpendResponse(copy());
		}

	}

}
