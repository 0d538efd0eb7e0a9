package dev.litellm.spring.test.internal;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DurationsTests {

	private static final Instant NOW = Instant.parse("2026-01-31T10:20:30.5Z");

	@Test
	void unitsInSeconds() {
		assertThat(Durations.seconds("45s", NOW)).isEqualTo(45);
		assertThat(Durations.seconds("2m", NOW)).isEqualTo(120);
		assertThat(Durations.seconds("3h", NOW)).isEqualTo(10800);
		assertThat(Durations.seconds("1d", NOW)).isEqualTo(86400);
		assertThat(Durations.seconds("1w", NOW)).isEqualTo(604800);
	}

	@Test
	void monthsAreCalendarMonthsClampedToTheMonthsEnd() {
		assertThat(Durations.expiry("1mo", NOW)).isEqualTo(Instant.parse("2026-02-28T10:20:30.5Z"));
		assertThat(Durations.expiry("12mo", NOW)).isEqualTo(Instant.parse("2027-01-31T10:20:30.5Z"));
	}

	@Test
	void matchingIsAPrefixMatchAndMoWinsOverM() {
		assertThat(Durations.seconds("30min", NOW)).isEqualTo(1800);
		assertThat(Durations.seconds("1hr", NOW)).isEqualTo(3600);
		assertThat(Durations.expiry("1month", NOW)).isEqualTo(Instant.parse("2026-02-28T10:20:30.5Z"));
	}

	@Test
	void noneLikeValuesMeanNoDuration() {
		assertThat(Durations.seconds(null, NOW)).isNull();
		assertThat(Durations.seconds("", NOW)).isNull();
		assertThat(Durations.seconds(" None ", NOW)).isNull();
		assertThat(Durations.seconds("null", NOW)).isNull();
	}

	@Test
	void unsupportedUnitsAndGarbageAreValueErrors() {
		assertThatThrownBy(() -> Durations.seconds("30D", NOW)).isInstanceOf(PythonValueError.class)
			.hasMessage("Unsupported duration unit, passed duration: 30D");
		assertThatThrownBy(() -> Durations.seconds("3600", NOW)).hasMessage(
				"Unsupported duration unit, passed duration: 3600");
		assertThatThrownBy(() -> Durations.seconds("1.5h", NOW)).hasMessage(
				"Unsupported duration unit, passed duration: 1.5h");
		assertThatThrownBy(() -> Durations.seconds("-1", NOW)).hasMessage("Invalid duration format");
		assertThatThrownBy(() -> Durations.seconds("h1", NOW)).hasMessage("Invalid duration format");
	}

	@Test
	void budgetResetsOnStandardBoundaries() {
		// 2026-01-31 is a Saturday
		assertThat(Durations.budgetResetAt("1d", NOW)).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
		assertThat(Durations.budgetResetAt("7d", NOW)).isEqualTo(Instant.parse("2026-02-02T00:00:00Z"));
		assertThat(Durations.budgetResetAt("1w", NOW)).isEqualTo(Instant.parse("2026-02-02T00:00:00Z"));
		assertThat(Durations.budgetResetAt("30d", NOW)).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
		assertThat(Durations.budgetResetAt("3d", NOW)).isEqualTo(Instant.parse("2026-02-03T00:00:00Z"));
		assertThat(Durations.budgetResetAt("1mo", NOW)).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
	}

	@Test
	void budgetResetsAlignToTheClock() {
		assertThat(Durations.budgetResetAt("1h", NOW)).isEqualTo(Instant.parse("2026-01-31T11:00:00Z"));
		assertThat(Durations.budgetResetAt("4h", NOW)).isEqualTo(Instant.parse("2026-01-31T12:00:00Z"));
		assertThat(Durations.budgetResetAt("15m", NOW)).isEqualTo(Instant.parse("2026-01-31T10:30:00Z"));
		assertThat(Durations.budgetResetAt("20m", NOW)).isEqualTo(Instant.parse("2026-01-31T10:40:00Z"));
		assertThat(Durations.budgetResetAt("30s", NOW)).isEqualTo(Instant.parse("2026-01-31T10:21:00Z"));
		Instant lateEvening = Instant.parse("2026-01-31T23:50:00Z");
		assertThat(Durations.budgetResetAt("6h", lateEvening)).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
		assertThat(Durations.budgetResetAt("30m", lateEvening)).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
	}

	@Test
	void budgetResetFallsBackToMidnightForUnknownUnits() {
		assertThat(Durations.budgetResetAt("30D", NOW)).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
		assertThat(Durations.budgetResetAt("2y", NOW)).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
		assertThat(Durations.budgetResetAt("none", NOW)).isNull();
	}

	@Test
	void onlyOneMonthBudgetsAreSupported() {
		assertThatThrownBy(() -> Durations.budgetResetAt("2mo", NOW))
			.hasMessage("Monthly resets currently only support 1 month intervals");
	}

}
