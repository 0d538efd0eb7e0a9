package dev.litellm.spring.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.litellm.spring.LiteLlmApiException;
import dev.litellm.spring.LiteLlmAuthenticationException;
import dev.litellm.spring.LiteLlmBadRequestException;
import dev.litellm.spring.LiteLlmEnterpriseFeatureException;
import dev.litellm.spring.LiteLlmError;
import dev.litellm.spring.LiteLlmNotFoundException;
import dev.litellm.spring.LiteLlmPermissionDeniedException;
import dev.litellm.spring.LiteLlmRateLimitException;
import dev.litellm.spring.LiteLlmServerException;
import dev.litellm.spring.LiteLlmValidationException;
import dev.litellm.spring.LiteLlmValidationException.Violation;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an error response of the proxy into the matching {@link LiteLlmApiException}. Understands the three body
 * shapes the proxy writes (its {@code {"error":{…}}} envelope, FastAPI's {@code {"detail":…}} and plain text) and
 * masks raw keys and the client's API key in everything it keeps: in every value after JSON decoding (which
 * undoes any escape hiding a key), and in the body after its escapes are decoded.
 */
public final class LiteLlmErrorDecoder {


	/** {@code {'error': 'No keys found'}}, the Python repr of an HTTPException detail, in either quote style. */
	private static final Pattern PYTHON_DICT_MESSAGE = Pattern
		.compile("^\\{\\s*['\"](?:error|detail|message)['\"]\\s*:\\s*(['\"])(.*)\\1\\s*}$", Pattern.DOTALL);

