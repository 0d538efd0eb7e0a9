package dev.litellm.spring.test.internal;

import org.jspecify.annotations.Nullable;

/**
 * The answers of newer proxies' {@code _check_key_admin_access} (block, unblock, and an update of someone else's
 * key): raised as FastAPI {@code HTTPException}s, so they arrive as {@code {"detail":{"error":...}}}.
 */
final class KeyAdmins {

	private KeyAdmins() {
	}

	/** 403 for a caller who is not a proxy, team or org admin (the fake models only the proxy admin). */
	static ApiError forbidden(Caller caller, String route) {
		return detailError(403, "Only proxy admins, team admins, or org admins can call " + route + ". user_role="
				+ caller.role() + ", user_id=" + (caller.userId() == null ? "None" : caller.userId()));
	}

	/**
	 * Whether the caller is a proxy admin or an admin of the team ({@code _is_user_team_admin}: the caller's user is
	 * a member of the team with the role {@code admin}).
	 */
	static boolean proxyOrTeamAdmin(Caller caller, @Nullable String teamId, TeamAdmins teamAdmins) {
		return caller.admin() || teamAdmins.isAdmin(teamId, caller.userId());
	}

	/** {@code HTTPException(status, detail={"error": message})}. */
	static ApiError detailError(int status, String message) {
		return ApiError.detailObject(status, "error", message);
	}

}
