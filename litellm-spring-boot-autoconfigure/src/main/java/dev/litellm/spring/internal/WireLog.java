package dev.litellm.spring.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The wire log of one client: a line per attempt at DEBUG, the bodies at TRACE, and every raw key, secret field
 * and the client's own API key masked before anything is written. Its masking also cleans the proxy's error
 * messages before they reach an exception.
 */
public final class WireLog {

	/** A JSON string field that carries a secret: {@code "key": "…"} and its kin. */
	private static final Pattern SECRET_FIELD = Pattern.compile(
			"(\"(?:key|new_key|new_master_key|api_key|master_key)\")(\\s*:\\s*)\"((?:[^\"\\\\]|\\\\.)*)\"");

	/** The {@code keys} array of a delete request: every item a key. */
	private static final Pattern KEYS_ARRAY = Pattern
		.compile("(\"keys\")(\\s*:\\s*)\\[((?:\\s*(?:\"(?:[^\"\\\\]|\\\\.)*\"|null)\\s*,?)*)\\s*]");

	private static final Pattern JSON_STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

	/** A JSON escape that may hide a key from a text search: a unicode escape of its characters, or an escaped slash. */
	private static final Pattern JSON_ESCAPE = Pattern.compile("\\\\(?:u([0-9a-fA-F]{4})|(/)|\\\\)");

	private static final Pattern KEY_HASH = Pattern.compile("[0-9a-fA-F]{64}");

	private final Log logger;

	private final String apiKey;

	/**
	 * Create a wire log.
	 * @param category the logger's name, such as {@code dev.litellm.spring.keys.wire}
	 * @param apiKey the client's own API key, masked wherever it appears
	 */
	public WireLog(String category, String apiKey) {
		this.logger = LogFactory.getLog(category);
		this.apiKey = apiKey;
	}

	/**
	 * Whether attempts are logged.
	 * @return whether DEBUG is on
	 */
	public boolean isDebugEnabled() {
		return this.logger.isDebugEnabled();
	}

	/**
	 * Whether bodies are logged.
	 * @return whether TRACE is on
	 */
	public boolean isTraceEnabled() {
		return this.logger.isTraceEnabled();
	}

	/**
	 * Log a line about one attempt at DEBUG; the caller checks {@link #isDebugEnabled()} first, so that the line
	 * is built only when it is written.
	 * @param operation the operation
	 * @param attempt the attempt, from 1
	 * @param what what happened, free of secrets
	 */
	public void attempt(ApiOperation operation, int attempt, String what) {
		this.logger.debug(operation.observationName() + " attempt " + attempt + what);
	}

	/**
	 * Log a body at TRACE, masked.
	 * @param operation the operation
	 * @param what which body, for example {@code " request body"}
	 * @param body the body
	 */
	public void body(ApiOperation operation, String what, String body) {
		if (this.logger.isTraceEnabled()) {
			this.logger.trace(operation.observationName() + what + ": " + maskBody(body));
		}
	}

	/**
	 * Mask a JSON body: the values of secret-bearing fields and the items of a {@code keys} array whatever their
	 * characters, every raw key anywhere, and the client's own API key whatever its form. JSON's unicode
	 * escapes are decoded first (but for quotes, backslashes and control characters, which keep the body's
	 * structure), so that an escaped key is masked too.
	 * @param body the body
	 * @return the masked body
	 */
	public String maskBody(String body) {
		String text = (body.indexOf('\\') >= 0) ? unescape(body) : body;
		Matcher field = SECRET_FIELD.matcher(text);
		StringBuilder masked = new StringBuilder(text.length());
		while (field.find()) {
			field.appendReplacement(masked, Matcher.quoteReplacement(
					field.group(1) + field.group(2) + "\"" + maskFieldValue(field.group(3)) + "\""));
		}
		field.appendTail(masked);
		Matcher keys = KEYS_ARRAY.matcher(masked.toString());
		StringBuilder maskedKeys = new StringBuilder(masked.length());
		while (keys.find()) {
			String items = JSON_STRING.matcher(keys.group(3))
				.replaceAll((item) -> Matcher.quoteReplacement("\"" + maskFieldValue(item.group(1)) + "\""));
			keys.appendReplacement(maskedKeys, Matcher.quoteReplacement(keys.group(1) + keys.group(2) + "[" + items + "]"));
		}
		keys.appendTail(maskedKeys);
		return mask(maskedKeys.toString());
	}

	/**
	 * Decode the unicode escapes and escaped slashes of a JSON text, but for those of a quote, a backslash or a
	 * control character.
	 */
	static String unescape(String json) {
		return JSON_ESCAPE.matcher(json).replaceAll((escape) -> {
			if (escape.group(1) == null) {
				// An escaped backslash stays as it is, so that the text after it is not read as an escape.
				return (escape.group(2) != null) ? "/" : Matcher.quoteReplacement(escape.group());
			}
			char decoded = (char) Integer.parseInt(escape.group(1), 16);
			boolean structural = decoded == '"' || decoded == '\\' || Character.isISOControl(decoded);
			return Matcher.quoteReplacement(structural ? escape.group() : String.valueOf(decoded));
		});
	}

	private static String maskFieldValue(String value) {
		if (KEY_HASH.matcher(value).matches()) {
			return value;
		}
		String maskedKey = Secrets.maskKey(value);
		return (maskedKey != null && !maskedKey.equals(value)) ? maskedKey : "****";
	}

	/**
	 * Mask every raw key in a text, and the client's own API key whatever its form.
	 * @param text the text
	 * @return the masked text
	 */
	public String mask(String text) {
		return Secrets.mask(maskApiKey(text));
	}

	/**
	 * Mask the client's own API key whatever its form, and nothing else.
	 * @param text the text
	 * @return the masked text
	 */
	public String maskApiKey(String text) {
		return (!this.apiKey.isEmpty() && text.contains(this.apiKey)) ? text.replace(this.apiKey, "****") : text;
	}

	/**
	 * A short, secret-free description of a failure.
	 * @param failure the failure
	 * @return its type, its status or the type of its root cause
	 */
	public static String summary(Throwable failure) {
		if (failure instanceof dev.litellm.spring.LiteLlmApiException api) {
			return failure.getClass().getSimpleName() + " " + api.statusCode();
		}
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return failure.getClass().getSimpleName()
				+ ((root != failure) ? " caused by " + root.getClass().getSimpleName() : "");
	}

}
