package dev.litellm.spring.keys;

import dev.litellm.spring.LiteLlmTransportException;
import org.jspecify.annotations.Nullable;

/**
 * A blocking generate or regenerate was interrupted after its request may have reached the proxy: the proxy may
 * have created the key. {@link #creation()} names its hash and, when the client knew the new key before the call
 * (client-generated keys, or a key the request named), carries its secret; the message never shows the secret.
 * The thread's interrupt flag is set again.
 */
public class KeyCreationAbandonedException extends LiteLlmTransportException {

	private static final long serialVersionUID = 1L;

	private final transient AbandonedKeyCreation creation;

	/**
	 * Create an exception.
	 * @param creation what was abandoned
	 * @param cause the interruption
	 */
	public KeyCreationAbandonedException(AbandonedKeyCreation creation, @Nullable Throwable cause) {
		super(creation.describe(), cause);
		this.creation = creation;
	}

	/**
	 * What was abandoned, and the key that may exist.
	 * @return the creation
	 */
	public AbandonedKeyCreation creation() {
		return this.creation;
	}

}
