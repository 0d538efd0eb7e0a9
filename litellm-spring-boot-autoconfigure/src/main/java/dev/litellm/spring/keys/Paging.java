package dev.litellm.spring.keys;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The page and page size of a paged query ({@link KeyListQuery}, {@link KeyAliasQuery}), each checked as it is set
 * and sent only when set, so that the proxy's defaults apply otherwise.
 *
 * @param page the page, from 1, or {@code null} when not set
 * @param size the page size, from 1 to {@link #MAX_SIZE}, or {@code null} when not set
 */
record Paging(@Nullable Integer page, @Nullable Integer size) {

	/** The largest page the proxy serves, on every paged endpoint. */
	static final int MAX_SIZE = 100;

	/** Neither set. */
	static final Paging DEFAULTS = new Paging(null, null);

	/**
	 * These settings with another page.
	 * @param page the page, from 1
	 * @return the new settings
	 * @throws IllegalArgumentException if {@code page < 1}
	 */
	Paging page(int page) {
		if (page < 1) {
			throw new IllegalArgumentException("page must be at least 1, but was " + page);
		}
		return new Paging(page, this.size);
	}

	/**
	 * These settings with another page size.
	 * @param size the size, from 1 to {@link #MAX_SIZE}
	 * @return the new settings
	 * @throws IllegalArgumentException if the size is outside that range
	 */
	Paging size(int size) {
		if (size < 1 || size > MAX_SIZE) {
			throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", but was " + size);
		}
		return new Paging(this.page, size);
	}

	/**
	 * Add {@code page} and {@code size} to a query's parameters, those that are set.
	 * @param parameters the parameters, in the order they are sent
	 */
	void addTo(Map<String, List<String>> parameters) {
		if (this.page != null) {
			parameters.put("page", List.of(this.page.toString()));
		}
		if (this.size != null) {
			parameters.put("size", List.of(this.size.toString()));
		}
	}

}
