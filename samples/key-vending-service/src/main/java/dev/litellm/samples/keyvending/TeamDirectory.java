package dev.litellm.samples.keyvending;

import java.security.Principal;
import java.util.Map;

/**
 * Which team each admin manages.
 */
class TeamDirectory {

	private final Map<String, String> teamsByAdmin;

	TeamDirectory(Map<String, String> teamsByAdmin) {
		this.teamsByAdmin = Map.copyOf(teamsByAdmin);
	}

	String teamOf(Principal admin) {
		String team = this.teamsByAdmin.get(admin.getName());
		if (team == null) {
			throw new IllegalStateException("No team is configured for admin " + admin.getName());
		}
		return team;
	}

}
