package dev.litellm.spring.keys;

/**
 * Where a key rotation stores the new secret before the old key is shortened, for example a secret manager that
 * the key's consumers read from. With the starter, declare it as a bean; otherwise set it with
 * {@link ReactiveKeyManagementTemplate.Builder#keySecretSink(KeySecretSink)}.
 *
 * <p>If {@link #store(String, String)} throws, the rotation deletes the new key, leaves the old key untouched and
 * fails with the sink's exception. It runs on a thread that may block. It can be called twice with the same
 * secret when a rotation is repeated.
 */
@FunctionalInterface
public interface KeySecretSink {

	/**
	 * Store the new secret of a rotated key.
	 * @param token the new key's hash
	 * @param key the new secret ({@code sk-…}); never log it
	 */
	void store(String token, String key);

}
