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
	ROTATE("key.rotate", true, false),

	/** {@code POST /key/service-account/generate}. */
	SERVICE_ACCOUNT_GENERATE("key.service-account.generate", true, false),

	/** {@code POST /key/bulk_update}: sets values, so a repeat is harmless. */
	BULK_UPDATE("key.bulk-update", true, true),

	/** {@code POST /team/key/bulk_update}: sets values, so a repeat is harmless. */
	TEAM_BULK_UPDATE("key.team-bulk-update", true, true),

	/** {@code POST /key/{key}/reset_spend}: sets the spend, so a repeat is harmless. */
	RESET_SPEND("key.reset-spend", true, true),

	/** {@code GET /key/aliases}. */
	ALIASES("key.aliases", false, true),

	/** {@code POST /v2/key/info}, or {@code GET /key/info} per key on a proxy without it. */
	INFO_BATCH("key.info-batch", false, true);

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
	 * @return {@code true} for every operation that creates or changes keys
	 */
	@Override
	public boolean isWrite() {
		return this.write;
	}

	/**
	 * Whether repeating the operation after an unclear failure is harmless. Generate and regenerate are not:
	 * a repeat could create a second key.
	 * @return {@code false} for generate, service-account generate, regenerate and rotate
	 */
	@Override
	public boolean isIdempotent() {
		return this.idempotent;
	}

}
