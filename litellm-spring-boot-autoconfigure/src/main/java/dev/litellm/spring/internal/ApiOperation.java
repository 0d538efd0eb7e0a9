package dev.litellm.spring.internal;

/**
 * What the transport needs to know of one operation of a LiteLLM API: its name, whether it changes state (and so
 * carries the {@code litellm-changed-by} header), and whether repeating it after an unclear failure is harmless.
 */
public interface ApiOperation {

	/**
	 * The name used in observations and logs.
	 * @return for example {@code key.generate}
	 */
	String observationName();

	/**
	 * Whether the operation changes state, and so carries the {@code litellm-changed-by} header.
	 * @return {@code true} for a write
	 */
	boolean isWrite();

	/**
	 * Whether repeating the operation after an unclear failure is harmless.
	 * @return {@code false} for an operation whose repeat could create something twice
	 */
	boolean isIdempotent();

}
