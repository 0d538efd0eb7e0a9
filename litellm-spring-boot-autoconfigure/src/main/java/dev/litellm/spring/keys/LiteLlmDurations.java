package dev.litellm.spring.keys;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Checks and formats the duration strings the proxy understands ({@code 30s}, {@code 15m}, {@code 12h},
 * {@code 30d}, {@code 2w}, {@code 1mo}). The proxy matches only a prefix, so {@code "1month"} would silently mean
 * one minute and {@code "30D"} fails on the server; both are refused here before anything is sent.
 */
final class LiteLlmDurations {

	private static final Pattern DURATION = Pattern.compile("^\\d+(s|m|h|d|w|mo)$");

	private LiteLlmDurations() {
	}

	static String check(String field, String value) {
		if (!DURATION.matcher(value).matches()) {
			throw new IllegalArgumentException(field + " must be a whole number followed by s, m, h, d, w or mo"
					+ " (for example \"30d\" or \"1mo\"), but was \"" + value + "\"");
		}
		return value;
	}

	static String format(String field, Duration duration) {
		if (duration.isNegative() || duration.isZero() || duration.getNano() != 0) {
			throw new IllegalArgumentException(field + " must be a positive whole number of seconds, but was " + duration);
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
