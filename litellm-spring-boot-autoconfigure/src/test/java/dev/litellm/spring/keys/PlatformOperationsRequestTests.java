package dev.litellm.spring.keys;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.litellm.spring.LiteLlmBadRequestException;
import dev.litellm.spring.LiteLlmNotFoundException;
import dev.litellm.spring.LiteLlmPermissionDeniedException;
import dev.litellm.spring.LiteLlmServerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.litellm.spring.keys.TestKeys.API_KEY;
import static dev.litellm.spring.keys.TestKeys.KEY;
import static dev.litellm.spring.keys.TestKeys.KEY_HASH;
import static dev.litellm.spring.keys.TestKeys.OTHER_KEY;
import static dev.litellm.spring.keys.TestKeys.OTHER_KEY_HASH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform operations send exactly the request the proxy expects and decode what it answers, through both
 * APIs; their errors map to the usual exceptions with the proxy's message; writes carry the audit header and are
 * retried only where a repeat is harmless.
 */
class PlatformOperationsRequestTests extends ProxyTestSupport {

	private static final String BEARER = "Bearer " + API_KEY;

	static final String BULK_ANSWER = """
			{"total_requested":2,
			 "successful_updates":[{"key":"%s","key_info":{"token":"%s","key_alias":"team-a-ci","max_budget":200.0,
			   "team_id":"team-a","spend":3.2751}}],
			 "failed_updates":[{"key":"%s","key_info":null,"failed_reason":"Key not found"}]}
			""".formatted(KEY, KEY_HASH, OTHER_KEY);

	static final String RESET_ANSWER = """
			{"key_hash":"%s","spend":0.0,"previous_spend":42.5,"max_budget":100.0,
			 "budget_reset_at":"2026-04-09T09:15:42.318000+00:00"}""".formatted(KEY_HASH);

	static final String ALIASES_ANSWER = """
			{"aliases":["team-a-batch","team-a-ci"],"total_count":3,"current_page":1,"total_pages":2,"size":2}""";

	@ParameterizedTest
	@EnumSource(Api.class)
	void serviceAccountKeyPostsTheRequestAndDecodesTheKey(Api api) {
		stubPost("/key/service-account/generate", fixture("generate.json"));

		GenerateKeyResponse response = api.call(this.clients.withChangedBy("ci-bot"), KeyCall.generateServiceAccountKey(
				GenerateKeyRequest.builder().keyAlias("team-a-ci").teamId("team-a").build()));

		proxy.verify(1, postRequestedFor(urlEqualTo("/key/service-account/generate"))
			.withHeader("Authorization", equalTo(BEARER))
			.withHeader("litellm-changed-by", equalTo("ci-bot"))
			.withRequestBody(equalToJson("{\"key_alias\":\"team-a-ci\",\"team_id\":\"team-a\"}", false, false)));
		assertThat(response.key()).isEqualTo(KEY);
		assertThat(response.teamId()).isEqualTo("team-a");
	}

	@Test
	void serviceAccountKeyIsNeverRetriedIntoADuplicate() {
		Api.Clients retrying = Api.Clients.of(build(clientBuilder()
			.retryPolicy(new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(10)))));
		stubAny(aResponse().withStatus(500).withBody("Internal Server Error"));

		Throwable failure = Api.BLOCKING.failure(retrying,
				KeyCall.generateServiceAccountKey(GenerateKeyRequest.builder().teamId("team-a").build()));

