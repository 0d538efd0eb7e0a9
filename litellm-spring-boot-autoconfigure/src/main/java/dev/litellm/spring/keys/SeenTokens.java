package dev.litellm.spring.keys;

import java.util.HashSet;
import java.util.Set;

/**
 * The keys {@code streamKeys} already emitted, kept as 64-bit fingerprints rather than 64-character strings, so
 * that paging through a hundred thousand keys holds a few megabytes, not tens. A token is a SHA-256 hex digest,
 * so its first 16 hex digits are already uniformly distributed; a chance collision among a million keys is
 * about one in ten million.
 */
final class SeenTokens {

	private final Set<Long> fingerprints = new HashSet<>();

	/**
	 * Record a token.
	 * @return {@code true} if it was not seen before
	 */
	boolean add(String token) {
		return this.fingerprints.add(fingerprint(token));
	}

	private static long fingerprint(String token) {
		if (token.length() >= 16) {
			try {
				return Long.parseUnsignedLong(token, 0, 16, 16);
			}
			catch (NumberFormatException notHex) {
				// not a hash: fall through to a string hash
			}
		}
		long hash = 0xcbf29ce484222325L;
		for (int i = 0; i < token.length(); i++) {
			hash = (hash ^ token.charAt(i)) * 0x100000001b3L;
		}
		return hash;
	}

}
