package dev.litellm.spring.keys;

import java.time.Duration;

import dev.litellm.spring.internal.Secrets;
import org.jspecify.annotations.Nullable;

/**
 * What {@link KeyManagementOperations#rotateKey(String, RotateKeyRequest)} does: how long the old key keeps
 * working, the new secret if the caller chose it, and the {@link RotationStrategy}. Immutable; build with
 * {@link #builder()}. Everything is validated before anything is sent.
 *
 * <pre class="code">
 * RotateKeyRequest request = RotateKeyRequest.builder()
 *     .gracePeriod(Duration.ofHours(24))    // the old key keeps working for a day
 *     .build();                             // RotationStrategy.AUTO
 * </pre>
 */
public final class RotateKeyRequest {

	private final Duration gracePeriod;

	private final String gracePeriodText;

	private final @Nullable String newKey;

	private final RotationStrategy strategy;

	private RotateKeyRequest(Duration gracePeriod, String gracePeriodText, @Nullable String newKey,
			RotationStrategy strategy) {
		this.gracePeriod = gracePeriod;
		this.gracePeriodText = gracePeriodText;
		this.newKey = newKey;
		this.strategy = strategy;
	}

	/**
	 * Start a request.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * How long the old key keeps working after the rotation; zero ends it at once.
	 * @return whole seconds, not negative
	 */
	public Duration gracePeriod() {
		return this.gracePeriod;
	}

	/**
	 * The new secret chosen by the caller, or {@code null} for one the client chooses before any write.
	 * @return the new key or {@code null}
	 */
	public @Nullable String newKey() {
		return this.newKey;
	}

	/**
	 * The strategy; {@link RotationStrategy#AUTO} unless set.
	 * @return the strategy
	 */
	public RotationStrategy strategy() {
		return this.strategy;
	}

	/**
	 * The grace period as the LiteLLM duration string the proxy reads: as given, or {@code "0s"} for zero.
	 * @return for example {@code "24h"}
	 */
	String gracePeriodText() {
		return this.gracePeriodText;
	}

	@Override
	public String toString() {
		return "RotateKeyRequest[gracePeriod=" + this.gracePeriod + ", newKey=" + Secrets.maskKey(this.newKey)
				+ ", strategy=" + this.strategy + "]";
	}

	/**
	 * Builds a {@link RotateKeyRequest}. The grace period is required.
	 */
	public static final class Builder {

		private @Nullable Duration gracePeriod;

		private @Nullable String gracePeriodText;

		private @Nullable String newKey;

		private RotationStrategy strategy = RotationStrategy.AUTO;

		private Builder() {
		}

		/**
		 * How long the old key keeps working after the rotation.
		 * @param gracePeriod whole seconds, zero to end the old key at once
		 * @return this builder
		 */
		public Builder gracePeriod(Duration gracePeriod) {
			if (gracePeriod == null || gracePeriod.isNegative() || gracePeriod.getNano() != 0) {
				throw new IllegalArgumentException(
						"grace_period must be zero or a positive whole number of seconds, but was " + gracePeriod);
			}
			this.gracePeriod = gracePeriod;
			this.gracePeriodText = gracePeriod.isZero() ? "0s" : LiteLlmDurations.format("grace_period", gracePeriod);
			return this;
		}

		/**
		 * How long the old key keeps working after the rotation, as a LiteLLM duration string such as
		 * {@code "24h"} ({@code s}, {@code m}, {@code h}, {@code d} or {@code w}; {@code "0s"} ends the old key at
		 * once). Months are refused: their length depends on the date the proxy reads.
		 * @param gracePeriod the duration string
		 * @return this builder
		 */
		public Builder gracePeriod(String gracePeriod) {
			KeyArguments.requireText("grace_period", gracePeriod);
			if (!gracePeriod.matches("0+[smhdw]")) {
				// Zero is a grace period (the old key ends at once), though no valid budget or key duration.
				LiteLlmDurations.check("grace_period", gracePeriod);
			}
			if (gracePeriod.endsWith("mo")) {
				throw new IllegalArgumentException(
						"grace_period must not be in months (\"" + gracePeriod + "\"); use days or weeks");
			}
			long amount = Long.parseLong(gracePeriod.substring(0, gracePeriod.length() - 1));
			long unit = switch (gracePeriod.charAt(gracePeriod.length() - 1)) {
				case 'm' -> 60;
				case 'h' -> 3_600;
				case 'd' -> 86_400;
				case 'w' -> 604_800;
				default -> 1;
			};
			gracePeriod(Duration.ofSeconds(Math.multiplyExact(amount, unit)));
			this.gracePeriodText = gracePeriod;
			return this;
		}

		/**
		 * The new secret, instead of one the client chooses. Give the same one again to finish a rotation that
		 * was interrupted ({@link KeyRotationException#newKey()}).
		 * @param newKey the new key, starting with {@code sk-}
		 * @return this builder
		 */
		public Builder newKey(@Nullable String newKey) {
			this.newKey = (newKey != null) ? KeyArguments.requireCustomKey("new_key", newKey) : null;
			return this;
		}

		/**
		 * The strategy; {@link RotationStrategy#AUTO} by default.
		 * @param strategy the strategy
		 * @return this builder
		 */
		public Builder strategy(RotationStrategy strategy) {
			if (strategy == null) {
				throw new IllegalArgumentException("strategy must not be null");
			}
			this.strategy = strategy;
			return this;
		}

		/**
		 * Build the request.
		 * @return the immutable request
		 * @throws IllegalArgumentException if no grace period was set
		 */
		public RotateKeyRequest build() {
			if (this.gracePeriod == null || this.gracePeriodText == null) {
				throw new IllegalArgumentException("grace_period must be set (zero ends the old key at once)");
			}
			return new RotateKeyRequest(this.gracePeriod, this.gracePeriodText, this.newKey, this.strategy);
		}

	}

}
