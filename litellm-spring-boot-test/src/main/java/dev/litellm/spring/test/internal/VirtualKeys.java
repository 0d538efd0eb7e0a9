package dev.litellm.spring.test.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The forms LiteLLM gives a virtual key: abbreviated for display, masked in errors, hashed for storage.
 */
final class VirtualKeys {

	private VirtualKeys() {
	}

	/**
	 * LiteLLM's {@code abbreviate_api_key}: {@code sk-...} and the last four characters.
	 *
	 * @param key the raw key
	 * @return the abbreviated form
	 */
	static String abbreviate(String key) {
		return "sk-..." + key.substring(Math.max(0, key.length() - 4));
	}

	/**
	 * The mask LiteLLM puts on a rejected custom key: the first and last four characters, or only stars when the
	 * key is eight characters or shorter.
	 *
	 * @param key the raw value
	 * @return the masked form
	 */
	static String mask(String key) {
		return key.length() > 8 ? key.substring(0, 4) + "****" + key.substring(key.length() - 4) : "****";
	}

	/**
	 * The SHA-256 hex digest of a key, the token LiteLLM stores.
	 *
	 * @param key the raw key
	 * @return 64 lowercase hex digits
	 */
	static String sha256(String key) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * LiteLLM's {@code _hash_token_if_needed}: a value starting with {@code sk-} is hashed, anything else is taken
	 * to be a hash already.
	 *
	 * @param keyOrHash the raw key or its hash
	 * @return the hash
	 */
	static String hashIfNeeded(String keyOrHash) {
		return keyOrHash.startsWith("sk-") ? sha256(keyOrHash) : keyOrHash;
	}

}
