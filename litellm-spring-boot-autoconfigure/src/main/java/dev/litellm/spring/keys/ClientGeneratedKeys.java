package dev.litellm.spring.keys;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Makes keys in the proxy's own format: {@code sk-} followed by 22 URL-safe characters (16 random bytes).
 *
 * <p>The generator is a DRBG seeded once, when this class is initialized, so that making a key never reads from
 * the operating system's entropy source: a key may be made on a Reactor event-loop thread, where such a read
 * would block.
 */
final class ClientGeneratedKeys {

	private static final SecureRandom RANDOM = seededRandom();

	private ClientGeneratedKeys() {
	}

	/**
	 * Initialize (and so seed) the generator now, on the calling thread, rather than on first use.
	 */
	static void initialize() {
		// Loading the class ran the static initializer.
	}

	static String newKey() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return "sk-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static SecureRandom seededRandom() {
		SecureRandom random;
		try {
			random = SecureRandom.getInstance("DRBG");
		}
		catch (NoSuchAlgorithmException ex) {
			random = new SecureRandom();
		}
		// The first call instantiates the DRBG and reads its seed; later calls only compute.
		random.nextBytes(new byte[1]);
		return random;
	}

}
