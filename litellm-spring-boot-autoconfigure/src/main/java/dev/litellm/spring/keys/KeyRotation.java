package dev.litellm.spring.keys;

import java.time.OffsetDateTime;

import dev.litellm.spring.internal.Secrets;
import org.jspecify.annotations.Nullable;

/**
 * The result of {@link KeyManagementOperations#rotateKey(String, RotateKeyRequest)}: the new secret, shown this
 * once, and what became of the old key.
 */
public final class KeyRotation {

	private final String key;

	private final String token;

	private final String previousToken;

	private final OffsetDateTime previousKeyExpires;

	private final @Nullable String keyAlias;

	private final RotationStrategy strategy;

	KeyRotation(String key, String token, String previousToken, OffsetDateTime previousKeyExpires,
			@Nullable String keyAlias, RotationStrategy strategy) {
		this.key = key;
		this.token = token;
		this.previousToken = previousToken;
		this.previousKeyExpires = previousKeyExpires;
		this.keyAlias = keyAlias;
		this.strategy = strategy;
	}

	/**
	 * The new secret. The proxy never shows it again: hand it over, never log it.
	 * @return the new key, {@code sk-…}
	 */
	public String key() {
		return this.key;
	}

	/**
	 * The new key's hash, by which the proxy names it.
	 * @return the SHA-256 hex hash of {@link #key()}
	 */
	public String token() {
		return this.token;
	}

	/**
	 * The old key's hash.
	 * @return the hash
	 */
	public String previousToken() {
		return this.previousToken;
	}

	/**
	 * When the old key stops working: the end of the grace period, or the old key's own expiry if that came
	 * sooner. The old key works at least until then.
	 * @return the instant, in UTC
	 */
	public OffsetDateTime previousKeyExpires() {
		return this.previousKeyExpires;
	}

	/**
	 * The alias, now on the new key.
	 * @return the alias or {@code null} if the key had none
	 */
	public @Nullable String keyAlias() {
		return this.keyAlias;
	}

	/**
	 * The strategy that was used: {@link RotationStrategy#REGENERATE} or {@link RotationStrategy#REPLACE}, never
	 * {@link RotationStrategy#AUTO}.
	 * @return the strategy
	 */
	public RotationStrategy strategy() {
		return this.strategy;
	}

	KeyRotatedEvent toEvent() {
		return new KeyRotatedEvent(this.token, this.previousToken, this.keyAlias, this.strategy,
				this.previousKeyExpires);
	}

	@Override
	public String toString() {
		return "KeyRotation[key=" + Secrets.maskKey(this.key) + ", token=" + this.token + ", previousToken="
				+ this.previousToken + ", previousKeyExpires=" + this.previousKeyExpires + ", keyAlias=" + this.keyAlias
				+ ", strategy=" + this.strategy + "]";
	}

}
