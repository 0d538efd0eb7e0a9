package dev.litellm.spring.internal;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Tests for {@link Retries}' backoff.
 */
class RetriesTests {

	@Test
	void backoffGrowsExponentiallyWithJitterUpToTheCap() {
		Retries retries = new Retries(10, Duration.ofMillis(200), Duration.ofSeconds(5),
				new WireLog("dev.litellm.spring.test.wire", "sk-test"));
		for (int retry = 0; retry < 40; retry++) {
			double nominal = Math.min(5000, 200 * Math.pow(2, Math.min(retry, 30)));
			for (int sample = 0; sample < 20; sample++) {
				long wait = retries.backoff(retry).toMillis();
				assertThat(wait).as("retry %d", retry).isBetween((long) (nominal * 0.75) - 1, 5000L);
				assertThat((double) wait).isCloseTo(nominal, within(nominal * 0.25 + 1));
			}
		}
	}

}
