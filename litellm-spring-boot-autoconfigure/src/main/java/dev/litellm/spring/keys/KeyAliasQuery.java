package dev.litellm.spring.keys;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The query of {@code GET /key/aliases}: a page, a page size, and optional filters. Unset values are not sent,
 * so the proxy's defaults apply (page 1, 50 aliases a page).
 *
 * <pre class="code">
 * KeyAliasQuery.builder().search("ci").teamId("team-a").size(20).build();
 * </pre>
 */
public final class KeyAliasQuery {

	/** The largest page the proxy serves. */
	public static final int MAX_PAGE_SIZE = Paging.MAX_SIZE;

	private final Paging paging;

	private final @Nullable String search;

	private final @Nullable String teamId;

	private KeyAliasQuery(Builder builder) {
		this.paging = builder.paging;
		this.search = builder.search;
		this.teamId = builder.teamId;
	}

	/**
	 * Start a query.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The first page of every alias, with the proxy's defaults.
	 * @return the query
	 */
	public static KeyAliasQuery all() {
		return builder().build();
	}

	/** {@return the page, from 1; {@code null} for the proxy's default (1)} */
	public @Nullable Integer page() {
		return this.paging.page();
	}

	/** {@return the page size; {@code null} for the proxy's default (50)} */
	public @Nullable Integer size() {
		return this.paging.size();
	}

	/** {@return the text aliases must contain (case-insensitive)} */
	public @Nullable String search() {
		return this.search;
	}

	/** {@return the team whose keys' aliases are listed} */
	public @Nullable String teamId() {
		return this.teamId;
	}

	/**
	 * A builder holding this query's values.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		Builder builder = new Builder();
		builder.paging = this.paging;
		builder.search = this.search;
		builder.teamId = this.teamId;
		return builder;
	}

	Map<String, List<String>> parameters() {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		this.paging.addTo(parameters);
		if (this.search != null) {
			parameters.put("search", List.of(this.search));
		}
		if (this.teamId != null) {
			parameters.put("team_id", List.of(this.teamId));
		}
		return parameters;
	}

	@Override
	public String toString() {
		return "KeyAliasQuery" + parameters();
	}

	/**
	 * Builds a {@link KeyAliasQuery}; each value is checked as it is set.
	 */
	public static final class Builder {

		private Paging paging = Paging.DEFAULTS;

		private @Nullable String search;

		private @Nullable String teamId;

		private Builder() {
		}

		/**
		 * The page to fetch.
		 * @param page from 1
		 * @return this builder
		 */
		public Builder page(int page) {
			this.paging = this.paging.page(page);
			return this;
		}

		/**
		 * The page size.
		 * @param size from 1 to {@value #MAX_PAGE_SIZE}
		 * @return this builder
		 */
		public Builder size(int size) {
			this.paging = this.paging.size(size);
			return this;
		}

		/**
		 * Only aliases containing this text, compared without case.
		 * @param search the text; {@code null} for every alias
		 * @return this builder
		 */
		public Builder search(@Nullable String search) {
			this.search = (search != null) ? KeyArguments.requireText("search", search) : null;
			return this;
		}

		/**
		 * Only the aliases of this team's keys.
		 * @param teamId the team; {@code null} for every team
		 * @return this builder
		 */
		public Builder teamId(@Nullable String teamId) {
			this.teamId = (teamId != null) ? KeyArguments.requireText("team_id", teamId) : null;
			return this;
		}

		/**
		 * Build the query.
		 * @return the query
		 */
		public KeyAliasQuery build() {
			return new KeyAliasQuery(this);
		}

	}

}
