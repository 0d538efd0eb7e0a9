package dev.litellm.spring.keys;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * One item of {@link KeyManagementOperations#bulkUpdateKeys(List)}: a key and the values to set on it. Only the
 * fields set here are sent and written; every other field of the key stays as it is.
 *
 * <pre class="code">
 * BulkKeyUpdate.builder(key).maxBudget(200.0).tags(List.of("team-a")).build();
 * </pre>
 */
public final class BulkKeyUpdate {

	private final Map<String, @Nullable Object> fields;

	private BulkKeyUpdate(Map<String, @Nullable Object> fields) {
		this.fields = Collections.unmodifiableMap(fields);
	}

	/**
	 * Start an update of one key.
	 * @param key the raw key or its hash
	 * @return a new builder
	 * @throws IllegalArgumentException if the key is null, blank or holds whitespace
	 */
	public static Builder builder(String key) {
		return new Builder(KeyArguments.requireKey("key", key));
	}

	/**
	 * {@return the key, raw or hash, as given}
	 */
	public String key() {
		return (String) this.fields.get("key");
	}

	/**
	 * The fields to send, under their JSON names, the key first.
	 * @return an unmodifiable view
	 */
	@JsonValue
	public Map<String, @Nullable Object> fields() {
		return this.fields;
	}

	@Override
	public String toString() {
		return KeyArguments.describe("BulkKeyUpdate", this.fields);
	}

	/**
	 * Builds a {@link BulkKeyUpdate}. A field never set is not sent.
	 */
	public static final class Builder {

		private final Map<String, @Nullable Object> fields = new LinkedHashMap<>();

		private Builder(String key) {
			this.fields.put("key", key);
		}

		/**
		 * The key's budget in USD ({@code max_budget}).
		 * @param maxBudget a finite, non-negative amount
		 * @return this builder
		 */
		public Builder maxBudget(double maxBudget) {
			this.fields.put("max_budget", KeyArguments.requireNotNegative("max_budget", maxBudget));
			return this;
		}

		/**
		 * The budget the key follows ({@code budget_id}).
		 * @param budgetId the budget's id
		 * @return this builder
		 */
		public Builder budgetId(String budgetId) {
			this.fields.put("budget_id", KeyArguments.requireText("budget_id", budgetId));
			return this;
		}

		/**
		 * The team the key belongs to ({@code team_id}).
		 * @param teamId the team's id
		 * @return this builder
		 */
		public Builder teamId(String teamId) {
			this.fields.put("team_id", KeyArguments.requireText("team_id", teamId));
			return this;
		}

		/**
		 * The key's tags ({@code tags}), replacing the stored ones.
		 * @param tags the tags
		 * @return this builder
		 */
		public Builder tags(List<String> tags) {
			KeyArguments.requireCollection("tags", tags).forEach((tag) -> KeyArguments.requireText("tags", tag));
			this.fields.put("tags", List.copyOf(tags));
			return this;
		}

		/**
		 * What the key may reach besides models ({@code object_permission}: MCP servers, vector stores, …).
		 * @param objectPermission the permission object
		 * @return this builder
		 */
		public Builder objectPermission(Map<String, ?> objectPermission) {
			if (objectPermission == null) {
				throw new IllegalArgumentException("object_permission must not be null");
			}
			this.fields.put("object_permission", Collections.unmodifiableMap(new LinkedHashMap<>(objectPermission)));
			return this;
		}

		/**
		 * Build the update.
		 * @return the update
		 */
		public BulkKeyUpdate build() {
			return new BulkKeyUpdate(new LinkedHashMap<>(this.fields));
		}

	}

}
