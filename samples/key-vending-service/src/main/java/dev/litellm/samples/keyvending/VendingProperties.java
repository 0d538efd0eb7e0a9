package dev.litellm.samples.keyvending;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The team admins who may sign in, under {@code vending.admins}.
 *
 * @param admins the admins, each with the team whose keys they manage
 */
@ConfigurationProperties("vending")
public record VendingProperties(List<TeamAdmin> admins) {

	/**
	 * Normalizes a missing list to an empty one.
	 */
	public VendingProperties {
		admins = (admins != null) ? List.copyOf(admins) : List.of();
	}

	/**
	 * One admin.
	 *
	 * @param username the sign-in name, recorded as {@code litellm-changed-by}
	 * @param password the password, with its encoding prefix such as {@code {noop}} or {@code {bcrypt}}
	 * @param team the LiteLLM team id whose keys the admin manages
	 */
	public record TeamAdmin(String username, String password, String team) {

	}

}
