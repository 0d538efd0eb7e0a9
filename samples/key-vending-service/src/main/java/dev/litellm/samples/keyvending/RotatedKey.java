package dev.litellm.samples.keyvending;

import java.time.OffsetDateTime;

import dev.litellm.spring.keys.KeyRotation;
import org.jspecify.annotations.Nullable;

/**
 * A rotated key: the new secret, shown this once, and when the old key stops working.
 *
 * @param key the new secret
 * @param token the new key's hash
 * @param previousToken the old key's hash
 * @param previousKeyExpires when the old key stops working
 * @param alias the alias as the team knows it, now on the new key
 * @param strategy how the key was rotated: {@code REGENERATE} on a licensed proxy, {@code REPLACE} otherwise
 */
record RotatedKey(String key, String token, String previousToken, OffsetDateTime previousKeyExpires,
		@Nullable String alias, String strategy) {

	static RotatedKey of(KeyRotation rotation, @Nullable String alias) {
		return new RotatedKey(rotation.key(), rotation.token(), rotation.previousToken(),
				rotation.previousKeyExpires(), alias, rotation.strategy().name());
	}

	@Override
	public String toString() {
		return "RotatedKey[token=" + this.token + ", previousToken=" + this.previousToken + ", alias=" + this.alias
				+ "]";
	}

}
