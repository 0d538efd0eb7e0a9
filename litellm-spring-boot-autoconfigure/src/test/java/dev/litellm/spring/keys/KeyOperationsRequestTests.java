package dev.litellm.spring.keys;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.litellm.spring.keys.TestKeys.API_KEY;
import static dev.litellm.spring.keys.TestKeys.KEY;
import static dev.litellm.spring.keys.TestKeys.KEY_HASH;
import static dev.litellm.spring.keys.TestKeys.NEW_KEY;
import static dev.litellm.spring.keys.TestKeys.NEW_KEY_HASH;
import static dev.litellm.spring.keys.TestKeys.OTHER_KEY_HASH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each operation sends exactly the request the proxy expects (method, path, query, auth header, content type,
 * JSON body) and decodes the body the proxy really answers with, through the blocking and the reactive API.
 */
class KeyOperationsRequestTests extends ProxyTestSupport {

	private static final String BEARER = "Bearer " + API_KEY;

	@ParameterizedTest
	@EnumSource(Api.class)
	void generateKeyPostsTheSetFieldsAndDecodesTheNewKey(Api api) {
		stubPost("/key/generate", fixture("generate.json"));
		GenerateKeyRequest request = GenerateKeyRequest.builder()
			.keyAlias("team-a-ci")
			.models(List.of("gpt-4o", "gpt-4o-mini"))
			.maxBudget(50.0)
			.budgetDuration("30d")
			.duration("90d")
			.teamId("team-a")
			.userId("user-42")
			.metadata(Map.of("owner", "platform-team"))
			.modelRpmLimit(Map.of("gpt-4o", 60))
			.tpmLimit(100_000L)
			.rpmLimit(600L)
			.build();

		GenerateKeyResponse response = api.call(this.clients, KeyCall.generateKey(request));

		proxy.verify(1, postRequestedFor(urlEqualTo("/key/generate")).withHeader("Authorization", equalTo(BEARER))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"key_alias": "team-a-ci", "models": ["gpt-4o", "gpt-4o-mini"], "max_budget": 50.0,
					 "budget_duration": "30d", "duration": "90d", "team_id": "team-a", "user_id": "user-42",
					 "metadata": {"owner": "platform-team"}, "model_rpm_limit": {"gpt-4o": 60},
					 "tpm_limit": 100000, "rpm_limit": 600}
					""", true, false)));
		assertThat(received()).hasSize(1);
		assertThat(response.key()).isEqualTo(KEY);
		assertThat(response.keyName()).isEqualTo("sk-...Wd1A");
		assertThat(response.token()).isEqualTo(KEY_HASH);
		assertThat(response.tokenId()).isEqualTo(KEY_HASH);
		assertThat(response.keyAlias()).isEqualTo("team-a-ci");
		assertThat(response.maxBudget()).isEqualTo(50.0);
		assertThat(response.budgetDuration()).isEqualTo("30d");
		assertThat(response.teamId()).isEqualTo("team-a");
		assertThat(response.expires().toInstant()).isEqualTo(Instant.parse("2026-06-08T09:15:42.640Z"));
		assertThat(response.metadata()).containsEntry("owner", "platform-team")
			.containsEntry("model_rpm_limit", Map.of("gpt-4o", 60));
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void updateKeyPostsTheKeyWithTheChangesAndDecodesTheRow(Api api) {
		stubPost("/key/update", fixture("update.json"));
		UpdateKeyRequest request = UpdateKeyRequest.builder(KEY)
			.maxBudget(100.0)
			.metadata(Map.of("owner", "platform-team"))
			.duration((String) null)
			.build();

		KeyInfo updated = api.call(this.clients, KeyCall.updateKey(request));

		proxy.verify(1, postRequestedFor(urlEqualTo("/key/update")).withHeader("Authorization", equalTo(BEARER))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"key": "%s", "max_budget": 100.0, "metadata": {"owner": "platform-team"}, "duration": null}
					""".formatted(KEY), true, false)));
		assertThat(received()).hasSize(1);
		assertThat(updated.key()).isEqualTo(KEY);
		assertThat(updated.token()).isEqualTo(KEY_HASH);
		assertThat(updated.maxBudget()).isEqualTo(100.0);
		assertThat(updated.organizationId()).isEqualTo("org-platform");
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void deleteKeysByKeyPostsTheKeysAndDecodesTheEcho(Api api) {
		stubPost("/key/delete", fixture("delete.json"));

		DeleteKeysResponse response = api.call(this.clients,
				KeyCall.deleteKeys(DeleteKeysRequest.ofKeys(KEY, OTHER_KEY_HASH)));

		proxy.verify(1, postRequestedFor(urlEqualTo("/key/delete")).withHeader("Authorization", equalTo(BEARER))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"keys": ["%s", "%s"]}
					""".formatted(KEY, OTHER_KEY_HASH), false, false)));
		assertThat(received()).hasSize(1);
		assertThat(response.deletedKeys()).containsExactly(KEY, OTHER_KEY_HASH);
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void deleteKeysByAliasPostsTheAliases(Api api) {
		stubPost("/key/delete", """
				{"deleted_keys":["team-a-ci","team-a-batch"]}""");

		DeleteKeysResponse response = api.call(this.clients,
				KeyCall.deleteKeys(DeleteKeysRequest.ofAliases("team-a-ci", "team-a-batch")));

		proxy.verify(1, postRequestedFor(urlEqualTo("/key/delete")).withRequestBody(equalToJson("""
				{"key_aliases": ["team-a-ci", "team-a-batch"]}
				""", false, false)));
		assertThat(response.deletedKeys()).containsExactly("team-a-ci", "team-a-batch");
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void keyInfoOfARawKeyAsksForItsHash(Api api) {
		stubGet("/key/info", fixture("info.json"));

		KeyInfoResponse response = api.call(this.clients, KeyCall.keyInfo(KEY));

		proxy.verify(1, getRequestedFor(urlEqualTo("/key/info?key=" + KEY_HASH))
			.withHeader("Authorization", equalTo(BEARER))
			.withoutHeader("Content-Type"));
		assertThat(onlyRequest().getBodyAsString()).isEmpty();
		assertThat(response.key()).isEqualTo(KEY_HASH);
		assertThat(response.info().keyAlias()).isEqualTo("team-a-ci");
		assertThat(response.info().spend()).isEqualTo(3.2751);
		assertThat(response.info().token()).isNull();
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void keyInfoOfAHashAsksForTheHashAsGiven(Api api) {
		stubGet("/key/info", fixture("info.json"));

		api.call(this.clients, KeyCall.keyInfo(KEY_HASH));

		proxy.verify(1, getRequestedFor(urlEqualTo("/key/info?key=" + KEY_HASH)));
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void currentKeyInfoSendsNoKey(Api api) {
		stubGet("/key/info", fixture("info.json"));

		KeyInfoResponse response = api.call(this.clients, KeyCall.currentKeyInfo());

		proxy.verify(1, getRequestedFor(urlEqualTo("/key/info")).withHeader("Authorization", equalTo(BEARER)));
		assertThat(onlyRequest().getBodyAsString()).isEmpty();
		assertThat(response.key()).isEqualTo(KEY_HASH);
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void listKeysSendsEveryQueryParameter(Api api) {
		stubGet("/key/list", fixture("list-full.json"));
		KeyListQuery query = KeyListQuery.builder()
			.page(2)
			.size(25)
			.userId("user-42")
			.teamId("team-a")
			.organizationId("org-platform")
			.keyHash(KEY)
			.keyAlias("team a ci")
			.returnFullObject(true)
			.includeTeamKeys(true)
			.includeCreatedByKeys(true)
			.sortBy("created_at")
			.sortOrder("ASC")
			.expand("user", "team")
			.projectId("proj-7")
			.accessGroupId("ag-3")
			.build();

		KeyListResponse response = api.call(this.clients, KeyCall.listKeys(query));

		LoggedRequest request = onlyRequest();
		proxy.verify(1, getRequestedFor(urlPathEqualTo("/key/list")).withHeader("Authorization", equalTo(BEARER))
			.withoutHeader("Content-Type"));
		assertThat(queryOf(request)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
				Map.entry("page", List.of("2")), Map.entry("size", List.of("25")),
				Map.entry("user_id", List.of("user-42")), Map.entry("team_id", List.of("team-a")),
				Map.entry("organization_id", List.of("org-platform")), Map.entry("key_hash", List.of(KEY_HASH)),
				Map.entry("key_alias", List.of("team a ci")), Map.entry("return_full_object", List.of("true")),
				Map.entry("include_team_keys", List.of("true")),
				Map.entry("include_created_by_keys", List.of("true")), Map.entry("sort_by", List.of("created_at")),
				Map.entry("sort_order", List.of("asc")), Map.entry("expand", List.of("user", "team")),
				Map.entry("project_id", List.of("proj-7")), Map.entry("access_group_id", List.of("ag-3"))));
		assertThat(request.getUrl()).contains("key_alias=team%20a%20ci").contains("expand=user&expand=team");
		assertThat(response.keys()).extracting(KeyInfo::token).containsExactly(KEY_HASH, OTHER_KEY_HASH);
		assertThat(response.totalCount()).isEqualTo(2);
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void listKeysWithoutParametersSendsNone(Api api) {
		stubGet("/key/list", fixture("list-hashes.json"));

		KeyListResponse response = api.call(this.clients, KeyCall.listKeys(KeyListQuery.all()));

		proxy.verify(1, getRequestedFor(urlEqualTo("/key/list")));
		assertThat(response.keys()).extracting(KeyInfo::token).containsExactly(KEY_HASH, OTHER_KEY_HASH, NEW_KEY_HASH);
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void listDeletedKeysSendsStatusDeleted(Api api) {
		stubGet("/key/list", fixture("list-deleted.json"));

		KeyListResponse response = api.call(this.clients,
				KeyCall.listKeys(KeyListQuery.builder().deleted(true).returnFullObject(true).build()));

		assertThat(queryOf(onlyRequest())).containsExactlyInAnyOrderEntriesOf(
				Map.of("status", List.of("deleted"), "return_full_object", List.of("true")));
		assertThat(response.keys()).singleElement()
			.satisfies((deleted) -> assertThat(deleted.litellmChangedBy()).isEqualTo("alice@example.com"));
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void blockKeyPostsTheKey(Api api) {
		stubPost("/key/block", fixture("block.json"));

		KeyInfo blocked = api.call(this.clients, KeyCall.blockKey(KEY));

		proxy.verify(1, postRequestedFor(urlEqualTo("/key/block")).withHeader("Authorization", equalTo(BEARER))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("{\"key\": \"" + KEY + "\"}", true, false)));
		assertThat(received()).hasSize(1);
		assertThat(blocked.token()).isEqualTo(KEY_HASH);
		assertThat(blocked.blocked()).isTrue();
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void unblockKeyPostsTheKey(Api api) {
		stubPost("/key/unblock", fixture("unblock.json"));

		KeyInfo unblocked = api.call(this.clients, KeyCall.unblockKey(KEY_HASH));

		proxy.verify(1, postRequestedFor(urlEqualTo("/key/unblock")).withHeader("Authorization", equalTo(BEARER))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("{\"key\": \"" + KEY_HASH + "\"}", true, false)));
		assertThat(received()).hasSize(1);
		assertThat(unblocked.token()).isEqualTo(KEY_HASH);
		assertThat(unblocked.blocked()).isFalse();
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void keyHealthPostsWithoutABody(Api api) {
		stubPost("/key/health", fixture("health.json"));

		KeyHealthResponse health = api.call(this.clients, KeyCall.keyHealth());

		proxy.verify(1, postRequestedFor(urlEqualTo("/key/health")).withHeader("Authorization", equalTo(BEARER)));
		assertThat(onlyRequest().getBodyAsString()).isEmpty();
		assertThat(health.healthy()).isTrue();
		assertThat(health.loggingCallbacks().callbacks()).containsExactly("langfuse");
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void regenerateKeyPostsTheKeyInTheBodyNeverInTheUrl(Api api) {
		stubPost("/key/regenerate", fixture("regenerate.json"));
		RegenerateKeyRequest request = RegenerateKeyRequest.builder().gracePeriod("24h").maxBudget(75.0).build();

		GenerateKeyResponse response = api.call(this.clients, KeyCall.regenerateKey(KEY, request));

		proxy.verify(1, postRequestedFor(urlEqualTo("/key/regenerate")).withHeader("Authorization", equalTo(BEARER))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"key": "%s", "grace_period": "24h", "max_budget": 75.0}
					""".formatted(KEY), true, false)));
		assertThat(onlyRequest().getUrl()).isEqualTo("/key/regenerate");
		assertThat(response.key()).isEqualTo(NEW_KEY);
		assertThat(response.token()).isNull();
		assertThat(response.tokenId()).isEqualTo(NEW_KEY_HASH);
		assertThat(response.spend()).isEqualTo(12.5);
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void regenerateKeyWithoutARequestPostsOnlyTheKey(Api api) {
		stubPost("/key/regenerate", fixture("regenerate.json"));

		api.call(this.clients, KeyCall.regenerateKey(KEY_HASH, null));

		proxy.verify(1, postRequestedFor(urlEqualTo("/key/regenerate"))
			.withRequestBody(equalToJson("{\"key\": \"" + KEY_HASH + "\"}", true, false)));
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void apiKeyCanTravelInTheXLiteLlmApiKeyHeader(Api api) {
		stubGet("/key/info", fixture("info.json"));
		Api.Clients viaLiteLlmHeader = Api.Clients
			.of(build(clientBuilder().authHeader(AuthHeader.X_LITELLM_API_KEY)));

		api.call(viaLiteLlmHeader, KeyCall.keyInfo(KEY));

		proxy.verify(1, getRequestedFor(urlEqualTo("/key/info?key=" + KEY_HASH))
			.withHeader("x-litellm-api-key", equalTo(BEARER))
			.withoutHeader("Authorization"));
	}

}