		assertThat(failure).isInstanceOf(LiteLlmServerException.class);
		assertThat(received()).hasSize(1);
	}

	@Test
	void serviceAccountKeyChosenByTheClientIsRecoveredAfterAnUnclearFailure() {
		Api.Clients retrying = Api.Clients.of(build(clientBuilder().clientGeneratedKeys(true)
			.retryPolicy(new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(10)))));
		proxy.stubFor(post(urlPathEqualTo("/key/service-account/generate"))
			.willReturn(aResponse().withStatus(503).withBody("busy")));
		stubGet("/key/info", fixture("info.json"));

		GenerateKeyResponse response = Api.BLOCKING.call(retrying,
				KeyCall.generateServiceAccountKey(GenerateKeyRequest.builder().teamId("team-a").build()));

		assertThat(received()).hasSize(2);
		assertThat(response.key()).startsWith("sk-");
		assertThat(response.token()).isEqualTo(response.tokenId());
		proxy.verify(1, postRequestedFor(urlEqualTo("/key/service-account/generate")));
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void bulkUpdatePostsTheItemsAndDecodesBothLists(Api api) {
		stubPost("/key/bulk_update", BULK_ANSWER);

		BulkUpdateKeysResponse response = api.call(this.clients, KeyCall.bulkUpdateKeys(List.of(
				BulkKeyUpdate.builder(KEY).maxBudget(200.0).tags(List.of("a")).build(),
				BulkKeyUpdate.builder(OTHER_KEY).budgetId("b-1").teamId("team-b")
					.objectPermission(Map.of("vector_stores", List.of("vs-1")))
					.build())));

		proxy.verify(1, postRequestedFor(urlEqualTo("/key/bulk_update")).withHeader("Authorization", equalTo(BEARER))
			.withRequestBody(equalToJson("""
					{"keys":[{"key":"%s","max_budget":200.0,"tags":["a"]},
					 {"key":"%s","budget_id":"b-1","team_id":"team-b","object_permission":{"vector_stores":["vs-1"]}}]}
					""".formatted(KEY, OTHER_KEY), true, false)));
		assertThat(response.additionalProperties()).isEmpty();
		assertThat(response.totalRequested()).isEqualTo(2);
		assertThat(response.successfulUpdates()).singleElement().satisfies((updated) -> {
			assertThat(updated.key()).isEqualTo(KEY);
			assertThat(updated.keyInfo().maxBudget()).isEqualTo(200.0);
			assertThat(updated.keyInfo().token()).isEqualTo(KEY_HASH);
		});
		assertThat(response.failedUpdates()).singleElement().satisfies((failed) -> {
			assertThat(failed.key()).isEqualTo(OTHER_KEY);
			assertThat(failed.keyInfo()).isNull();
			assertThat(failed.failedReason()).isEqualTo("Key not found");
		});
		assertThat(response.toString()).doesNotContain(KEY, OTHER_KEY).contains("sk-...Wd1A");
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void teamBulkUpdatePostsTheTeamTheKeysAndTheFields(Api api) {
		stubPost("/team/key/bulk_update", BULK_ANSWER);

		api.call(this.clients, KeyCall.bulkUpdateTeamKeys(TeamKeysUpdate.builder("team-a")
			.keys(List.of(KEY, OTHER_KEY_HASH))
			.maxBudget(50.0)
			.budgetDuration("30d")
			.tpmLimit(1000)
			.rpmLimit(10)
			.maxParallelRequests(2)
			.duration("90d")
			.tags(List.of("x"))
			.metadata(Map.of("owner", "platform"))
			.build()));
		api.call(this.clients,
				KeyCall.bulkUpdateTeamKeys(TeamKeysUpdate.builder("team-a").allKeysInTeam().rpmLimit(5).build()));

		proxy.verify(1, postRequestedFor(urlEqualTo("/team/key/bulk_update")).withRequestBody(equalToJson("""
				{"team_id":"team-a","key_ids":["%s","%s"],"update_fields":{"max_budget":50.0,"budget_duration":"30d",
				 "tpm_limit":1000,"rpm_limit":10,"max_parallel_requests":2,"duration":"90d","tags":["x"],
				 "metadata":{"owner":"platform"}}}""".formatted(KEY, OTHER_KEY_HASH), false, false)));
		proxy.verify(1, postRequestedFor(urlEqualTo("/team/key/bulk_update")).withRequestBody(equalToJson(
				"{\"team_id\":\"team-a\",\"all_keys_in_team\":true,\"update_fields\":{\"rpm_limit\":5}}", false, false)));
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void resetSpendPostsToTheHashAndDecodesTheAnswer(Api api) {
		stubPost("/key/" + KEY_HASH + "/reset_spend", RESET_ANSWER);

		ResetSpendResponse response = api.call(this.clients.withChangedBy("billing"), KeyCall.resetSpend(KEY, 0.0));

		proxy.verify(1, postRequestedFor(urlEqualTo("/key/" + KEY_HASH + "/reset_spend"))
			.withHeader("Authorization", equalTo(BEARER))
			.withHeader("litellm-changed-by", equalTo("billing"))
			.withRequestBody(equalToJson("{\"reset_to\":0.0}", true, false)));
		assertThat(onlyRequest().getUrl()).doesNotContain(KEY);
		assertThat(response.additionalProperties()).isEmpty();
		assertThat(response.keyHash()).isEqualTo(KEY_HASH);
		assertThat(response.spend()).isZero();
		assertThat(response.previousSpend()).isEqualTo(42.5);
		assertThat(response.maxBudget()).isEqualTo(100.0);
		assertThat(response.budgetResetAt()).isEqualTo(OffsetDateTime.parse("2026-04-09T09:15:42.318Z"));
	}

	@Test
	void resetSpendErrorsMapToTheUsualExceptionsWithTheProxysMessage() {
		assertThat(resetSpendFailure(403, "Only proxy admins or team admins can reset key spend"))
			.isInstanceOf(LiteLlmPermissionDeniedException.class)
			.hasMessageContaining("Only proxy admins or team admins can reset key spend");
		assertThat(resetSpendFailure(400, "reset_to (50.0) must be <= current spend (42.5)"))
			.isInstanceOf(LiteLlmBadRequestException.class)
			.hasMessageContaining("reset_to (50.0) must be <= current spend (42.5)");
		assertThat(resetSpendFailure(404, "Key not found")).isInstanceOf(LiteLlmNotFoundException.class)
			.hasMessageContaining("Key not found");
	}

	private Throwable resetSpendFailure(int status, String message) {
		proxy.resetAll();
		stubAny(detailError(status, message));
		return Api.BLOCKING.failure(this.clients, KeyCall.resetSpend(KEY, 0.0));
	}

	static ResponseDefinitionBuilder detailError(int status, String message) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"detail\":{\"error\":" + JSON.writeValueAsString(message) + "}}");
	}

	@Test
	void resetSpendAndBulkUpdatesAreRetriedAsIdempotentWrites() {
		Api.Clients retrying = Api.Clients.of(build(clientBuilder()
			.retryPolicy(new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(10)))));
		stubAny(aResponse().withStatus(503).withBody("busy"));

		Api.BLOCKING.failure(retrying, KeyCall.resetSpend(KEY, 0.0));
		Api.BLOCKING.failure(retrying, KeyCall.bulkUpdateKeys(List.of(BulkKeyUpdate.builder(KEY).maxBudget(1).build())));
		Api.BLOCKING.failure(retrying,
				KeyCall.bulkUpdateTeamKeys(TeamKeysUpdate.builder("t").allKeysInTeam().rpmLimit(1).build()));

		proxy.verify(3, postRequestedFor(urlEqualTo("/key/" + KEY_HASH + "/reset_spend")));
		proxy.verify(3, postRequestedFor(urlEqualTo("/key/bulk_update")));
		proxy.verify(3, postRequestedFor(urlEqualTo("/team/key/bulk_update")));
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void listKeyAliasesSendsTheQueryAndDecodesThePage(Api api) {
		stubGet("/key/aliases", ALIASES_ANSWER);

		KeyAliasesResponse page = api.call(this.clients, KeyCall.listKeyAliases(
				KeyAliasQuery.builder().page(1).size(2).search("team a").teamId("team-a").build()));

		proxy.verify(1, getRequestedFor(urlEqualTo("/key/aliases?page=1&size=2&search=team%20a&team_id=team-a"))
			.withHeader("Authorization", equalTo(BEARER))
			.withHeader("litellm-changed-by", absent()));
		assertThat(page.additionalProperties()).isEmpty();
		assertThat(page.aliases()).containsExactly("team-a-batch", "team-a-ci");
		assertThat(page.totalCount()).isEqualTo(3);
		assertThat(page.currentPage()).isEqualTo(1);
		assertThat(page.totalPages()).isEqualTo(2);
		assertThat(page.size()).isEqualTo(2);
		assertThat(page.hasNextPage()).isTrue();
	}

	@Test
	void listKeyAliasesWithoutFiltersSendsNoQuery() {
		stubGet("/key/aliases", ALIASES_ANSWER);

		this.clients.blocking().listKeyAliases(KeyAliasQuery.all());

		assertThat(onlyRequest().getUrl()).isEqualTo("/key/aliases");
	}

}
