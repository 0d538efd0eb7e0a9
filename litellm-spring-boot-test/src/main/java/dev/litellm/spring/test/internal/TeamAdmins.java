package dev.litellm.spring.test.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The teams of the fake as far as the key routes need them: which users are admins of which team. Teams are
 * otherwise not modeled (any {@code team_id} is accepted and stored as given); a caller is a team admin when its
 * virtual key belongs to a user registered as an admin of the team, as the proxy's {@code _is_user_team_admin} reads
 * the team's {@code members_with_roles}.
 * <p>
 * Thread-safe through its own monitor. {@link #reset()} restores the admins the fake was configured with.
 */
public final class TeamAdmins {

	private final Map<String, Set<String>> configured;

	private final Map<String, Set<String>> admins = new HashMap<>();

	/**
	 * Creates the team admins of a fake.
	 *
	 * @param configured the admins by team id that {@link #reset()} restores
	 */
	public TeamAdmins(Map<String, Set<String>> configured) {
		this.configured = copy(configured);
		this.admins.putAll(copy(configured));
	}

	/**
	 * Makes a user an admin of a team.
	 *
	 * @param teamId the team
	 * @param userId the user
	 */
	public synchronized void add(String teamId, String userId) {
		this.admins.computeIfAbsent(teamId, (team) -> new HashSet<>()).add(userId);
	}

	/** Restores the configured admins. */
	public synchronized void reset() {
		this.admins.clear();
		this.admins.putAll(copy(this.configured));
	}

	/** Whether the user is an admin of the team; {@code false} when either is unknown. */
	synchronized boolean isAdmin(@Nullable String teamId, @Nullable String userId) {
		if (teamId == null || userId == null) {
			return false;
		}
		Set<String> users = this.admins.get(teamId);
		return users != null && users.contains(userId);
	}

	private static Map<String, Set<String>> copy(Map<String, Set<String>> admins) {
		Map<String, Set<String>> copy = new HashMap<>();
		admins.forEach((team, users) -> copy.put(team, new HashSet<>(users)));
		return copy;
	}

}
