package dev.litellm.spring.keys;

import dev.litellm.spring.internal.Secrets;
import org.jspecify.annotations.Nullable;

/**
 * A generate or regenerate its caller gave up on (cancelled, timed out, or interrupted) after its request may have
 * reached the proxy: the proxy may have created the key, and the caller has not learnt whether. Look the key up
 * by {@link #keyHash()} with {@code keyInfo} to settle it; revoke it with {@code deleteKeys} if it is not wanted.
 *
 * @param operation the operation given up on: {@code key.generate} or {@code key.regenerate}
 * @param keyHash the SHA-256 hash of the key that may exist, when the client knew the new key before the call
 * (client-generated keys, or a key the request named); {@code null} otherwise, when the key, if created, can be
 * found only by the request's other fields (such as its alias)
 * @param key the secret of that key, under the same condition; never shown by {@link #toString()}
 */
public record AbandonedKeyCreation(String operation, @Nullable String keyHash, @Nullable String key) {

	/**
	 * What was abandoned and what may exist, in words, without the secret.
	 * @return the description
	 */
	public String describe() {
		return this.operation + " was abandoned after its request may have reached the proxy: "
				+ ((this.keyHash != null) ? "key " + this.keyHash + " may exist; look it up by this hash"
						: "the proxy may have created a key whose hash the client cannot know; choose the key "
								+ "before the call (client-generated keys) to be told it");
	}

	@Override
	public String toString() {
		return "AbandonedKeyCreation[operation=" + this.operation + ", keyHash=" + this.keyHash + ", key="
				+ Secrets.maskKey(this.key) + "]";
	}

}
