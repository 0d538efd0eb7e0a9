package dev.litellm.spring.internal;

import java.net.URI;
import java.net.URISyntaxException;

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
					"must be an absolute http or https URL, but was '" + url + "'");
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

}
