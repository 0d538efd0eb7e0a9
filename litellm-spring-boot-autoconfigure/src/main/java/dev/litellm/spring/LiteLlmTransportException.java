package dev.litellm.spring;

import org.jspecify.annotations.Nullable;

/**
 * The proxy gave no usable answer: the connection could not be made or broke, the call timed out, or the body
 * could not be read or decoded. The cause carries the underlying error.
 *
 * <p>For {@code /key/generate} and {@code /key/regenerate} whose new key was not known before the call, this
 * exception means the outcome is unknown: the proxy may or may not have created the key, and the message says so.
 * When the new key was known (client-generated keys, or a key the caller chose), the client has looked it up: the
 * message names the key's hash and says that the key did not exist when last looked up (a write still in progress
 * on the proxy may yet create it), or that the lookup failed too. An interrupted blocking generate or regenerate
 * throws the subtype {@code KeyCreationAbandonedException}, which names the key that may exist.
 */
public class LiteLlmTransportException extends LiteLlmException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception.
	 * @param message what failed, free of secrets
	 * @param cause the underlying error
	 */
	public LiteLlmTransportException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
