package dev.litellm.spring.keys;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import dev.litellm.spring.internal.Secrets;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One page of {@code GET /key/aliases}: the aliases and where the page stands.
 *
 * <p>Immutable. {@link #builder()} and {@link #toBuilder()} make one, in tests for example; a field added in a
 * later version adds an accessor and a builder method and changes no existing signature.
 */
public final class KeyAliasesResponse extends ProxyResponse<KeyAliasesResponse.Builder> {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	private KeyAliasesResponse(Builder fields) {
		super(fields);
		fields.aliases = (fields.aliases != null) ? List.copyOf(fields.aliases) : List.of();
	}

	/**
	 * Start a response with every field unset.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Start a response from this one's fields.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		return this.fields.copy();
	}

	/** {@return the aliases on this page, in the proxy's order} */
	public List<String> aliases() { return this.fields.aliases; }
	/** {@return how many aliases match the query on every page} */
	public @Nullable Integer totalCount() { return this.fields.totalCount; }
	/** {@return this page's number, from 1} */
	public @Nullable Integer currentPage() { return this.fields.currentPage; }
	/** {@return how many pages there are} */
	public @Nullable Integer totalPages() { return this.fields.totalPages; }
	/** {@return the page size the proxy used} */
	public @Nullable Integer size() { return this.fields.size; }

	/**
	 * Whether a page follows this one.
	 * @return {@code true} when this page is not the last and not empty
	 */
	public boolean hasNextPage() {
		Integer current = this.fields.currentPage;
		Integer total = this.fields.totalPages;
		return current != null && total != null && current < total && !aliases().isEmpty();
	}

	@Override
	public String toString() {
		return Secrets.mask("KeyAliasesResponse[aliases=" + this.fields.aliases + ", totalCount="
				+ this.fields.totalCount + ", currentPage=" + this.fields.currentPage + ", totalPages="
				+ this.fields.totalPages + ", size=" + this.fields.size + "]");
	}

	/**
	 * Builds a {@link KeyAliasesResponse}. Each method sets the accessor of the same name; {@code null} unsets it.
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	@JsonAutoDetect(fieldVisibility = Visibility.ANY)
	public static final class Builder extends ProxyResponseBuilder<Builder> {

		private @Nullable List<String> aliases;
		private @Nullable Integer totalCount;
		private @Nullable Integer currentPage;
		private @Nullable Integer totalPages;
		private @Nullable Integer size;

		private Builder() {
		}

		/** Set {@link KeyAliasesResponse#aliases()}; returns this builder. */
		public Builder aliases(@Nullable List<String> aliases) { this.aliases = aliases; return this; }
		/** Set {@link KeyAliasesResponse#totalCount()}; returns this builder. */
		public Builder totalCount(@Nullable Integer totalCount) { this.totalCount = totalCount; return this; }
		/** Set {@link KeyAliasesResponse#currentPage()}; returns this builder. */
		public Builder currentPage(@Nullable Integer currentPage) { this.currentPage = currentPage; return this; }
		/** Set {@link KeyAliasesResponse#totalPages()}; returns this builder. */
		public Builder totalPages(@Nullable Integer totalPages) { this.totalPages = totalPages; return this; }
		/** Set {@link KeyAliasesResponse#size()}; returns this builder. */
		public Builder size(@Nullable Integer size) { this.size = size; return this; }

		/**
		 * Build the response.
		 * @return the immutable response
		 */
		public KeyAliasesResponse build() {
			return new KeyAliasesResponse(copy());
		}

	}

}
