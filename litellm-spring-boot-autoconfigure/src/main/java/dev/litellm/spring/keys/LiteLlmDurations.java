package dev.litellm.spring.keys;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Checks and formats the duration strings the proxy understands ({@code 30s}, {@code 15m}, {@code 12h},
 * {@code 30d}, {@code 2w}, {@code 1mo}). The proxy matches only a prefix, so {@code "1month"} would silently mean
 * one minute and {@code "30D"} fails on the server; both are refused here before anything is sent, and so are
 * zero ({@code "0d"}), which newer proxies refuse, and lengths past {@link #MAX_SECONDS}, which overflow the
 * proxy's date arithmetic.
 */
final class LiteLlmDurations {

	/** The longest duration accepted: 1,000 years of 365 days. */
	static final long MAX_SECONDS = 1_000L * 365 * 86_400;

	private static final Pattern DURATION = Pattern.compile("^(\\d{1,18})(s|m|h|d|w|mo)$");

	private LiteLlmDurations() {
	}

	static String check(String field, @Nullable Object value) {
		return check(field, value, false);
	}

	/**
	 * Check a grace period: like {@link #check(String, Object)}, but zero is allowed, and means the old key stops
	 * at once. The proxy falls back to its own default grace period only when none is sent, so zero must be sayable.
	 */
	static String checkGracePeriod(String field, @Nullable Object value) {
		return check(field, value, true);
	}

	private static String check(String field, @Nullable Object value, boolean zeroAllowed) {
		if (!(value instanceof String text)) {
			throw new IllegalArgumentException(field + " must be a duration string such as \"30d\", but was "
					+ ((value != null) ? "a " + value.getClass().getSimpleName() : "null"));
		}
		Matcher matcher = DURATION.matcher(text);
		if (!matcher.matches()) {
			throw new IllegalArgumentException(field + " must be a whole number followed by s, m, h, d, w or mo"
					+ " (for example \"30d\" or \"1mo\"), but was \"" + text + "\"");
		}
		long amount = Long.parseLong(matcher.group(1));
		if (amount == 0 && !zeroAllowed) {
			throw new IllegalArgumentException(field + " must be positive, but was \"" + text + "\"");
		}
		if (amount > MAX_SECONDS / unitSeconds(matcher.group(2))) {
			throw new IllegalArgumentException(field + " must be at most 1000 years, but was \"" + text + "\"");
		}
		return text;
	}

	private static long unitSeconds(String unit) {
		return switch (unit) {
			case "s" -> 1;
			case "m" -> 60;
			case "h" -> 3_600;
			case "d" -> 86_400;
			case "w" -> 604_800;
			default -> 30 * 86_400;
		};
	}

	static String format(String field, @Nullable Duration duration) {
		if (duration == null || duration.isNegative() || duration.isZero() || duration.getNano() != 0
				|| duration.getSeconds() > MAX_SECONDS) {
			throw new IllegalArgumentException(field + " must be a positive whole number of seconds of at most"
					+ " 1000 years, but was " + duration);
		}
		long seconds = duration.getSeconds();
		if (seconds % 604_800 == 0) {
			return (seconds / 604_800) + "w";
		}
		if (seconds % 86_400 == 0) {
			return (seconds / 86_400) + "d";
		}
		if (seconds % 3_600 == 0) {
			return (seconds / 3_600) + "h";
		}
		if (seconds % 60 == 0) {
			return (seconds / 60) + "m";
		}
		return seconds + "s";
	}

}
