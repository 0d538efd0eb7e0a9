package dev.litellm.spring.keys;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@link KeyManagementOperations#bulkUpdateTeamKeys(TeamKeysUpdate)}: a team, either some of its
 * keys or all of them, and the values to set on each. Only the fields set here are written.
 *
 * <pre class="code">
 * TeamKeysUpdate.builder("team-a").allKeysInTeam().maxBudget(500.0).build();
 * </pre>
 */
public final class TeamKeysUpdate {

	private final String teamId;

	private final @Nullable List<String> keys;

	private final Map<String, Object> updateFields;

	private TeamKeysUpdate(String teamId, @Nullable List<String> keys, Map<String, Object> updateFields) {
		this.teamId = teamId;
		this.keys = keys;
		this.updateFields = updateFields;
	}

	/**
	 * Start an update of a team's keys.
	 * @param teamId the team's id
	 * @return a new builder
	 * @throws IllegalArgumentException if the team id is null or blank
	 */
	public static Builder builder(String teamId) {
		return new Builder(KeyArguments.requireText("team_id", teamId));
	}

	/** {@return the team's id} */
	public String teamId() {
		return this.teamId;
	}

	/** {@return the keys to update, raw or hashes, or {@code null} for every key of the team} */
	public @Nullable List<String> keys() {
		return this.keys;
	}

	/** {@return the values to set, under their JSON names} */
	public Map<String, Object> updateFields() {
		return this.updateFields;
	}

	/**
	 * The same update for other keys of the team, for a request split into calls.
	 */
	TeamKeysUpdate withKeys(List<String> keys) {
		return new TeamKeysUpdate(this.teamId, keys, this.updateFields);
	}

	/**
	 * The JSON body: {@code team_id}, {@code key_ids} or {@code all_keys_in_team}, and {@code update_fields}.
	 * @return the body's fields
	 */
	@JsonValue
	Map<String, Object> body() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("team_id", this.teamId);
		if (this.keys != null) {
			body.put("key_ids", this.keys);
		}
		else {
			body.put("all_keys_in_team", true);
		}
		body.put("update_fields", this.updateFields);
		return body;
	}

	@Override
	public String toString() {
		Map<String, @Nullable Object> shown = new LinkedHashMap<>(body());
		shown.put("keys", shown.remove("key_ids"));
		return KeyArguments.describe("TeamKeysUpdate", shown);
	}

	/**
	 * Builds a {@link TeamKeysUpdate}: name the keys with {@link #keys(Collection)} or choose
	 * {@link #allKeysInTeam()}, and set at least one field.
	 */
	public static final class Builder {

		private final String teamId;

		private @Nullable List<String> keys;

		private boolean allKeysInTeam;

		private final Map<String, Object> fields = new LinkedHashMap<>();

		private Builder(String teamId) {
			this.teamId = teamId;
		}

		/**
		 * Update these keys of the team.
		 * @param keys raw keys or hashes; at least one
		 * @return this builder
		 */
		public Builder keys(Collection<String> keys) {
			List<String> copy = new ArrayList<>(KeyArguments.requireCollection("keys", keys));
			if (copy.isEmpty()) {
				throw new IllegalArgumentException("keys must not be empty");
			}
			copy.forEach((key) -> KeyArguments.requireKey("keys", key));
			this.keys = List.copyOf(copy);
			return this;
		}

		/**
		 * Update every key of the team; the proxy skips blocked and expired keys.
		 * @return this builder
		 */
		public Builder allKeysInTeam() {
			this.allKeysInTeam = true;
			return this;
		}

		/**
		 * Set {@code max_budget}, in USD.
		 * @param maxBudget a finite, non-negative amount
		 * @return this builder
		 */
		public Builder maxBudget(double maxBudget) {
			return set("max_budget", KeyArguments.requireNotNegative("max_budget", maxBudget));
		}

		/**
		 * Set {@code budget_duration}, the budget's reset period.
		 * @param budgetDuration for example {@code 30d}
		 * @return this builder
		 */
		public Builder budgetDuration(String budgetDuration) {
			return set("budget_duration", KeyArguments.requireText("budget_duration", budgetDuration));
		}

		/**
		 * Set {@code tpm_limit}, tokens per minute.
		 * @param tpmLimit zero or more
		 * @return this builder
		 */
		public Builder tpmLimit(long tpmLimit) {
			return set("tpm_limit", KeyArguments.requireNotNegative("tpm_limit", tpmLimit));
		}

		/**
		 * Set {@code rpm_limit}, requests per minute.
		 * @param rpmLimit zero or more
		 * @return this builder
		 */
		public Builder rpmLimit(long rpmLimit) {
			return set("rpm_limit", KeyArguments.requireNotNegative("rpm_limit", rpmLimit));
		}

		/**
		 * Set {@code max_parallel_requests}.
		 * @param maxParallelRequests zero or more
		 * @return this builder
		 */
		public Builder maxParallelRequests(int maxParallelRequests) {
			return set("max_parallel_requests",
					KeyArguments.requireNotNegative("max_parallel_requests", maxParallelRequests));
		}

		/**
		 * Set {@code duration}: the keys expire this long after the update.
		 * @param duration for example {@code 90d}
		 * @return this builder
		 */
		public Builder duration(String duration) {
			return set("duration", KeyArguments.requireText("duration", duration));
		}

		/**
		 * Set {@code tags}, replacing the stored ones.
		 * @param tags the tags
		 * @return this builder
		 */
		public Builder tags(List<String> tags) {
			KeyArguments.requireCollection("tags", tags).forEach((tag) -> KeyArguments.requireText("tags", tag));
			return set("tags", List.copyOf(tags));
		}

		/**
		 * Set {@code metadata}, replacing the stored map.
		 * @param metadata the metadata
		 * @return this builder
		 */
		public Builder metadata(Map<String, ?> metadata) {
			if (metadata == null) {
				throw new IllegalArgumentException("metadata must not be null");
			}
			return set("metadata", Collections.unmodifiableMap(new LinkedHashMap<>(metadata)));
		}

		private Builder set(String field, @Nullable Object value) {
			if (value != null) {
				this.fields.put(field, value);
			}
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 * @throws IllegalArgumentException unless exactly one of keys and all keys was chosen and a field was set
		 */
		public TeamKeysUpdate build() {
			if ((this.keys != null) == this.allKeysInTeam) {
				throw new IllegalArgumentException("keys and all_keys_in_team: exactly one of them must be given");
			}
			if (this.fields.isEmpty()) {
				throw new IllegalArgumentException("update_fields must set at least one field");
			}
			return new TeamKeysUpdate(this.teamId, this.keys,
					Collections.unmodifiableMap(new LinkedHashMap<>(this.fields)));
		}

	}

}
