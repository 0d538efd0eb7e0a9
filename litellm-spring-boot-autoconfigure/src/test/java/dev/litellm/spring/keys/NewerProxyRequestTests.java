package dev.litellm.spring.keys;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.litellm.spring.LiteLlmBadRequestException;
import dev.litellm.spring.LiteLlmNotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.litellm.spring.keys.TestKeys.KEY;
import static dev.litellm.spring.keys.TestKeys.NEW_KEY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request fields, identifiers and list filters that proxies newer than 1.81.14 understand, sent exactly as
 * the proxy reads them.
 */
class NewerProxyRequestTests extends ProxyTestSupport {

	/** Every field newer proxies added to generate, update and regenerate alike, as JSON. */
	private static final String NEW_SHARED_FIELDS_JSON = """
			"budget_limits": [{"budget_duration": "24h", "max_budget": 10.0},
			                  {"budget_duration": "30d", "max_budget": 100.0}],
			"budget_fallbacks": {"gpt-4o": ["gpt-4o-mini", "gpt-3.5-turbo"]},
			"tpd_limit": 2000000,
			"mcp_rpm_limit": {"github": 30},
			"tag_rpm_limit": {"batch": 5},
			"default_estimated_output_tokens": 2048,
			"default_estimated_output_tokens_per_model": {"gpt-4o": 4096},
			"end_user_budget_id": "end-user-budget",
			"disable_global_guardrails": true,
			"enable_prompt_caching": true,
			"throttle_on_budget_exceeded": false,
			"soft_budget": 40.0
			""";

