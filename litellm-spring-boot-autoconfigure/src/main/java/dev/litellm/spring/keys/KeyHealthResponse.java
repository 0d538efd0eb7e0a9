package dev.litellm.spring.keys;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The answer of {@code POST /key/health}: whether the calling key's logging callbacks work. It says nothing about
 * the proxy's reachability, and the proxy takes about two seconds to answer it.
 *
 * <p>Immutable. {@link #builder()} and {@link #toBuilder()} make one, in tests for example; a field added in a
 * later version adds an accessor and a builder method and changes no existing signature.
 */
public final class KeyHealthResponse extends ProxyResponse<KeyHealthResponse.Builder> {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	private KeyHealthResponse(Builder fields) {
		super(fields);
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

	/**
	 * Whether the proxy reported the key healthy.
	 * @return {@code true} for {@code "healthy"}
	 */
	public boolean healthy() {
		return "healthy".equals(this.fields.key);
	}

	/** {@return {@code "healthy"} or {@code "unhealthy"}} */
	public @Nullable String key() { return this.fields.key; }
	/**
	 * {@return the logging callback check, or {@code null} when the key has no
	 * {@code metadata.logging}}
	 */
	public @Nullable LoggingCallbackStatus loggingCallbacks() { return this.fields.loggingCallbacks; }

	@Override
	public String toString() {
		return "KeyHealthResponse[key=" + this.fields.key + ", loggingCallbacks=" + this.fields.loggingCallbacks + "]";
	}

	/**
	 * Builds a {@link KeyHealthResponse}. Each method sets the accessor of the same name; {@code null} unsets it.
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	@JsonAutoDetect(fieldVisibility = Visibility.ANY)
	public static final class Builder extends ProxyResponseBuilder<Builder> {

		private @Nullable String key;
		private @Nullable LoggingCallbackStatus loggingCallbacks;

		private Builder() {
		}

		/** Set {@link KeyHealthResponse#key()}; returns this builder. */
		public Builder key(@Nullable String key) { this.key = key; return this; }
		/** Set {@link KeyHealthResponse#loggingCallbacks()}; returns this builder. */
		public Builder loggingCallbacks(@Nullable LoggingCallbackStatus loggingCallbacks) { this.loggingCallbacks = loggingCallbacks; return this; }

		/**
		 * Build the response.
		 * @return the immutable response
		 */
		public KeyHealthResponse build() {
			return new KeyHealthResponse(copy());
		}

	}

	/**
	 * The state of the key's logging callbacks.
	 *
	 * @param callbacks the callbacks checked
	 * @param status {@code "healthy"} or {@code "unhealthy"}
	 * @param details what the check saw; for an unhealthy callback, the captured log text
	 */
	public record LoggingCallbackStatus(@Nullable List<String> callbacks, @Nullable String status,
			@Nullable String details) {

		/**
		 * Whether the callbacks are healthy.
		 * @return {@code true} for {@code "healthy"}
		 */
		public boolean healthy() {
			return "healthy".equals(this.status);
		}

	}

}
