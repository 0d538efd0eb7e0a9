package dev.litellm.spring.keys;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The answer of {@code POST /key/health}: whether the calling key's logging callbacks work. It says nothing about
 * the proxy's reachability, and the proxy takes about two seconds to answer it.
 *
 * @param key {@code "healthy"} or {@code "unhealthy"}
 * @param loggingCallbacks the logging callback check, or {@code null} when the key has no
 * {@code metadata.logging}
 * @param additionalProperties fields this version of the client does not know, under their JSON names
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record KeyHealthResponse(@Nullable String key, @Nullable LoggingCallbackStatus loggingCallbacks,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/**
	 * Create a record; {@code additionalProperties} (and any list) is copied into an unmodifiable one.
	 * @param key {@code "healthy"} or {@code "unhealthy"}
	 * @param loggingCallbacks the logging callback check, or {@code null} when the key has no
	 * {@code metadata.logging}
	 * @param additionalProperties fields this version of the client does not know, under their JSON names
	 */
	public KeyHealthResponse {
		additionalProperties = ExtraFields.copyOf(additionalProperties);
	}

	/**
	 * Whether the proxy reported the key healthy.
	 * @return {@code true} for {@code "healthy"}
	 */
	public boolean healthy() {
		return "healthy".equals(this.key);
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