	private static <B extends KeyRequestBuilder<B>> B withNewSharedFields(B builder) {
		return builder
			.budgetLimits(List.of(BudgetLimit.of("24h", 10.0), BudgetLimit.of(Duration.ofDays(30), 100.0)))
			.budgetFallbacks(Map.of("gpt-4o", List.of("gpt-4o-mini", "gpt-3.5-turbo")))
			.tpdLimit(2_000_000L)
			.mcpRpmLimit(Map.of("github", 30))
			.tagRpmLimit(Map.of("batch", 5))
			.defaultEstimatedOutputTokens(2048)
			.defaultEstimatedOutputTokensPerModel(Map.of("gpt-4o", 4096))
			.endUserBudgetId("end-user-budget")
			.disableGlobalGuardrails(true)
			.enablePromptCaching(true)
			.throttleOnBudgetExceeded(false)
			.softBudget(40.0);
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void generateSendsEveryNewField(Api api) {
		stubPost("/key/generate", fixture("generate.json"));

		api.call(this.clients, KeyCall.generateKey(withNewSharedFields(GenerateKeyRequest.builder())
			.sendInviteEmail(false)
			.keyType("llm_api")
			.projectId("project-a")
			.build()));

		proxy.verify(1, postRequestedFor(urlEqualTo("/key/generate")).withRequestBody(equalToJson("{"
				+ NEW_SHARED_FIELDS_JSON + """
						, "send_invite_email": false, "key_type": "llm_api", "project_id": "project-a"}
						""", false, false)));
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void updateSendsEveryNewFieldAndDetachesFromTheProject(Api api) {
		stubPost("/key/update", fixture("update.json"));

		api.call(this.clients,
				KeyCall.updateKey(withNewSharedFields(UpdateKeyRequest.builder(KEY)).detachFromProject().build()));

		proxy.verify(1, postRequestedFor(urlEqualTo("/key/update")).withRequestBody(equalToJson("{\"key\": \"" + KEY
				+ "\", " + NEW_SHARED_FIELDS_JSON + ", \"project_id\": null}", false, false)));
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void regenerateSendsEveryNewField(Api api) {
		stubPost("/key/regenerate", fixture("regenerate.json"));

		api.call(this.clients, KeyCall.regenerateKey(KEY, withNewSharedFields(RegenerateKeyRequest.builder())
			.newKey(NEW_KEY)
			.sendInviteEmail(true)
			.keyType("read_only")
			.projectId("project-a")
			.build()));

		proxy.verify(1, postRequestedFor(urlEqualTo("/key/regenerate")).withRequestBody(equalToJson("{\"key\": \""
				+ KEY + "\", \"new_key\": \"" + NEW_KEY + "\", " + NEW_SHARED_FIELDS_JSON + """
						, "send_invite_email": true, "key_type": "read_only", "project_id": "project-a"}
						""", false, false)));
	}

	@Test
	void updateAndRegenerateSendNewFieldsSetToNullAsJsonNull() {
		stubPost("/key/update", fixture("update.json"));
		stubPost("/key/regenerate", fixture("regenerate.json"));
		String nulls = """
				"budget_limits": null, "budget_fallbacks": null, "tpd_limit": null, "mcp_rpm_limit": null,
				"tag_rpm_limit": null, "default_estimated_output_tokens": null,
				"default_estimated_output_tokens_per_model": null, "end_user_budget_id": null,
				"disable_global_guardrails": null, "enable_prompt_caching": null, "throttle_on_budget_exceeded": null,
				"soft_budget": null
				""";

		this.clients.blocking().updateKey(withNewSharedFieldsNull(UpdateKeyRequest.builder(KEY)).build());
		this.clients.blocking()
			.regenerateKey(KEY, withNewSharedFieldsNull(RegenerateKeyRequest.builder()).keyType(null)
				.sendInviteEmail(null)
				.projectId(null)
				.build());

		proxy.verify(1, postRequestedFor(urlEqualTo("/key/update"))
			.withRequestBody(equalToJson("{\"key\": \"" + KEY + "\", " + nulls + "}", false, false)));
		proxy.verify(1, postRequestedFor(urlEqualTo("/key/regenerate")).withRequestBody(equalToJson("{\"key\": \""
				+ KEY + "\", " + nulls + ", \"key_type\": null, \"send_invite_email\": null, \"project_id\": null}",
				false, false)));
	}

	@Test
	void generateLeavesNewFieldsSetToNullOut() {
		GenerateKeyRequest request = withNewSharedFieldsNull(withNewSharedFields(GenerateKeyRequest.builder()))
			.keyAlias("only-this")
			.build();

		assertThat(request.fields()).containsExactly(Map.entry("key_alias", "only-this"));
	}

	private static <B extends KeyRequestBuilder<B>> B withNewSharedFieldsNull(B builder) {
		return builder.budgetLimits(null)
			.budgetFallbacks(null)
			.tpdLimit(null)
			.mcpRpmLimit(null)
			.tagRpmLimit(null)
			.defaultEstimatedOutputTokens(null)
			.defaultEstimatedOutputTokensPerModel(null)
			.endUserBudgetId(null)
			.disableGlobalGuardrails(null)
			.enablePromptCaching(null)
			.throttleOnBudgetExceeded(null)
			.softBudget(null);
	}

	@Test
	void budgetLimitsGivenThroughFieldAreCheckedAndSentAlike() {
		Map<String, Object> window = new HashMap<>();
		window.put("max_budget", 5);
		window.put("budget_duration", "7d");

		UpdateKeyRequest request = UpdateKeyRequest.builder(KEY)
			.field("budget_limits", List.of(window, BudgetLimit.of("1h", 1.5)))
			.build();

		assertThat(request.fields()).containsEntry("budget_limits",
				List.of(Map.of("budget_duration", "7d", "max_budget", 5.0),
						Map.of("budget_duration", "1h", "max_budget", 1.5)));
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void updateByAliasNamesTheKeyByItsAlias(Api api) {
		stubPost("/key/update", fixture("update.json"));
		UpdateKeyRequest request = UpdateKeyRequest.byAlias("team-a-ci").maxBudget(10.0).build();

		api.call(this.clients, KeyCall.updateKey(request));

		proxy.verify(1, postRequestedFor(urlEqualTo("/key/update"))
			.withRequestBody(equalToJson("{\"key_alias\": \"team-a-ci\", \"max_budget\": 10.0}", false, false)));
		assertThat(request.key()).isNull();
		assertThat(request.keyAlias()).isEqualTo("team-a-ci");
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void updateByAnUnknownAliasIsNotFound(Api api) {
		stubAny(envelope(404, "Key not found. No key with key_alias='team-z'.", "not_found_error", "key_alias"));

		Throwable failure = api.failure(this.clients,
				KeyCall.updateKey(UpdateKeyRequest.byAlias("team-z").blocked(true).build()));

		assertThat(failure).isInstanceOf(LiteLlmNotFoundException.class).hasMessageContaining("key_alias='team-z'");
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void updateByAnAmbiguousAliasIsABadRequestSayingSo(Api api) {
		stubAny(envelope(400, "Multiple keys share key_alias='team-a-ci', so it cannot be used as an identifier.",
				"bad_request_error", "key_alias"));

		Throwable failure = api.failure(this.clients,
				KeyCall.updateKey(UpdateKeyRequest.byAlias("team-a-ci").blocked(true).build()));

		assertThat(failure).isInstanceOf(LiteLlmBadRequestException.class)
			.hasMessageContaining("Multiple keys share key_alias='team-a-ci'")
			.hasMessageContaining("cannot be used as an identifier");
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void listKeysSendsTheNewFilters(Api api) {
		stubGet("/key/list", fixture("list-full.json"));
		KeyListQuery query = KeyListQuery.builder()
			.search("Team A")
			.substringMatching(true)
			.agentId("agent-7")
			.expires("expired")
			.status("revoked")
			.build();

		api.call(this.clients, KeyCall.listKeys(query));

		LoggedRequest request = onlyRequest();
		assertThat(queryOf(request)).containsExactlyInAnyOrderEntriesOf(Map.of("search", List.of("Team A"),
				"substring_matching", List.of("true"), "agent_id", List.of("agent-7"), "expires",
				List.of("expired"), "status", List.of("revoked")));
		assertThat(request.getUrl()).contains("search=Team%20A");
	}

	@ParameterizedTest
	@ValueSource(strings = { "active", "expired", "revoked", "deleted" })
	void listKeysSendsEveryStatusTheProxyKnows(String status) {
		stubGet("/key/list", fixture("list-full.json"));

		this.clients.blocking().listKeys(KeyListQuery.builder().status(status).build());

		assertThat(queryOf(onlyRequest())).containsExactly(Map.entry("status", List.of(status)));
	}

	@Test
	void deletedIsAShortcutForTheDeletedStatus() {
		assertThat(KeyListQuery.builder().deleted(true).build().parameters())
			.isEqualTo(KeyListQuery.builder().status("deleted").build().parameters());
		assertThat(KeyListQuery.builder().deleted(true).deleted(false).build().parameters()).isEmpty();
		assertThat(KeyListQuery.builder().status("revoked").deleted(false).build().parameters())
			.containsExactly(Map.entry("status", List.of("revoked")));
		assertThat(KeyListQuery.builder().status("revoked").status(null).build().parameters()).isEmpty();
	}

}
