package dev.litellm.spring.keys;

/**
 * How {@link KeyManagementOperations#rotateKey(String, RotateKeyRequest)} rotates a key.
 */
public enum RotationStrategy {

	/**
	 * {@code POST /key/regenerate} with a grace period: the proxy moves the key's record to the new secret and
	 * keeps the old secret valid until the grace period ends. Needs a proxy with an Enterprise licence.
	 */
	REGENERATE,

	/**
	 * Works on every proxy: a new key is generated with every setting and the spend of the old one, the alias
	 * moves to it, both keys are linked in their metadata, and the old key is shortened to the grace period.
	 */
	REPLACE,

	/**
	 * {@link #REGENERATE} where the proxy is licensed, {@link #REPLACE} where it answers that regeneration needs
	 * a licence. The answer is remembered for the client's lifetime.
	 */
	AUTO

}
