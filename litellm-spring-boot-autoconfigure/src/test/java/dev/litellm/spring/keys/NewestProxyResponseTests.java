package dev.litellm.spring.keys;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static dev.litellm.spring.keys.TestKeys.KEY;
import static dev.litellm.spring.keys.TestKeys.KEY_HASH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The bodies of proxies newer than 1.81.14 (fixtures under {@code src/test/resources/proxy/newest}) decode into
 * the typed accessors: the key's state, its type, the daily token limit, budget windows (as JSON or as the text the
 * proxy stored), budget fallbacks, the usage maps of {@code /key/info}, and the archived record of a deleted key.
 */
class NewestProxyResponseTests extends ProxyTestSupport {

	@Test
	void keyInfoOfALiveKeyCarriesItsStatusTypeLimitsAndUsage() {
		stubGet("/key/info", fixture("newest/info-active.json"));

		KeyInfo info = this.clients.blocking().keyInfo(KEY).info();

		assertThat(info.status()).isEqualTo("active");
		assertThat(info.reportedNotLive()).isFalse();
		assertThat(info.keyType()).isEqualTo("llm_api");
		assertThat(info.tpdLimit()).isEqualTo(2_000_000L);
		assertThat(info.budgetFallbacks()).containsExactly(Map.entry("gpt-4o", List.of("gpt-4o-mini")));
		assertThat(info.settingsUpdatedAt().toInstant()).isEqualTo(Instant.parse("2026-03-12T14:03:27.909Z"));
		assertThat(info.modelMaxBudgetUsage()).containsOnlyKeys("gpt-4o");
		assertThat(info.modelMaxBudgetUsage().get("gpt-4o")).containsEntry("current_spend", 1.5);
		assertThat(info.budgetLimitsUsage()).containsOnlyKeys("24h", "30d");
		assertThat(info.budgetLimitsUsage().get("24h")).containsEntry("current_spend", 0.9);
		assertThat(info.additionalProperties()).isEmpty();
	}

	@Test
	void budgetLimitsStoredAsTextDecodeIntoEntriesWithTheirResetTime() {
		stubGet("/key/info", fixture("newest/info-active.json"));

		List<BudgetLimitEntry> windows = this.clients.blocking().keyInfo(KEY).info().budgetLimits();

		assertThat(windows).hasSize(2);
		assertThat(windows.get(0).budgetDuration()).isEqualTo("24h");
		assertThat(windows.get(0).maxBudget()).isEqualTo(10.0);
		assertThat(windows.get(0).resetAt().toInstant()).isEqualTo(Instant.parse("2026-03-13T00:00:00Z"));
		assertThat(windows.get(1).toBudgetLimit()).isEqualTo(BudgetLimit.of("30d", 100.0));
	}

	@Test
	void budgetLimitsSentAsJsonDecodeAlike() {
		JsonMapper mapper = KeyJson.newMapper();
		String window = "{\"budget_duration\":\"24h\",\"max_budget\":10.0,\"reset_at\":\"2026-03-13T00:00:00Z\"}";

		KeyInfo asJson = mapper.readValue("{\"budget_limits\":[" + window + "]}", KeyInfo.class);
		KeyInfo asText = mapper.readValue("{\"budget_limits\":" + mapper.writeValueAsString("[" + window + "]") + "}",
				KeyInfo.class);

		assertThat(asJson.budgetLimits()).isEqualTo(asText.budgetLimits()).hasSize(1);
		assertThat(mapper.readValue("{\"budget_limits\":\"null\"}", KeyInfo.class).budgetLimits()).isNull();
		assertThat(mapper.readValue("{\"budget_fallbacks\":\"{\\\"a\\\": [\\\"b\\\"]}\"}", KeyInfo.class)
			.budgetFallbacks()).containsExactly(Map.entry("a", List.of("b")));
	}

	@Test
	void keyInfoOfADeletedKeyIsTheArchivedRecordWithStatusDeleted() {
		stubGet("/key/info", fixture("newest/info-deleted.json"));

		KeyInfo info = this.clients.blocking().keyInfo(KEY).info();

		assertThat(info.status()).isEqualTo("deleted");
		assertThat(info.reportedNotLive()).isTrue();
		assertThat(info.deletedAt().toInstant()).isEqualTo(Instant.parse("2026-03-15T08:00:12.045Z"));
		assertThat(info.deletedBy()).isEqualTo("default_user_id");
		assertThat(info.litellmChangedBy()).isEqualTo("alice@example.com");
		assertThat(info.keyType()).isEqualTo("default");
		assertThat(info.organizationId()).isNull();
		assertThat(info.budgetFallbacks()).isEmpty();
		assertThat(info.additionalProperties()).isEmpty();
	}

	@Test
	void everyStateButActiveIsReportedAsNotLive() {
		assertThat(KeyInfo.builder().status("revoked").build().reportedNotLive()).isTrue();
		assertThat(KeyInfo.builder().status("expired").build().reportedNotLive()).isTrue();
		assertThat(KeyInfo.builder().status("deleted").build().reportedNotLive()).isTrue();
		assertThat(KeyInfo.builder().status("active").build().reportedNotLive()).isFalse();
		assertThat(KeyInfo.builder().build().reportedNotLive()).isFalse();
	}

	@Test
	void generateResponseCarriesEveryNewField() {
		stubPost("/key/generate", fixture("newest/generate.json"));

		GenerateKeyResponse response = this.clients.blocking().generateKey(GenerateKeyRequest.builder().build());

		assertThat(response.token()).isEqualTo(KEY_HASH);
		assertThat(response.status()).isNull();
		assertThat(response.keyType()).isEqualTo("default");
		assertThat(response.tpdLimit()).isEqualTo(2_000_000L);
		assertThat(response.budgetLimits()).singleElement().satisfies((window) -> {
			assertThat(window.budgetDuration()).isEqualTo("24h");
			assertThat(window.resetAt().toInstant()).isEqualTo(Instant.parse("2026-03-11T00:00:00Z"));
		});
		assertThat(response.budgetFallbacks()).containsExactly(Map.entry("gpt-4o", List.of("gpt-4o-mini")));
		assertThat(response.mcpRpmLimit()).containsExactly(Map.entry("github", 30L));
		assertThat(response.tagRpmLimit()).containsExactly(Map.entry("batch", 5L));
		assertThat(response.defaultEstimatedOutputTokens()).isEqualTo(512);
		assertThat(response.defaultEstimatedOutputTokensPerModel()).containsExactly(Map.entry("gpt-4o", 1024));
		assertThat(response.endUserBudgetId()).isEqualTo("eu-budget-1");
		assertThat(response.disableGlobalGuardrails()).isFalse();
		assertThat(response.enablePromptCaching()).isTrue();
		assertThat(response.throttleOnBudgetExceeded()).isTrue();
		assertThat(response.additionalProperties()).isEmpty();
	}

	@Test
	void fieldsOfALaterProxyStillLandInAdditionalProperties() {
		KeyInfo info = KeyJson.newMapper().readValue("{\"status\":\"suspended\",\"app_id\":\"a-1\"}", KeyInfo.class);

		assertThat(info.status()).isEqualTo("suspended");
		assertThat(info.reportedNotLive()).isFalse();
		assertThat(info.additionalProperties()).containsExactly(Map.entry("app_id", "a-1"));
	}

	@Test
	void anEntryWithoutABudgetIsNoBudgetLimit() {
		BudgetLimitEntry entry = BudgetLimitEntry.builder().budgetDuration("24h").build();

		assertThatIllegalArgumentException().isThrownBy(entry::toBudgetLimit).withMessageContaining("max_budget");
	}

}
