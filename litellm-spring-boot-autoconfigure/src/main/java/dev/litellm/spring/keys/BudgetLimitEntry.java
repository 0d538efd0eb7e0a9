package dev.litellm.spring.keys;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One budget window of a key as the proxy returns it ({@code budget_limits} items of {@link KeyInfo} and
 * {@link GenerateKeyResponse}; proxies newer than 1.81.14): the window and budget that {@link BudgetLimit} sends,
 * and the time the proxy resets the window next. The proxy returns the windows as it stored them, so no field is
 * checked; every field is nullable. Unknown fields land in {@link #additionalProperties()}.
 *
 * <p>Immutable. {@link #builder()} and {@link #toBuilder()} make one, in tests for example.
 */
public final class BudgetLimitEntry extends ProxyResponse<BudgetLimitEntry.Builder> {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	private BudgetLimitEntry(Builder fields) {
		super(fields);
	}

	/**
	 * Start an entry with every field unset.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Start an entry from this one's fields.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		return this.fields.copy();
	}

	/** {@return the window, for example {@code 24h} (JSON {@code budget_duration})} */
	public @Nullable String budgetDuration() { return this.fields.budgetDuration; }
	/** {@return the most the key may spend in one window, in USD (JSON {@code max_budget})} */
	public @Nullable Double maxBudget() { return this.fields.maxBudget; }
	/** {@return when the proxy resets the window next (JSON {@code reset_at})} */
	public @Nullable OffsetDateTime resetAt() { return this.fields.resetAt; }

	/**
	 * The window as a request sends it, for example to give another key the same windows.
	 * @return the window without its reset time
	 * @throws IllegalArgumentException if the proxy's entry lacks a valid duration or budget
	 */
	public BudgetLimit toBudgetLimit() {
		Double maxBudget = this.fields.maxBudget;
		if (maxBudget == null) {
			throw new IllegalArgumentException("budget_limits.max_budget is missing");
		}
		return BudgetLimit.of(LiteLlmDurations.check("budget_limits.budget_duration", this.fields.budgetDuration),
				maxBudget);
	}

	@Override
	public String toString() {
		return "BudgetLimitEntry[budgetDuration=" + this.fields.budgetDuration + ", maxBudget="
				+ this.fields.maxBudget + ", resetAt=" + this.fields.resetAt + "]";
	}

	/**
	 * Builds a {@link BudgetLimitEntry}. Each method sets the accessor of the same name; {@code null} unsets it.
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	@JsonAutoDetect(fieldVisibility = Visibility.ANY)
	public static final class Builder extends ProxyResponseBuilder<Builder> {

		private @Nullable String budgetDuration;
		private @Nullable Double maxBudget;
		private @Nullable OffsetDateTime resetAt;

		private Builder() {
		}

		/** Set {@link BudgetLimitEntry#budgetDuration()}; returns this builder. */
		public Builder budgetDuration(@Nullable String budgetDuration) { this.budgetDuration = budgetDuration; return this; }
		/** Set {@link BudgetLimitEntry#maxBudget()}; returns this builder. */
		public Builder maxBudget(@Nullable Double maxBudget) { this.maxBudget = maxBudget; return this; }
		/** Set {@link BudgetLimitEntry#resetAt()}; returns this builder. */
		public Builder resetAt(@Nullable OffsetDateTime resetAt) { this.resetAt = resetAt; return this; }

		/**
		 * Build the entry.
		 * @return the immutable entry
		 */
		public BudgetLimitEntry build() {
			return new BudgetLimitEntry(copy());
		}

	}

}
