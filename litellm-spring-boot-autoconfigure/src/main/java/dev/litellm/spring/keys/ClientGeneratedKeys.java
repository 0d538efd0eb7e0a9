package dev.litellm.spring.keys;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Makes keys in the proxy's own format: {@code sk-} followed by 22 URL-safe characters (16 random bytes).
 *
 * <p>The generator is a DRBG seeded once, so that making a key never reads from the operating system's entropy
 * source: a key may be made on a Reactor event-loop thread, where such a read would block. A client starts the
 * seeding on a thread of its own when it is built ({@link #seedInBackground()}), so that neither the application
 * starting up nor the first key's thread waits for the security provider to load and the seed to be read. A key
 * asked for before the seeding is done waits for it.
 */
final class ClientGeneratedKeys {

	private static final AtomicBoolean SEEDING = new AtomicBoolean();

	private ClientGeneratedKeys() {
	}

	/**
	 * Start seeding the generator on a daemon thread, once per JVM.
	 */
	static void seedInBackground() {
		if (SEEDING.compareAndSet(false, true)) {
			Thread seeding = new Thread(Generator::initialize, "litellm-key-generator-seed");
			seeding.setDaemon(true);
			seeding.start();
		}
	}

	static String newKey() {
		byte[] bytes = new byte[16];
		Generator.RANDOM.nextBytes(bytes);
		return "sk-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The seeded generator; the JVM makes any other thread that needs it wait until its initialization is done. */
	private static final class Generator {

		static final SecureRandom RANDOM = seededRandom();

		static void initialize() {
			// Loading the class ran the static initializer.
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

}
