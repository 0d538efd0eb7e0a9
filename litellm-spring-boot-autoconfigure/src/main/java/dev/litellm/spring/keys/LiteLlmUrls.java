package dev.litellm.spring.keys;

import java.net.URI;
import java.net.URISyntaxException;

import org.jspecify.annotations.Nullable;

/**
 * Checks the proxy's base URL.
 */
final class LiteLlmUrls {

	private LiteLlmUrls() {
	}

	static String requireHttpUrl(String field, @Nullable String url) {
		if (url == null || url.isBlank()) {
			throw new IllegalArgumentException(field + " must not be null or blank");
		}
		URI uri;
		try {
			uri = new URI(url.trim());
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException(field + " must be an absolute http or https URL, but was \"" + url + "\"");
		}
		if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
				|| uri.getHost() == null) {
			throw new IllegalArgumentException(field + " must be an absolute http or https URL, but was \"" + url + "\"");
		}
		if (uri.getUserInfo() != null || uri.getQuery() != null) {
			throw new IllegalArgumentException(field + " must not carry credentials or a query string");
		}
		String text = uri.toString();
		return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
	}

}