	private static final Pattern HTML_TITLE = Pattern.compile("<title>(.*?)</title>",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern ENTERPRISE = Pattern.compile("enterprise|premium", Pattern.CASE_INSENSITIVE);

	private static final Pattern KEY_MISSING_IN_DB = Pattern.compile("does not exist in db|not found in db",
			Pattern.CASE_INSENSITIVE);

	private static final int MAX_PLAIN_MESSAGE_LENGTH = 300;

	private final Clock clock;

	/**
	 * Create a decoder that reads HTTP-date {@code Retry-After} values against the system clock.
	 */
	public LiteLlmErrorDecoder() {
		this(Clock.systemUTC());
	}

	/**
	 * Create a decoder.
	 * @param clock the clock an HTTP-date {@code Retry-After} is measured from
	 */
	public LiteLlmErrorDecoder(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Decode an error response.
	 * @param statusCode the HTTP status (4xx or 5xx)
	 * @param retryAfterHeader the {@code Retry-After} header, if present
	 * @param body the response body as received, empty when there was none
	 * @param secrets masks the keys and the client's API key in what the exception keeps
	 * @return the exception to throw
	 */
	public LiteLlmApiException decode(int statusCode, @Nullable String retryAfterHeader, String body,
			WireLog secrets) {
		List<Violation> violations = new ArrayList<>();
		LiteLlmError error = masked(parse(statusCode, body, violations), secrets);
		violations.replaceAll((violation) -> new Violation(secrets.maskBody(violation.location()),
				secrets.maskBody(violation.message()), maskNullable(violation.type(), secrets)));
		if ((statusCode == 403 || statusCode >= 500) && ENTERPRISE.matcher(error.message()).find()) {
			return new LiteLlmEnterpriseFeatureException(error);
		}
		if (statusCode == 401 && KEY_MISSING_IN_DB.matcher(error.message()).find()) {
			return new LiteLlmNotFoundException(error);
		}
		return switch (statusCode) {
			case 400 -> new LiteLlmBadRequestException(error);
			case 401 -> new LiteLlmAuthenticationException(error);
			case 403 -> new LiteLlmPermissionDeniedException(error);
			case 404 -> new LiteLlmNotFoundException(error);
			case 422 -> new LiteLlmValidationException(error, violations);
			case 429 -> new LiteLlmRateLimitException(error, parseRetryAfter(retryAfterHeader));
			default -> (statusCode >= 500) ? new LiteLlmServerException(error, parseRetryAfter(retryAfterHeader))
					: new LiteLlmApiException(error);
		};
	}

	/**
	 * Parse a {@code Retry-After} header: delta seconds or an HTTP date.
	 * @param value the header value
	 * @return the wait, never negative, or {@code null} when absent or unreadable
	 */
	public @Nullable Duration parseRetryAfter(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.trim();
		try {
			return Duration.ofSeconds(Math.max(0, Long.parseLong(trimmed)));
		}
		catch (NumberFormatException ex) {
			try {
				ZonedDateTime at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
				Duration wait = Duration.between(this.clock.instant(), at.toInstant());
				return wait.isNegative() ? Duration.ZERO : wait;
			}
			catch (DateTimeParseException notADate) {
				return null;
			}
		}
	}

	/**
	 * The error with every text masked. Each is masked as a body is, escapes decoded first, for a message may
	 * quote JSON that escapes a key again.
	 */
	private static LiteLlmError masked(LiteLlmError error, WireLog secrets) {
		return new LiteLlmError(error.statusCode(), maskNullable(error.type(), secrets),
				maskNullable(error.code(), secrets), maskNullable(error.param(), secrets),
				secrets.maskBody(error.message()), secrets.maskBody(error.responseBody()));
	}

	private static @Nullable String maskNullable(@Nullable String text, WireLog secrets) {
		return (text != null) ? secrets.maskBody(text) : null;
	}

	private LiteLlmError parse(int statusCode, String body, List<Violation> violations) {
		JsonNode root = readJson(body);
		if (root != null && root.isObject()) {
			JsonNode error = root.get("error");
			if (error != null && error.isObject()) {
				return new LiteLlmError(statusCode, text(error.get("type")), text(error.get("code")),
						text(error.get("param")), unwrap(text(error.get("message")), body), body);
			}
			if (error != null && error.isString()) {
				return new LiteLlmError(statusCode, null, null, null, unwrap(error.asString(), body), body);
			}
			JsonNode detail = root.get("detail");
			if (detail != null && detail.isArray()) {
				for (JsonNode item : detail) {
					violations.add(violation(item));
				}
				return new LiteLlmError(statusCode, "validation_error", null, firstParam(violations),
						describe(violations, body), body);
			}
			if (detail != null && detail.isObject() && detail.get("error") != null) {
				return new LiteLlmError(statusCode, null, null, null, unwrap(text(detail.get("error")), body), body);
			}
			if (detail != null && detail.isString()) {
				return new LiteLlmError(statusCode, null, null, null, unwrap(detail.asString(), body), body);
			}
		}
		return new LiteLlmError(statusCode, null, null, null, plainMessage(statusCode, body), body);
	}

	private static @Nullable JsonNode readJson(String body) {
		String trimmed = body.trim();
		if (!trimmed.startsWith("{")) {
			return null;
		}
		try {
			return Json.MAPPER.readTree(trimmed);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static @Nullable String text(@Nullable JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		String value = node.isValueNode() ? node.asString() : node.toString();
		return "None".equals(value) ? null : value;
	}

	private static String unwrap(@Nullable String message, String body) {
		if (message == null || message.isBlank()) {
			return body.isBlank() ? "(no message)" : body;
		}
		Matcher dict = PYTHON_DICT_MESSAGE.matcher(message.trim());
		return dict.matches() ? dict.group(2) : message;
	}

	private static Violation violation(JsonNode item) {
		List<String> location = new ArrayList<>();
		JsonNode loc = item.get("loc");
		if (loc != null && loc.isArray()) {
			loc.forEach((part) -> location.add(part.asString()));
		}
		String message = text(item.get("msg"));
		return new Violation(String.join(".", location), (message != null) ? message : "invalid",
				text(item.get("type")));
	}

	private static @Nullable String firstParam(List<Violation> violations) {
		if (violations.isEmpty()) {
			return null;
		}
		String location = violations.get(0).location();
		int lastDot = location.lastIndexOf('.');
		return (lastDot >= 0) ? location.substring(lastDot + 1) : location;
	}

	private static String describe(List<Violation> violations, String body) {
		if (violations.isEmpty()) {
			return body;
		}
		List<String> parts = new ArrayList<>();
		for (Violation violation : violations) {
			parts.add(violation.location().isEmpty() ? violation.message()
					: violation.location() + ": " + violation.message());
		}
		return String.join("; ", parts);
	}

	private static String plainMessage(int statusCode, String body) {
		String text = body.trim();
		if (text.isEmpty()) {
			return "HTTP " + statusCode + " with an empty body";
		}
		if (text.toLowerCase(Locale.ROOT).contains("<html")) {
			Matcher title = HTML_TITLE.matcher(text);
			return title.find() ? title.group(1).trim() : "HTTP " + statusCode + " with an HTML body";
		}
		text = text.replaceAll("\\s+", " ");
		return (text.length() > MAX_PLAIN_MESSAGE_LENGTH) ? text.substring(0, MAX_PLAIN_MESSAGE_LENGTH) + "…" : text;
	}

	/** Holds the mapper, so that it is made when the first error body is read rather than at startup. */
	private static final class Json {

		static final JsonMapper MAPPER = JsonMapper.builder().build();

	}

}
