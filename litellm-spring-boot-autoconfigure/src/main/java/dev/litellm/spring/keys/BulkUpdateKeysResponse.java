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
 * The answer of {@code POST /key/bulk_update} and {@code POST /team/key/bulk_update}: how many keys were asked
 * for, the keys updated with their records, and the keys not updated with the reason.
 *
 * <p>Immutable. {@link #builder()} and {@link #toBuilder()} make one, in tests for example; a field added in a
 * later version adds an accessor and a builder method and changes no existing signature.
 */
public final class BulkUpdateKeysResponse extends ProxyResponse<BulkUpdateKeysResponse.Builder> {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	private BulkUpdateKeysResponse(Builder fields) {
		super(fields);
		fields.successfulUpdates = (fields.successfulUpdates != null) ? List.copyOf(fields.successfulUpdates)
				: List.of();
		fields.failedUpdates = (fields.failedUpdates != null) ? List.copyOf(fields.failedUpdates) : List.of();
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

	/** {@return how many keys the request named (over every call, when the request was split)} */
	public int totalRequested() { return (this.fields.totalRequested != null) ? this.fields.totalRequested : 0; }
	/** {@return the keys updated, in the order of the request} */
	public List<SuccessfulUpdate> successfulUpdates() { return this.fields.successfulUpdates; }
	/** {@return the keys not updated, in the order of the request, each with the reason} */
	public List<FailedUpdate> failedUpdates() { return this.fields.failedUpdates; }

	@Override
	public String toString() {
		return Secrets.mask("BulkUpdateKeysResponse[totalRequested=" + this.fields.totalRequested
				+ ", successfulUpdates=" + this.fields.successfulUpdates + ", failedUpdates="
				+ this.fields.failedUpdates + "]");
	}

	/**
	 * Builds a {@link BulkUpdateKeysResponse}. Each method sets the accessor of the same name; {@code null}
	 * unsets it.
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	@JsonAutoDetect(fieldVisibility = Visibility.ANY)
	public static final class Builder extends ProxyResponseBuilder<Builder> {

		private @Nullable Integer totalRequested;
		private @Nullable List<SuccessfulUpdate> successfulUpdates;
		private @Nullable List<FailedUpdate> failedUpdates;

		private Builder() {
		}

		/** Set {@link BulkUpdateKeysResponse#totalRequested()}; returns this builder. */
		public Builder totalRequested(@Nullable Integer totalRequested) { this.totalRequested = totalRequested; return this; }
		/** Set {@link BulkUpdateKeysResponse#successfulUpdates()}; returns this builder. */
		public Builder successfulUpdates(@Nullable List<SuccessfulUpdate> successfulUpdates) { this.successfulUpdates = successfulUpdates; return this; }
		/** Set {@link BulkUpdateKeysResponse#failedUpdates()}; returns this builder. */
		public Builder failedUpdates(@Nullable List<FailedUpdate> failedUpdates) { this.failedUpdates = failedUpdates; return this; }

		/**
		 * Build the response.
		 * @return the immutable response
		 */
		public BulkUpdateKeysResponse build() {
			return new BulkUpdateKeysResponse(copy());
		}

	}

	/**
	 * One key a bulk update changed, with its record after the update.
	 */
	public static final class SuccessfulUpdate extends ProxyResponse<SuccessfulUpdate.Builder> {

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		private SuccessfulUpdate(Builder fields) {
			super(fields);
		}

		/**
		 * Start an item with every field unset.
		 * @return a new builder
		 */
		public static Builder builder() {
			return new Builder();
		}

		/** {@return the key as the request named it (raw or hash)} */
		public @Nullable String key() { return this.fields.key; }
		/** {@return the key's record after the update} */
		public @Nullable KeyInfo keyInfo() { return this.fields.keyInfo; }

		@Override
		public String toString() {
			return Secrets.mask("SuccessfulUpdate[key=" + Secrets.maskKey(this.fields.key) + ", keyInfo="
					+ this.fields.keyInfo + "]");
		}

		/** Builds a {@link SuccessfulUpdate}. */
		@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
		@JsonAutoDetect(fieldVisibility = Visibility.ANY)
		public static final class Builder extends ProxyResponseBuilder<Builder> {

			private @Nullable String key;
			private @Nullable KeyInfo keyInfo;

			private Builder() {
			}

			/** Set {@link SuccessfulUpdate#key()}; returns this builder. */
			public Builder key(@Nullable String key) { this.key = key; return this; }
			/** Set {@link SuccessfulUpdate#keyInfo()}; returns this builder. */
			public Builder keyInfo(@Nullable KeyInfo keyInfo) { this.keyInfo = keyInfo; return this; }

			/**
			 * Build the item.
			 * @return the immutable item
			 */
			public SuccessfulUpdate build() {
				return new SuccessfulUpdate(copy());
			}

		}

	}

	/**
	 * One key a bulk update did not change, with the reason.
	 */
	public static final class FailedUpdate extends ProxyResponse<FailedUpdate.Builder> {

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		private FailedUpdate(Builder fields) {
			super(fields);
		}

		/**
		 * Start an item with every field unset.
		 * @return a new builder
		 */
		public static Builder builder() {
			return new Builder();
		}

		/** {@return the key as the request named it (raw or hash)} */
		public @Nullable String key() { return this.fields.key; }
		/** {@return the key's record as it was, when the proxy found the key} */
		public @Nullable KeyInfo keyInfo() { return this.fields.keyInfo; }
		/** {@return why the key was not updated, as the proxy (or the client, for a failed call) put it} */
		public @Nullable String failedReason() { return this.fields.failedReason; }

		@Override
		public String toString() {
			return Secrets.mask("FailedUpdate[key=" + Secrets.maskKey(this.fields.key) + ", keyInfo="
					+ this.fields.keyInfo + ", failedReason=" + this.fields.failedReason + "]");
		}

		/** Builds a {@link FailedUpdate}. */
		@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
		@JsonAutoDetect(fieldVisibility = Visibility.ANY)
		public static final class Builder extends ProxyResponseBuilder<Builder> {

			private @Nullable String key;
			private @Nullable KeyInfo keyInfo;
			private @Nullable String failedReason;

			private Builder() {
			}

			/** Set {@link FailedUpdate#key()}; returns this builder. */
			public Builder key(@Nullable String key) { this.key = key; return this; }
			/** Set {@link FailedUpdate#keyInfo()}; returns this builder. */
			public Builder keyInfo(@Nullable KeyInfo keyInfo) { this.keyInfo = keyInfo; return this; }
			/** Set {@link FailedUpdate#failedReason()}; returns this builder. */
			public Builder failedReason(@Nullable String failedReason) { this.failedReason = failedReason; return this; }

			/**
			 * Build the item.
			 * @return the immutable item
			 */
			public FailedUpdate build() {
				return new FailedUpdate(copy());
			}

		}

	}

}
