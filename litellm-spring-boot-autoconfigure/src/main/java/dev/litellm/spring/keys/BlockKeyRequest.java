package dev.litellm.spring.keys;

import dev.litellm.spring.internal.Secrets;

/**
 * The body of {@code /key/block} and {@code /key/unblock}. Spring's JSON encoder logs the {@code toString()} of what
 * it encodes at DEBUG, so the key is masked there.
 *
 * @param key the key to block or unblock, raw or its hash
 */
record BlockKeyRequest(String key) {

	@Override
	public String toString() {
		return "BlockKeyRequest[key=" + Secrets.maskKey(this.key) + "]";
	}

}
