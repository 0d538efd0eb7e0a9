package dev.litellm.spring.test.internal;

import org.jspecify.annotations.Nullable;

/**
 * The caller the proxy's auth dependency resolved: the master key, or a virtual key and its row.
 *
 * @param admin whether the caller is the proxy admin (the master key)
 * @param apiKeyHash the hash of the key the caller presented
 * @param userId the caller's user id, if any
 * @param row the row of the caller's virtual key, {@code null} for the master key
 */
record Caller(boolean admin, String apiKeyHash, @Nullable String userId, @Nullable TableRow row) {

	/** {@code LITELLM_PROXY_ADMIN_NAME}: the user id the proxy gives the master key. */
	static final String PROXY_ADMIN_NAME = "default_user_id";

	/** Whether the caller is an internal user: a virtual key that belongs to a user. */
	boolean internalUser() {
		return !this.admin && this.userId != null;
	}

	/** The caller's {@code user_role} as the proxy prints it. */
	String role() {
		return this.admin ? "proxy_admin" : (internalUser() ? "internal_user" : "None");
	}

	/** Whether the caller owns a key row: its user id is the row's. */
	boolean owns(TableRow row) {
		return this.admin || (this.userId != null && this.userId.equals(row.string("user_id")));
	}

}
