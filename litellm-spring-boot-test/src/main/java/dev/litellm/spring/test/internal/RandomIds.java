package dev.litellm.spring.test.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * The random values the fake hands out: new virtual keys and the ids of the rows it creates.
 */
final class RandomIds {

	private final SecureRandom random = new SecureRandom();

	/** A new virtual key: {@code sk-} and 16 random bytes, URL-safe Base64 without padding. */
	String virtualKey() {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		return "sk-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** A new row id, as Prisma's {@code uuid()} default makes one. */
	String uuid() {
		return UUID.randomUUID().toString();
	}

}
