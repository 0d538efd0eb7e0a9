package dev.litellm.spring.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Masking and hashing of LiteLLM keys. A raw key ({@code sk-} followed by key characters) is shown as
 * {@code sk-...} plus its last four characters, the proxy's own {@code key_name} convention, and only when the
 * key is long enough that those four characters reveal little. The proxy accepts any character but white space
 * in a custom key, so a key runs up to the next white space, quote or backslash (the delimiters of the JSON and
 * Python texts keys are quoted in); a text already masked ({@code sk-...abcd}) is left as it is.
 */
public final class Secrets {

	private static final String KEY_CHARACTER = "[^\\s\"'`\\\\]";

	/** A key, unless it is one masked already: {@code sk-...} and at most four of the proxy's own key characters. */
	private static final Pattern RAW_KEY = Pattern
		.compile("sk-(?!\\.\\.\\.[A-Za-z0-9_-]{0,4}(?![A-Za-z0-9_-]))" + KEY_CHARACTER + "+");

	/** Punctuation that more likely ends the sentence or list around a key than the key itself. */
	private static final String TRAILING_PUNCTUATION = ".,;:!?)]}>";

	private static final int MIN_LENGTH_TO_SHOW_TAIL = 16;

	private Secrets() {
	}

	/**
	 * Mask every raw key in a text.
	 * @param text the text, possibly {@code null}
	 * @return the text with every {@code sk-…} key masked, or {@code null} for {@code null}
	 */
	public static @Nullable String maskNullable(@Nullable String text) {
		return (text != null) ? mask(text) : null;
	}

	/**
	 * Mask every raw key in a text.
	 * @param text the text
	 * @return the text with every {@code sk-…} key masked
	 */
	public static String mask(String text) {
		if (!text.contains("sk-")) {
			return text;
		}
		Matcher matcher = RAW_KEY.matcher(text);
		StringBuilder masked = new StringBuilder(text.length());
		while (matcher.find()) {
			String key = matcher.group();
			char last = key.charAt(key.length() - 1);
			boolean punctuated = key.length() > MIN_LENGTH_TO_SHOW_TAIL && TRAILING_PUNCTUATION.indexOf(last) >= 0;
			String replacement = punctuated ? maskKey(key.substring(0, key.length() - 1)) + last : maskKey(key);
			matcher.appendReplacement(masked, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(masked);
		return masked.toString();
	}

	/**
	 * Mask one key.
	 * @param key a key or a key hash; {@code null} stays {@code null}
	 * @return {@code sk-...abcd} for a raw key, the value itself for anything else (hashes are not secret)
	 */
	public static @Nullable String maskKey(@Nullable String key) {
		if (key == null || !key.startsWith("sk-")) {
			return key;
		}
		return (key.length() >= MIN_LENGTH_TO_SHOW_TAIL) ? "sk-..." + key.substring(key.length() - 4) : "sk-...";
	}

	/**
	 * Whether a value is a raw key rather than a hash.
	 * @param key the value
	 * @return {@code true} when it starts with {@code sk-}
	 */
	public static boolean isRawKey(String key) {
		return key.startsWith("sk-");
	}

	/**
	 * The SHA-256 hex digest of a key, the form the proxy stores as {@code token} and accepts wherever a key is
	 * expected.
	 * @param key the raw key
	 * @return 64 lower-case hex characters
	 */
	public static String sha256(String key) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java platform", ex);
		}
	}

	/**
	 * The form of a key that may go into a URL: the hash of a raw key, any other value as it is.
	 * @param key a raw key or a hash
	 * @return a value with no secret in it
	 */
	public static String urlSafeKey(String key) {
		return isRawKey(key) ? sha256(key) : key;
	}

}
