package dev.litellm.spring.keys;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.litellm.spring.keys.TestKeys.KEY;
import static dev.litellm.spring.keys.TestKeys.KEY_HASH;
import static dev.litellm.spring.keys.TestKeys.NEW_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Rotation against the answers of proxies newer than 1.81.14: the new key takes over the settings those proxies
 * added, and a key that {@code /key/info} reports as deleted, revoked or expired is not rotated, whichever the
 * strategy.
 */
class RotationOfNewerProxiesTests extends ProxyTestSupport {

	@ParameterizedTest
	@CsvSource({ "deleted,REPLACE", "revoked,REPLACE", "expired,REPLACE", "deleted,REGENERATE", "revoked,REGENERATE",
			"expired,REGENERATE", "revoked,AUTO" })
	void aKeyThatNoLongerWorksIsNotRotated(String status, RotationStrategy strategy) {
		stubGet("/key/info", "{\"key\":\"" + KEY_HASH + "\",\"info\":{\"key_alias\":\"team-a-ci\",\"status\":\""
				+ status + "\"}}");

		assertThatExceptionOfType(KeyRotationException.class)
			.isThrownBy(() -> this.clients.blocking().rotateKey(KEY, RotateKeyRequest.builder()
				.gracePeriod("1h")
				.strategy(strategy)
				.build()))
			.withMessageContaining("is " + status + " on the proxy; only a live key is rotated")
			.satisfies((ex) -> assertThat(ex.step()).isEqualTo(KeyRotationException.Step.READ));
		assertThat(received()).as("only the lookup").singleElement()
			.satisfies((request) -> assertThat(request.getMethod().getName()).isEqualTo("GET"));
	}

	@Test
	void theNewKeyCarriesTheSettingsNewerProxiesAdded() {
		KeyInfo old = KeyJson.newMapper()
			.readValue(fixture("newest/info-active.json"), KeyInfoResponse.class)
			.info();

		Map<String, Object> sent = KeySuccessor
			.generateRequest(old, KEY_HASH, NEW_KEY, Instant.parse("2026-03-12T15:00:00Z"))
			.fields();

		assertThat(sent).containsEntry("budget_limits",
				List.of(Map.of("budget_duration", "24h", "max_budget", 10.0),
						Map.of("budget_duration", "30d", "max_budget", 100.0)))
			.containsEntry("budget_fallbacks", Map.of("gpt-4o", List.of("gpt-4o-mini")))
			.containsEntry("tpd_limit", 2_000_000L)
			.containsEntry("key_type", "llm_api")
			.containsEntry("model_max_budget", Map.of("gpt-4o", Map.of("budget_limit", 5.0, "time_period", "1d")));
		@SuppressWarnings("unchecked")
		Map<String, Object> metadata = (Map<String, Object>) sent.get("metadata");
		assertThat(metadata).as("the settings kept in the metadata")
			.containsEntry("mcp_rpm_limit", Map.of("github", 30))
			.containsEntry("tag_rpm_limit", Map.of("batch", 5))
			.containsEntry("enable_prompt_caching", true)
			.containsEntry("throttle_on_budget_exceeded", true)
			.containsEntry("default_estimated_output_tokens", 512)
			.containsEntry(KeySuccessor.PREVIOUS_TOKEN, KEY_HASH);
		assertThat(sent).doesNotContainKeys("status", "settings_updated_at", "budget_limits_usage",
				"model_max_budget_usage");
	}

}
