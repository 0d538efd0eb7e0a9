package dev.litellm.spring;

import org.jspecify.annotations.Nullable;

/**
 * An error response of the proxy, decoded from whichever of its three body shapes it used. Every text in it has
 * raw keys masked already.
 *
 * @param statusCode the HTTP status
 * @param type the proxy's error {@code type}, if the body carried one
 * @param code the proxy's error {@code code}, if the body carried one
 * @param param the parameter the proxy blamed; {@code null} for its {@code "None"} placeholder
 * @param message the proxy's message
 * @param responseBody the body as received
 */
public record LiteLlmError(int statusCode, @Nullable String type, @Nullable String code, @Nullable String param,
		String message, String responseBody) {

	/**
	 * A one-line description for an exception message.
	 * @return for example {@code "LiteLLM proxy answered 404 (not_found_error): Key not found in database"}
	 */
	public String describe() {
		return "LiteLLM proxy answered " + this.statusCode + ((this.type != null) ? " (" + this.type + ")" : "") + ": "
				+ this.message;
	}

}
