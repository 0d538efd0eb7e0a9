package dev.litellm.spring.keys;

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
	X_LITELLM_API_KEY

}
