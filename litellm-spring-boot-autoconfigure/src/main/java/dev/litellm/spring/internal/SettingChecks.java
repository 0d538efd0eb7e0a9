package dev.litellm.spring.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The checks of a client's base URL and API key, made once, when the client is built; the auto-configuration
 * reports their failures against its properties.
 */
public final class SettingChecks {

	private SettingChecks() {
	}

	/**
	 * Check the proxy's base URL.
	 * @param setting the setting's name, for the message
	 * @param url the URL
	 * @return the URL without surrounding blanks or a trailing slash
	 * @throws InvalidSettingException if the URL is missing, not an absolute http or https URL, or carries
	 * credentials or a query string
	 */
	public static String requireBaseUrl(String setting, @Nullable String url) {
		if (url == null || url.isBlank()) {
			throw new InvalidSettingException(setting, InvalidSettingException.Kind.MISSING, "is not set");
		}
		URI uri;
		try {
			uri = new URI(url.trim());
		}
		catch (URISyntaxException ex) {
			uri = null;
		}
		if (uri == null || uri.getHost() == null
				|| !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
			throw new InvalidSettingException(setting, InvalidSettingException.Kind.MALFORMED,
					"must be an absolute http or https URL, but was '" + withoutCredentials(url) + "'");
		}
		if (uri.getUserInfo() != null || uri.getQuery() != null) {
			throw new InvalidSettingException(setting, InvalidSettingException.Kind.CREDENTIALS,
					"must not carry credentials or a query string");
		}
		String text = uri.toString();
		return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
	}

	/**
	 * Check the API key.
	 * @param setting the setting's name, for the message
	 * @param apiKey the key
	 * @return the key
	 * @throws InvalidSettingException if the key is missing or has whitespace or control characters
	 */
	public static String requireApiKey(String setting, @Nullable String apiKey) {
		if (apiKey == null || apiKey.isBlank()) {
			throw new InvalidSettingException(setting, InvalidSettingException.Kind.MISSING, "is not set");
		}
		if (apiKey.chars().anyMatch((c) -> Character.isWhitespace(c) || Character.isISOControl(c))) {
			throw new InvalidSettingException(setting, InvalidSettingException.Kind.MALFORMED,
					"must not contain whitespace or control characters");
		}
		return apiKey;
	}

	/**
	 * The URL for a message, with anything that may be a user name or password replaced: whatever comes before
	 * the last {@code @} of the part that would be the authority.
	 */
	static String withoutCredentials(String url) {
		int authority = url.indexOf("//");
		int start = (authority >= 0) ? authority + 2 : 0;
		int end = url.length();
		for (char terminator : new char[] { '/', '?', '#' }) {
			int at = url.indexOf(terminator, start);
			if (at >= 0 && at < end) {
				end = at;
			}
		}
		int userInfoEnd = url.lastIndexOf('@', end - 1);
		if (userInfoEnd < start) {
			// No '@' in the authority; one past it (say, in a malformed path) may still end a password.
			userInfoEnd = url.lastIndexOf('@');
			start = 0;
		}
		return (userInfoEnd < 0) ? url : url.substring(0, start) + "***" + url.substring(userInfoEnd);
	}

	/**
	 * Check that a setting is set.
	 * @param <T> the setting's type
	 * @param setting the setting's name, for the message
	 * @param value the value
	 * @return the value
	 * @throws InvalidSettingException if it is {@code null}
	 */
	public static <T> T requireSet(String setting, @Nullable T value) {
		if (value == null) {
			throw new InvalidSettingException(setting, InvalidSettingException.Kind.MISSING, "must not be null");
		}
		return value;
	}

	/**
	 * Check that a duration is set and longer than zero.
	 * @param setting the setting's name, for the message
	 * @param value the duration
	 * @return the duration
	 * @throws InvalidSettingException if it is {@code null}, zero or negative
	 */
	public static Duration requirePositive(String setting, @Nullable Duration value) {
		if (requireSet(setting, value).isNegative() || value.isZero()) {
			throw new InvalidSettingException(setting, InvalidSettingException.Kind.MALFORMED,
					"must be longer than zero, but was " + value);
		}
		return value;
	}

	/**
	 * Check that a duration is set, longer than zero, and at most {@link Integer#MAX_VALUE} milliseconds (what
	 * Netty's connect timeout takes).
	 * @param setting the setting's name, for the message
	 * @param value the duration
	 * @return the duration
	 * @throws InvalidSettingException if it is not
	 */
	public static Duration requireMillis(String setting, @Nullable Duration value) {
		if (requirePositive(setting, value).compareTo(Duration.ofMillis(Integer.MAX_VALUE)) > 0) {
			throw new InvalidSettingException(setting, InvalidSettingException.Kind.MALFORMED,
					"must be at most " + Duration.ofMillis(Integer.MAX_VALUE) + ", but was " + value);
		}
		return value;
	}

	/**
	 * Check that a number is at least a minimum.
	 * @param setting the setting's name, for the message
	 * @param value the number
	 * @param min the minimum
	 * @return the number
	 * @throws InvalidSettingException if it is smaller
	 */
	public static int requireAtLeast(String setting, int value, int min) {
		if (value < min) {
			throw new InvalidSettingException(setting, InvalidSettingException.Kind.MALFORMED,
					"must be at least " + min + ", but was " + value);
		}
		return value;
	}

}
