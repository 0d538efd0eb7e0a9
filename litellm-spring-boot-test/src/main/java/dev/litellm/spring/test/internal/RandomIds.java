package dev.litellm.spring.test.internal;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * The random values the fake hands out: new virtual keys and the ids of the rows it creates.
 * <p>
 * Requests are answered on Netty's event loop, which must never block (users may run BlockHound). The default
 * {@link SecureRandom}, and so {@link UUID#randomUUID()}, reads {@code /dev/urandom} on every call; a DRBG reads its
 * entropy source only when it is seeded, which the constructor forces on the creating thread, never again after.
 */
final class RandomIds {

	private final SecureRandom random;

	RandomIds() {
		try {
			this.random = SecureRandom.getInstance("DRBG");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("No DRBG SecureRandom in this JDK", ex);
		}
		// Seeds the DRBG now, off the event loop.
		this.random.nextBytes(new byte[16]);
	}

	/** A new virtual key: {@code sk-} and 16 random bytes, URL-safe Base64 without padding. */
	String virtualKey() {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		return "sk-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** A new row id, as Prisma's {@code uuid()} default makes one: a version 4 UUID. */
	String uuid() {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
		bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
		long high = 0;
		long low = 0;
		for (int i = 0; i < 8; i++) {
			high = (high << 8) | (bytes[i] & 0xff);
			low = (low << 8) | (bytes[i + 8] & 0xff);
		}
		return new UUID(high, low).toString();
	}

}
