package dev.litellm.spring.test.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * LiteLLM's duration strings ({@code litellm_core_utils/duration_parser.py}): {@code duration_in_seconds} for key
 * expiry and grace periods, and {@code get_next_standardized_reset_time} for {@code budget_reset_at} (UTC).
 */
final class Durations {

	/** {@code re.match(r"(\d+)(mo|[smhdw]?)")}: a prefix match, so trailing text is ignored. */
	private static final Pattern DURATION = Pattern.compile("(\\d+)(mo|[smhdw]?)");

	/** {@code re.match(r"(\d+)([a-z]+)")}, the looser pattern of the budget-reset parser. */
	private static final Pattern RESET = Pattern.compile("(\\d+)([a-z]+)");

	private Durations() {
	}

	private static boolean isNone(@Nullable String duration) {
		if (duration == null) {
			return true;
		}
		String text = duration.strip().toLowerCase(Locale.ROOT);
		return text.isEmpty() || text.equals("none") || text.equals("null");
	}

	/**
	 * {@code duration_in_seconds}: {@code null} for "none", else the length in seconds from {@code now}.
	 *
	 * @throws PythonValueError with LiteLLM's message when the text is not a duration
	 */
	static @Nullable Long seconds(@Nullable String duration, Instant now) {
		if (isNone(duration)) {
			return null;
		}
		Matcher matcher = DURATION.matcher(duration);
		if (!matcher.lookingAt()) {
			throw new PythonValueError("Invalid duration format");
		}
		long value;
		try {
			value = Long.parseLong(matcher.group(1));
		}
		catch (NumberFormatException ex) {
			throw new PythonValueError("Python int too large to convert to C int");
		}
		try {
			return switch (matcher.group(2)) {
				case "s" -> value;
				case "m" -> Math.multiplyExact(value, 60L);
				case "h" -> Math.multiplyExact(value, 3600L);
				case "d" -> Math.multiplyExact(value, 86400L);
				case "w" -> Math.multiplyExact(value, 604800L);
				case "mo" -> {
					ZonedDateTime start = now.atZone(ZoneOffset.UTC);
					yield Duration.between(start, start.plusMonths(value)).getSeconds();
				}
				default -> throw new PythonValueError("Unsupported duration unit, passed duration: " + duration);
			};
		}
		catch (ArithmeticException | java.time.DateTimeException ex) {
			throw new PythonValueError("date value out of range");
		}
	}

	/**
	 * {@code now + duration_in_seconds(duration)}, or {@code null} when the duration means "never".
	 *
	 * @throws PythonValueError when the duration is invalid or the result is out of range
	 */
	static @Nullable Instant expiry(@Nullable String duration, Instant now) {
		Long seconds = seconds(duration, now);
		if (seconds == null) {
			return null;
		}
		try {
			Instant result = now.plusSeconds(seconds);
			if (result.atZone(ZoneOffset.UTC).getYear() > 9999) {
				throw new PythonValueError("date value out of range");
			}
			return result;
		}
		catch (ArithmeticException | java.time.DateTimeException ex) {
			throw new PythonValueError("date value out of range");
		}
	}

	/**
	 * {@code get_next_standardized_reset_time(duration, now, "UTC")}.
	 *
	 * @throws PythonValueError for monthly intervals other than one month
	 */
	static @Nullable Instant budgetResetAt(@Nullable String duration, Instant now) {
		if (isNone(duration)) {
			return null;
		}
		ZonedDateTime current = now.atZone(ZoneOffset.UTC);
		ZonedDateTime midnight = current.truncatedTo(ChronoUnit.DAYS);
		Matcher matcher = RESET.matcher(duration);
		if (!matcher.lookingAt()) {
			return midnight.plusDays(1).toInstant();
		}
		try {
			return budgetReset(current, midnight, Long.parseLong(matcher.group(1)), matcher.group(2)).toInstant();
		}
		catch (NumberFormatException | ArithmeticException | java.time.DateTimeException ex) {
			throw new PythonValueError("date value out of range");
		}
	}

	private static ZonedDateTime budgetReset(ZonedDateTime current, ZonedDateTime midnight, long value, String unit) {
		return switch (unit) {
			case "d" -> dayReset(current, midnight, value);
			case "w" -> dayReset(current, midnight, Math.multiplyExact(value, 7L));
			case "h" -> alignedReset(current, midnight, value, ChronoUnit.HOURS);
			case "m" -> alignedReset(current, midnight, value, ChronoUnit.MINUTES);
			case "s" -> alignedReset(current, midnight, value, ChronoUnit.SECONDS);
			case "mo" -> {
				if (value != 1) {
					throw new PythonValueError("Monthly resets currently only support 1 month intervals");
				}
				yield midnight.withDayOfMonth(1).plusMonths(1);
			}
			default -> midnight.plusDays(1);
		};
	}

	private static ZonedDateTime dayReset(ZonedDateTime current, ZonedDateTime midnight, long days) {
		if (days == 0) {
			return current;
		}
		if (days == 1) {
			return midnight.plusDays(1);
		}
		if (days == 7) {
			return midnight.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		}
		if (days == 30) {
			return midnight.withDayOfMonth(1).plusMonths(1);
		}
		return midnight.plusDays(days);
	}

	/**
	 * The hour, minute and second resets: the next multiple of {@code value} on the clock, counted from midnight
	 * (hours), the hour (minutes) or the minute (seconds), rolling over into the next day at most.
	 */
	private static ZonedDateTime alignedReset(ZonedDateTime current, ZonedDateTime midnight, long value,
			ChronoUnit unit) {
		if (value == 0) {
			return current;
		}
		long position = switch (unit) {
			case HOURS -> current.getHour();
			case MINUTES -> current.getMinute();
			default -> current.getSecond();
		};
		long next = position % value != 0 ? position + value - (position % value) : position + value;
		long secondsOfDay = switch (unit) {
			case HOURS -> (next % 24) * 3600;
			case MINUTES -> {
				long hour = current.getHour() + next / 60;
				yield (hour % 24) * 3600 + (next % 60) * 60;
			}
			default -> {
				long minute = current.getMinute() + next / 60;
				long hour = current.getHour() + minute / 60;
				yield (hour % 24) * 3600 + (minute % 60) * 60 + next % 60;
			}
		};
		boolean nextDay = switch (unit) {
			case HOURS -> next >= 24;
			case MINUTES -> current.getHour() + next / 60 >= 24;
			default -> current.getHour() + (current.getMinute() + next / 60) / 60 >= 24;
		};
		return (nextDay ? midnight.plusDays(1) : midnight).plusSeconds(secondsOfDay);
	}

}
