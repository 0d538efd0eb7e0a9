package dev.litellm.spring.keys;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Makes keys in the proxy's own format: {@code sk-} followed by 22 URL-safe characters (16 random bytes).
 */
final class ClientGeneratedKeys {

	private static final SecureRandom RANDOM = new SecureRandom();

	private ClientGeneratedKeys() {
	}

	static String newKey() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return "sk-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
