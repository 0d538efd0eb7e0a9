package dev.litellm.spring.keys;

import dev.litellm.spring.internal.ApiOperation;

/**
 * The operations of the key API, named as they appear in observations ({@code litellm.operation}).
 */
enum KeyOperation implements ApiOperation {

	/** {@code POST /key/generate}. */
	GENERATE("key.generate", true, false),

	/** {@code POST /key/update}. */
	UPDATE("key.update", true, true),

	/** {@code POST /key/delete}. */
	DELETE("key.delete", true, true),

	/** {@code GET /key/info}. */
	INFO("key.info", false, true),

	/** {@code GET /key/list}. */
	LIST("key.list", false, true),

	/** {@code POST /key/block}. */
	BLOCK("key.block", true, true),

	/** {@code POST /key/unblock}. */
	UNBLOCK("key.unblock", true, true),

	/** {@code POST /key/health}. */
	HEALTH("key.health", false, true),

	/** {@code POST /key/regenerate}. */
	REGENERATE("key.regenerate", true, false),

	/** {@code rotateKey}: the parent of the calls a rotation makes. */
	ROTATE("key.rotate", true, false);

	private final String observationName;

	private final boolean write;

	private final boolean idempotent;

	KeyOperation(String observationName, boolean write, boolean idempotent) {
		this.observationName = observationName;
		this.write = write;
		this.idempotent = idempotent;
	}

	/**
	 * The name used in observations and logs.
	 * @return for example {@code key.generate}
	 */
	@Override
	public String observationName() {
		return this.observationName;
	}

	/**
	 * Whether the operation changes keys, and so carries the {@code litellm-changed-by} header.
	 * @return {@code true} for generate, update, delete, block, unblock and regenerate
	 */
	@Override
	public boolean isWrite() {
		return this.write;
	}

	/**
	 * Whether repeating the operation after an unclear failure is harmless. Generate and regenerate are not:
	 * a repeat could create a second key.
	 * @return {@code false} for generate, regenerate and rotate
	 */
	@Override
	public boolean isIdempotent() {
		return this.idempotent;
	}

}
