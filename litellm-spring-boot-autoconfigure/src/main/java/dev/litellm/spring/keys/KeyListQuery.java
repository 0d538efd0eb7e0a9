package dev.litellm.spring.keys;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.litellm.spring.internal.Secrets;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters of {@code GET /key/list}. Immutable; build with {@link #builder()}. Parameters never set
 * are not sent, so the proxy's defaults apply ({@code page=1}, {@code size=10}, hash strings rather than full
 * objects); {@link KeyManagementOperations#streamKeys(KeyListQuery)} uses {@code size=100} and full objects
 * unless the query says otherwise.
 */
public final class KeyListQuery {

	/** The largest page the proxy serves. */
	public static final int MAX_PAGE_SIZE = Paging.MAX_SIZE;

	private static final Set<String> SORT_FIELDS = Set.of("spend", "max_budget", "created_at", "updated_at",
			"token", "key_alias");

	private static final Set<String> STATUSES = Set.of("active", "expired", "revoked", "deleted");

	private static final Set<String> EXPIRES = Set.of("active", "expired");

	private static final KeyListQuery ALL = builder().build();

	private final Paging paging;

	private final Map<String, List<String>> filters;

	private KeyListQuery(Paging paging, Map<String, List<String>> filters) {
		this.paging = paging;
		this.filters = filters;
	}

	/**
	 * A query with no parameters: the first page, with the proxy's defaults.
	 * @return the query
	 */
	public static KeyListQuery all() {
		return ALL;
	}

	/**
	 * Start a query.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The page to fetch, counted from 1.
	 * @return the page, or {@code null} when not set
	 */
	public @Nullable Integer page() {
		return this.paging.page();
	}

	/**
	 * The page size.
	 * @return the size, or {@code null} when not set
	 */
	public @Nullable Integer size() {
		return this.paging.size();
	}

	/**
	 * Whether full key objects are asked for, rather than hash strings.
	 * @return the flag, or {@code null} when not set
	 */
	public @Nullable Boolean returnFullObject() {
		List<String> value = this.filters.get("return_full_object");
		return (value != null) ? Boolean.valueOf(value.get(0)) : null;
	}

	/**
	 * Every query parameter to send, {@code page} and {@code size} included, under the proxy's names.
	 * @return an unmodifiable map from parameter name to its values (more than one for {@code expand})
	 */
	public Map<String, List<String>> parameters() {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		this.paging.addTo(parameters);
		parameters.putAll(this.filters);
		return Collections.unmodifiableMap(parameters);
	}

	/**
	 * A builder holding this query's parameters, to derive another query from it.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		Builder builder = new Builder();
		builder.paging = this.paging;
		builder.filters.putAll(this.filters);
		return builder;
	}

	@Override
	public String toString() {
		return "KeyListQuery" + parameters();
	}

	/**
	 * Builds a {@link KeyListQuery}.
	 */
	public static final class Builder {

		private Paging paging = Paging.DEFAULTS;

		private final Map<String, List<String>> filters = new LinkedHashMap<>();

		private Builder() {
		}

		/**
		 * The page to fetch ({@code page}).
		 * @param page the page, from 1
		 * @return this builder
		 * @throws IllegalArgumentException if {@code page < 1}
		 */
		public Builder page(int page) {
			this.paging = this.paging.page(page);
			return this;
		}

		/**
		 * The page size ({@code size}).
		 * @param size the size, 1 to 100
		 * @return this builder
		 * @throws IllegalArgumentException if the size is outside 1..100
		 */
		public Builder size(int size) {
			this.paging = this.paging.size(size);
			return this;
		}

		/**
		 * Only keys of this user ({@code user_id}).
		 * @param userId the user id
		 * @return this builder
		 */
		public Builder userId(@Nullable String userId) {
			return filter("user_id", userId);
		}

		/**
		 * Only keys of this team ({@code team_id}).
		 * @param teamId the team id
		 * @return this builder
		 */
		public Builder teamId(@Nullable String teamId) {
			return filter("team_id", teamId);
		}

		/**
		 * Only keys of this organization ({@code organization_id}).
		 * @param organizationId the organization id
		 * @return this builder
		 */
		public Builder organizationId(@Nullable String organizationId) {
			return filter("organization_id", organizationId);
		}

		/**
		 * Only the key with this hash ({@code key_hash}). A raw key is hashed first, so it never appears in the
		 * URL.
		 * @param key a hash or a raw key
		 * @return this builder
		 */
		public Builder keyHash(@Nullable String key) {
			return filter("key_hash", (key != null) ? Secrets.urlSafeKey(KeyArguments.requireKey("key_hash", key)) : null);
		}

		/**
		 * Only the key with this alias ({@code key_alias}).
		 * @param keyAlias the alias
		 * @return this builder
		 */
		public Builder keyAlias(@Nullable String keyAlias) {
			return filter("key_alias", keyAlias);
		}

		/**
		 * Only keys of this project ({@code project_id}; proxies newer than 1.81.14).
		 * @param projectId the project id
		 * @return this builder
		 */
		public Builder projectId(@Nullable String projectId) {
			return filter("project_id", projectId);
		}

		/**
		 * Only keys of this access group ({@code access_group_id}; proxies newer than 1.81.14).
		 * @param accessGroupId the access group id
		 * @return this builder
		 */
		public Builder accessGroupId(@Nullable String accessGroupId) {
			return filter("access_group_id", accessGroupId);
		}

		/**
		 * Full key objects rather than hash strings ({@code return_full_object}).
		 * @param returnFullObject {@code true} for full objects
		 * @return this builder
		 */
		public Builder returnFullObject(boolean returnFullObject) {
			return filter("return_full_object", Boolean.toString(returnFullObject));
		}

		/**
		 * For a team admin, include every key of the teams they administer ({@code include_team_keys}).
		 * @param includeTeamKeys {@code true} to include them
		 * @return this builder
		 */
		public Builder includeTeamKeys(boolean includeTeamKeys) {
			return filter("include_team_keys", Boolean.toString(includeTeamKeys));
		}

		/**
		 * Include keys the caller created for others ({@code include_created_by_keys}).
		 * @param includeCreatedByKeys {@code true} to include them
		 * @return this builder
		 */
		public Builder includeCreatedByKeys(boolean includeCreatedByKeys) {
			return filter("include_created_by_keys", Boolean.toString(includeCreatedByKeys));
		}

		/**
		 * Sort by a field ({@code sort_by}).
		 * @param sortBy {@code spend}, {@code max_budget}, {@code created_at}, {@code updated_at}, {@code token}
		 * or {@code key_alias}
		 * @return this builder
		 * @throws IllegalArgumentException for any other field, which the proxy would reject
		 */
		public Builder sortBy(@Nullable String sortBy) {
			return filter("sort_by", KeyArguments.requireOneOf("sort_by", sortBy, SORT_FIELDS));
		}

		/**
		 * The sort direction ({@code sort_order}).
		 * @param sortOrder {@code asc} or {@code desc} (the proxy's default)
		 * @return this builder
		 */
		public Builder sortOrder(@Nullable String sortOrder) {
			String normalized = (sortOrder != null) ? sortOrder.toLowerCase(Locale.ROOT) : null;
			return filter("sort_order", KeyArguments.requireOneOf("sort_order", normalized, Set.of("asc", "desc")));
		}

		/**
		 * Related objects to expand ({@code expand}, repeatable), for example {@code user}; forces full objects.
		 * @param expand the relations; none removes the parameter
		 * @return this builder
		 * @throws IllegalArgumentException if the array or one of the relations is null or blank
		 */
		public Builder expand(String... expand) {
			if (expand == null) {
				throw new IllegalArgumentException("expand must not be null");
			}
			List<String> values = new ArrayList<>();
			for (String value : expand) {
				values.add(KeyArguments.requireText("expand", value));
			}
			if (values.isEmpty()) {
				this.filters.remove("expand");
			}
			else {
				this.filters.put("expand", List.copyOf(values));
			}
			return this;
		}

		/**
		 * Only keys of this agent ({@code agent_id}; proxies newer than 1.81.14).
		 * @param agentId the agent id
		 * @return this builder
		 */
		public Builder agentId(@Nullable String agentId) {
			return filter("agent_id", agentId);
		}

		/**
		 * Only keys whose hash equals the value or whose alias contains it, ignoring case ({@code search};
		 * proxies newer than 1.81.14).
		 * @param search the text to look for
		 * @return this builder
		 */
		public Builder search(@Nullable String search) {
			return filter("search", search);
		}

		/**
		 * Match {@code key_alias} (and, for proxy admins, {@code user_id}) as a substring rather than exactly
		 * ({@code substring_matching}; proxies newer than 1.81.14).
		 * @param substringMatching {@code true} for substring matches
		 * @return this builder
		 */
		public Builder substringMatching(boolean substringMatching) {
			return filter("substring_matching", Boolean.toString(substringMatching));
		}

		/**
		 * Only keys that have not expired yet, or only those that have ({@code expires}; proxies newer than
		 * 1.81.14).
		 * @param expires {@code active} or {@code expired}
		 * @return this builder
		 * @throws IllegalArgumentException for any other value, which the proxy would reject
		 */
		public Builder expires(@Nullable String expires) {
			return filter("expires", KeyArguments.requireOneOf("expires", expires, EXPIRES));
		}

		/**
		 * Only keys in this state ({@code status}). Proxies up to 1.81.14 know only {@code deleted}.
		 * @param status {@code active}, {@code expired}, {@code revoked} or {@code deleted}
		 * @return this builder
		 * @throws IllegalArgumentException for any other value, which the proxy would reject
		 */
		public Builder status(@Nullable String status) {
			return filter("status", KeyArguments.requireOneOf("status", status, STATUSES));
		}

		/**
		 * List deleted keys instead of live ones: a shortcut for {@code status("deleted")}; {@code false} removes
		 * a {@code deleted} status again.
		 * @param deleted {@code true} for deleted keys
		 * @return this builder
		 */
		public Builder deleted(boolean deleted) {
			if (deleted) {
				return status("deleted");
			}
			if (List.of("deleted").equals(this.filters.get("status"))) {
				this.filters.remove("status");
			}
			return this;
		}

		private Builder filter(String name, @Nullable String value) {
			if (value == null) {
				this.filters.remove(name);
			}
			else {
				this.filters.put(name, List.of(value));
			}
			return this;
		}

		/**
		 * Build the query.
		 * @return the immutable query
		 */
		public KeyListQuery build() {
			return new KeyListQuery(this.paging, Collections.unmodifiableMap(new LinkedHashMap<>(this.filters)));
		}

	}

}
