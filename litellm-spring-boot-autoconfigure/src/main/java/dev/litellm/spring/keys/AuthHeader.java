package dev.litellm.spring.keys;

import org.springframework.http.HttpHeaders;

/**
 * How the client presents its API key to the proxy.
 */
public enum AuthHeader {

	/** {@code Authorization: Bearer <key>}, the default. */
	AUTHORIZATION,

	/**
	 * {@code x-litellm-api-key: Bearer <key>}. The proxy prefers this header over {@code Authorization}, which
	 * helps when a gateway in front of it uses {@code Authorization} for itself.
	 */
	X_LITELLM_API_KEY;

	/** {@return the name of the header that carries the key} */
	String headerName() {
		return (this == X_LITELLM_API_KEY) ? "x-litellm-api-key" : HttpHeaders.AUTHORIZATION;
	}

}
