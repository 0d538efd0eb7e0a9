package dev.litellm.spring.keys;

import dev.litellm.spring.LiteLlmException;
import dev.litellm.spring.internal.Secrets;

/**
 * A key rotation stopped before it finished. Says which step failed and names both keys by their hashes; the
 * cause is the failure of that step. Calling {@code rotateKey} again for the same key with
 * {@link RotateKeyRequest.Builder#newKey(String) newKey(}{@link #newKey()}{@code )} finishes the rotation without
 * creating a second key.
 */
public class KeyRotationException extends LiteLlmException {

	private static final long serialVersionUID = 1L;

	private final Step step;

	private final String previousToken;

	private final String token;

	private final transient String newKey;

	KeyRotationException(Step step, String previousToken, String token, String newKey, Throwable cause) {
		super(message(step, previousToken, token, cause), cause);
		this.step = step;
		this.previousToken = previousToken;
		this.token = token;
		this.newKey = newKey;
	}

	private static String message(Step step, String previousToken, String token, Throwable cause) {
		return Secrets.mask("Key rotation stopped at " + step + " (old key " + previousToken + ", new key " + token
				+ "): " + step.state + " Call rotateKey again with the same newKey to finish it. Cause: "
				+ cause.getClass().getSimpleName() + ": " + cause.getMessage());
	}

	/**
	 * The step that failed.
	 * @return the step
	 */
	public Step step() {
		return this.step;
	}

	/**
	 * The old key's hash.
	 * @return the hash
	 */
	public String previousToken() {
		return this.previousToken;
	}

	/**
	 * The new key's hash.
	 * @return the hash
	 */
	public String token() {
		return this.token;
	}

	/**
	 * The new secret this rotation was creating, to pass to {@link RotateKeyRequest.Builder#newKey(String)} when
	 * repeating the call. Never part of the message; do not log it.
	 * @return the new key, {@code sk-…}
	 */
	public String newKey() {
		return this.newKey;
	}

	/**
	 * The steps of a rotation, in order.
	 */
	public enum Step {

		/** Reading the old key's record (and, for a given new key, whether it exists already). */
		READ("nothing was changed."),

		/** {@code POST /key/regenerate} ({@link RotationStrategy#REGENERATE}). */
		REGENERATE("the old key is unchanged unless the proxy regenerated it; the new key's hash tells."),

		/** Creating the new key with the old key's settings and spend ({@link RotationStrategy#REPLACE}). */
		GENERATE("the old key is unchanged; the new key may exist, linked to the old one."),

		/** Removing the alias from the old key and linking it to the new one. */
		RELEASE_ALIAS("the new key exists; the alias may have left the old key."),

		/** Setting the alias on the new key. */
		SET_ALIAS("the alias has left the old key and is not yet on the new one."),

		/** Shortening the old key to the grace period, or deleting it for a zero grace period. */
		END_OLD_KEY("the alias is on the new key; the old key still has its full life.");

		private final String state;

		Step(String state) {
			this.state = state;
		}

	}

}
