package dev.litellm.spring.keys;

import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static dev.litellm.spring.keys.TestKeys.KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Durations are sent as the LiteLLM strings the proxy reads ({@code 30s}, {@code 15m}, {@code 12h}, {@code 30d},
 * {@code 2w}, {@code 1mo}), given as such or as a {@link Duration}.
 */
class DurationTests extends ProxyTestSupport {

	@ParameterizedTest
	@ValueSource(strings = { "45s", "15m", "12h", "30d", "2w", "1mo", "90d", "1s" })
	void durationStringsTheProxyReadsAreSentAsGiven(String duration) {
		stubPost("/key/generate", fixture("generate.json"));

		this.clients.blocking().generateKey(GenerateKeyRequest.builder().duration(duration).build());

		assertThat(bodyOf(onlyRequest()).get("duration").asString()).isEqualTo(duration);
	}

	static Stream<Arguments> javaDurations() {
		return Stream.of(arguments(Duration.ofDays(30), "30d"), arguments(Duration.ofHours(36), "36h"),
				arguments(Duration.ofDays(14), "2w"), arguments(Duration.ofHours(24), "1d"),
				arguments(Duration.ofMinutes(90), "90m"), arguments(Duration.ofMinutes(60), "1h"),
				arguments(Duration.ofSeconds(45), "45s"), arguments(Duration.ofSeconds(3601), "3601s"),
				arguments(Duration.ofDays(365), "365d"));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("javaDurations")
	void javaDurationIsSentAsTheLargestWholeUnit(Duration duration, String expected) {
		stubPost("/key/generate", fixture("generate.json"));
		stubPost("/key/update", fixture("update.json"));
		stubPost("/key/regenerate", fixture("regenerate.json"));

		this.clients.blocking()
			.generateKey(GenerateKeyRequest.builder()
				.duration(duration)
				.budgetDuration(duration)
				.rotationInterval(duration)
				.build());
		this.clients.blocking()
			.updateKey(UpdateKeyRequest.builder(KEY).duration(duration).budgetDuration(duration).build());
		this.clients.blocking().regenerateKey(KEY, RegenerateKeyRequest.builder().gracePeriod(duration).build());

		assertThat(received()).hasSize(3);
		JsonNode generate = bodyOf(received().get(0));
		JsonNode update = bodyOf(received().get(1));
		JsonNode regenerate = bodyOf(received().get(2));
		assertThat(generate.get("duration").asString()).isEqualTo(expected);
		assertThat(generate.get("budget_duration").asString()).isEqualTo(expected);
		assertThat(generate.get("rotation_interval").asString()).isEqualTo(expected);
		assertThat(update.get("duration").asString()).isEqualTo(expected);
		assertThat(update.get("budget_duration").asString()).isEqualTo(expected);
		assertThat(regenerate.get("grace_period").asString()).isEqualTo(expected);
	}

	@Test
	void updateAcceptsMinusOneForNeverExpires() {
		stubPost("/key/update", fixture("update.json"));

		this.clients.blocking().updateKey(UpdateKeyRequest.builder(KEY).duration("-1").build());

		assertThat(bodyOf(onlyRequest()).get("duration").asString()).isEqualTo("-1");
	}

	@Test
	void generateRefusesMinusOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> GenerateKeyRequest.builder().duration("-1"))
			.withMessageContaining("duration");
	}

	@Test
	void budgetDurationAcceptsOneMonthOnly() {
		assertThat(GenerateKeyRequest.builder().budgetDuration("1mo").build().fields())
			.containsEntry("budget_duration", "1mo");
		assertThatIllegalArgumentException().isThrownBy(() -> GenerateKeyRequest.builder().budgetDuration("3mo"))
			.withMessageContaining("budget_duration");
	}

}
