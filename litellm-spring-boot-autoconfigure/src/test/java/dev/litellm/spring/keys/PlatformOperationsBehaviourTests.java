package dev.litellm.spring.keys;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.litellm.spring.LiteLlmNotFoundException;
import dev.litellm.spring.LiteLlmPermissionDeniedException;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.litellm.spring.keys.TestKeys.KEY;
import static dev.litellm.spring.keys.TestKeys.KEY_HASH;
import static dev.litellm.spring.keys.TestKeys.OTHER_KEY;
import static dev.litellm.spring.keys.TestKeys.OTHER_KEY_HASH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * How the platform operations behave beyond one request: bulk updates split into calls of 500 and a failing
 * later call reported per key, many-key info falling back to {@code /key/info} on older proxies, lazy alias
 * streaming, validation before anything is sent, masking and observations.
 */
class PlatformOperationsBehaviourTests extends ProxyTestSupport {

	private static final String CHUNKS = "chunks";

	private static final String V2_ANSWER = """
			{"key":["%s"],"info":[{"token":"%s","key_alias":"team-a-ci","spend":3.2751}]}""".formatted(KEY_HASH,
			KEY_HASH);

	private static List<BulkKeyUpdate> updates(int count) {
		List<BulkKeyUpdate> updates = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			updates.add(BulkKeyUpdate.builder("sk-bulk-%016d".formatted(i)).maxBudget(10.0).build());
		}
		return updates;
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void aLaterFailingCallOfABulkUpdateIsReportedPerKeyAndStopsTheRest(Api api) {
		proxy.stubFor(post(urlPathEqualTo("/key/bulk_update")).inScenario(CHUNKS)
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson("""
					{"total_requested":500,"successful_updates":[{"key":"sk-bulk-0000000000000000",
					 "key_info":{"max_budget":10.0}}],"failed_updates":[]}"""))
			.willSetStateTo("second"));
		proxy.stubFor(post(urlPathEqualTo("/key/bulk_update")).inScenario(CHUNKS)
			.whenScenarioStateIs("second")
			.willReturn(PlatformOperationsRequestTests.detailError(403, "Only proxy admins can perform bulk key updates")));

		BulkUpdateKeysResponse response = api.call(this.clients, KeyCall.bulkUpdateKeys(updates(1200)));

		assertThat(received()).hasSize(2);
		assertThat(received()).extracting((request) -> bodyOf(request).get("keys").size()).containsExactly(500, 500);
		assertThat(bodyOf(received().get(1)).get("keys").get(0).get("key").asString())
			.isEqualTo("sk-bulk-0000000000000500");
		assertThat(response.totalRequested()).isEqualTo(1200);
		assertThat(response.successfulUpdates()).extracting(BulkUpdateKeysResponse.SuccessfulUpdate::key)
			.containsExactly("sk-bulk-0000000000000000");
		assertThat(response.failedUpdates()).hasSize(700);
		assertThat(response.failedUpdates().get(0).key()).isEqualTo("sk-bulk-0000000000000500");
		assertThat(response.failedUpdates().get(699).key()).isEqualTo("sk-bulk-0000000000001199");
		assertThat(response.failedUpdates())
			.allSatisfy((failed) -> assertThat(failed.failedReason()).contains("Only proxy admins can perform bulk key updates"));
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void aFailingFirstCallOfABulkUpdateIsThrownAndNothingMoreIsSent(Api api) {
		stubAny(PlatformOperationsRequestTests.detailError(403, "Only proxy admins can perform bulk key updates"));

		Throwable failure = api.failure(this.clients, KeyCall.bulkUpdateKeys(updates(501)));

		assertThat(failure).isInstanceOf(LiteLlmPermissionDeniedException.class)
			.hasMessageContaining("Only proxy admins can perform bulk key updates");
		assertThat(received()).hasSize(1);
	}

	@Test
	void aTeamUpdateOfManyKeysIsSentInCallsOf500() {
		stubPost("/team/key/bulk_update", "{\"total_requested\":0,\"successful_updates\":[],\"failed_updates\":[]}");
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < 501; i++) {
			keys.add("sk-team-%016d".formatted(i));
		}

		BulkUpdateKeysResponse response = this.clients.blocking()
			.bulkUpdateTeamKeys(TeamKeysUpdate.builder("team-a").keys(keys).rpmLimit(1).build());

		assertThat(received()).extracting((request) -> bodyOf(request).get("key_ids").size()).containsExactly(500, 1);
		assertThat(response.totalRequested()).isEqualTo(501);
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void keyInfosFallsBackToOneInfoPerKeyWhenTheProxyHasNoV2Route(Api api) {
		proxy.stubFor(post(urlPathEqualTo("/v2/key/info")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"detail\":\"Not Found\"}")));
		proxy.stubFor(get(urlEqualTo("/key/info?key=" + KEY_HASH)).willReturn(okJson(fixture("info.json"))));
		proxy.stubFor(get(urlEqualTo("/key/info?key=" + OTHER_KEY_HASH))
			.willReturn(envelope(404, "Key not found in database", "not_found_error", "key")));

		List<KeyInfo> infos = api.call(this.clients, KeyCall.keyInfos(List.of(KEY, OTHER_KEY)));

		proxy.verify(1, postRequestedFor(urlEqualTo("/v2/key/info"))
			.withRequestBody(equalToJson("{\"keys\":[\"%s\",\"%s\"]}".formatted(KEY_HASH, OTHER_KEY_HASH))));
		proxy.verify(2, getRequestedFor(urlPathEqualTo("/key/info")));
		assertThat(infos).singleElement().satisfies((info) -> {
			assertThat(info.token()).isEqualTo(KEY_HASH);
			assertThat(info.keyAlias()).isEqualTo("team-a-ci");
		});
		assertThat(received()).allSatisfy((request) -> assertThat(request.getUrl() + request.getBodyAsString())
			.doesNotContain(KEY, OTHER_KEY));
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void keyInfosUsesOneV2CallWhereTheProxyHasIt(Api api) {
		stubPost("/v2/key/info", V2_ANSWER);

		List<KeyInfo> infos = api.call(this.clients, KeyCall.keyInfos(List.of(KEY)));

		assertThat(onlyRequest().getUrl()).isEqualTo("/v2/key/info");
		assertThat(infos).extracting(KeyInfo::token).containsExactly(KEY_HASH);
	}

	@Test
	void aNotFoundAnswerOfTheV2RouteItselfIsNotMistakenForAMissingRoute() {
		stubAny(PlatformOperationsRequestTests.detailError(404, "No keys found"));

		Throwable failure = Api.BLOCKING.failure(this.clients, KeyCall.keyInfos(List.of(KEY)));

		assertThat(failure).isInstanceOf(LiteLlmNotFoundException.class).hasMessageContaining("No keys found");
		assertThat(received()).hasSize(1);
	}

	private void stubAliasPages() {
		for (int page = 1; page <= 3; page++) {
			String aliases = (page < 3) ? "[\"a%d\",\"b%d\"]".formatted(page, page) : "[\"c3\"]";
			proxy.stubFor(get(urlPathEqualTo("/key/aliases")).withQueryParam("page", equalTo(Integer.toString(page)))
				.willReturn(okJson("{\"aliases\":%s,\"total_count\":5,\"current_page\":%d,\"total_pages\":3,\"size\":2}"
					.formatted(aliases, page))));
		}
	}

	// Taking a page's last alias may start the next page's request (see StreamKeysTests); before it, nothing is.
	@ParameterizedTest
	@ValueSource(ints = { 1 })
	void takingLessThanAPageOfAliasesFromTheBlockingStreamFetchesOnlyTheFirstPage(int taken) {
		stubAliasPages();

		try (Stream<String> aliases = this.clients.blocking().streamKeyAliases(KeyAliasQuery.builder().size(2).build())) {
			assertThat(aliases.limit(taken)).containsExactlyElementsOf(List.of("a1", "b1").subList(0, taken));
			assertAliasPagesRequested("1");
		}
	}

	@Test
	void takingOneAliasPastAPageFromTheBlockingStreamFetchesExactlyTwoPages() {
		stubAliasPages();

		try (Stream<String> aliases = this.clients.blocking().streamKeyAliases(KeyAliasQuery.builder().size(2).build())) {
			assertThat(aliases.limit(3)).containsExactly("a1", "b1", "a2");
			assertAliasPagesRequested("1", "2");
		}
	}

	/**
	 * The alias pages requested so far are exactly these, and stay so for long enough for another request to arrive.
	 */
	private static void assertAliasPagesRequested(String... pages) {
		await().during(Duration.ofMillis(300))
			.atMost(Duration.ofSeconds(1))
			.until(() -> received().stream().flatMap((request) -> queryOf(request).get("page").stream()).toList(),
					(requested) -> requested.equals(List.of(pages)));
	}

	@Test
	void theReactiveAliasStreamFetchesAPageOnlyWhenAskedForItsAliases() {
		stubAliasPages();

		StepVerifier.create(this.reactive.streamKeyAliases(KeyAliasQuery.builder().size(2).build()), 1)
			.expectNext("a1")
			.then(() -> assertThat(received()).hasSize(1))
			.thenRequest(10)
			.expectNext("b1", "a2", "b2", "c3")
			.verifyComplete();
		assertThat(received()).extracting((request) -> queryOf(request).get("page")).containsExactly(List.of("1"),
				List.of("2"), List.of("3"));
	}

	@Test
	void theAliasStreamUsesPagesOf100UnlessTheQuerySetsASize() {
		stubGet("/key/aliases", "{\"aliases\":[],\"total_count\":0,\"current_page\":1,\"total_pages\":0,\"size\":100}");

		assertThat(this.clients.blocking().streamKeyAliases(KeyAliasQuery.all()).toList()).isEmpty();

		assertThat(queryOf(onlyRequest())).containsEntry("size", List.of("100")).containsEntry("page", List.of("1"));
	}

	static Stream<Arguments> invalidCalls() {
		return Stream.of(
				arguments(KeyCall.generateServiceAccountKey(null), "request"),
				arguments(KeyCall.generateServiceAccountKey(GenerateKeyRequest.builder().build()), "team_id"),
				arguments(KeyCall.generateServiceAccountKey(GenerateKeyRequest.builder().teamId(" ").build()),
						"team_id"),
				arguments(KeyCall.bulkUpdateKeys(null), "updates"),
				arguments(KeyCall.bulkUpdateKeys(List.of()), "updates"),
				arguments(KeyCall.bulkUpdateKeys(Arrays.asList(BulkKeyUpdate.builder(KEY).build(), null)), "updates"),
				arguments(KeyCall.bulkUpdateTeamKeys(null), "request"),
				arguments(KeyCall.resetSpend(null, 0), "key"),
				arguments(KeyCall.resetSpend(" ", 0), "key"),
				arguments(KeyCall.resetSpend(KEY, -0.01), "reset_to"),
				arguments(KeyCall.resetSpend(KEY, Double.NaN), "reset_to"),
				arguments(KeyCall.resetSpend(KEY, Double.POSITIVE_INFINITY), "reset_to"),
				arguments(KeyCall.listKeyAliases(null), "query"),
				arguments(KeyCall.keyInfos(null), "keys"),
				arguments(KeyCall.keyInfos(List.of()), "keys"),
				arguments(KeyCall.keyInfos(List.of(KEY, "sk bad")), "keys"));
	}

	static Stream<Arguments> invalidCallsThroughBothApis() {
		return invalidCalls().flatMap((call) -> Stream.of(Api.values())
			.map((api) -> arguments(api, call.get()[0], call.get()[1])));
	}

	@ParameterizedTest(name = "{1} ({0})")
	@MethodSource("invalidCallsThroughBothApis")
	void invalidInputIsRefusedNamingTheFieldBeforeAnythingIsSent(Api api, KeyCall<?> call, String field) {
		Throwable failure = api.failure(this.clients, call);

		assertThat(failure).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(field);
		assertNothingSent();
	}

	static Stream<Arguments> invalidBuilders() {
		return Stream.<Arguments>of(
				arguments((Supplier<?>) () -> BulkKeyUpdate.builder(" "), "key"),
				arguments((Supplier<?>) () -> BulkKeyUpdate.builder(KEY).maxBudget(-1), "max_budget"),
				arguments((Supplier<?>) () -> BulkKeyUpdate.builder(KEY).maxBudget(Double.NaN), "max_budget"),
				arguments((Supplier<?>) () -> BulkKeyUpdate.builder(KEY).budgetId(" "), "budget_id"),
				arguments((Supplier<?>) () -> BulkKeyUpdate.builder(KEY).teamId(""), "team_id"),
				arguments((Supplier<?>) () -> BulkKeyUpdate.builder(KEY).tags(null), "tags"),
				arguments((Supplier<?>) () -> BulkKeyUpdate.builder(KEY).tags(List.of(" ")), "tags"),
				arguments((Supplier<?>) () -> BulkKeyUpdate.builder(KEY).objectPermission(null), "object_permission"),
				arguments((Supplier<?>) () -> TeamKeysUpdate.builder(" "), "team_id"),
				arguments((Supplier<?>) () -> TeamKeysUpdate.builder("t").rpmLimit(1).build(), "all_keys_in_team"),
				arguments((Supplier<?>) () -> TeamKeysUpdate.builder("t").allKeysInTeam().keys(List.of(KEY)).rpmLimit(1)
					.build(), "all_keys_in_team"),
				arguments((Supplier<?>) () -> TeamKeysUpdate.builder("t").allKeysInTeam().build(), "update_fields"),
				arguments((Supplier<?>) () -> TeamKeysUpdate.builder("t").keys(List.of()), "keys"),
				arguments((Supplier<?>) () -> TeamKeysUpdate.builder("t").keys(List.of("sk bad")), "keys"),
				arguments((Supplier<?>) () -> TeamKeysUpdate.builder("t").maxBudget(-1), "max_budget"),
				arguments((Supplier<?>) () -> TeamKeysUpdate.builder("t").tpmLimit(-1), "tpm_limit"),
				arguments((Supplier<?>) () -> KeyAliasQuery.builder().page(0), "page"),
				arguments((Supplier<?>) () -> KeyAliasQuery.builder().size(0), "size"),
				arguments((Supplier<?>) () -> KeyAliasQuery.builder().size(101), "size"),
				arguments((Supplier<?>) () -> KeyAliasQuery.builder().search(" "), "search"),
				arguments((Supplier<?>) () -> KeyAliasQuery.builder().teamId(" "), "team_id"));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("invalidBuilders")
	void invalidRequestValuesAreRefusedNamingTheField(Supplier<?> building, String field) {
		assertThatIllegalArgumentException().isThrownBy(building::get).withMessageContaining(field);
	}

	@Test
	void requestsMaskTheirKeys() {
		assertThat(BulkKeyUpdate.builder(KEY).maxBudget(1).build().toString()).doesNotContain(KEY)
			.contains("sk-...Wd1A");
		assertThat(TeamKeysUpdate.builder("team-a").keys(List.of(KEY, OTHER_KEY)).rpmLimit(1).build().toString())
			.doesNotContain(KEY, OTHER_KEY)
			.contains("team-a");
		assertThat(new KeyBatchCalls.BulkUpdateBody(List.of(BulkKeyUpdate.builder(KEY).build())).toString())
			.doesNotContain(KEY);
	}

	static Stream<Arguments> observedOperations() {
		return Stream.of(
				arguments(KeyCall.generateServiceAccountKey(GenerateKeyRequest.builder().teamId("t").build()),
						fixture("generate.json"), "key.service-account.generate"),
				arguments(KeyCall.bulkUpdateKeys(List.of(BulkKeyUpdate.builder(KEY).maxBudget(1).build())),
						PlatformOperationsRequestTests.BULK_ANSWER, "key.bulk-update"),
				arguments(KeyCall.bulkUpdateTeamKeys(TeamKeysUpdate.builder("t").allKeysInTeam().rpmLimit(1).build()),
						PlatformOperationsRequestTests.BULK_ANSWER, "key.team-bulk-update"),
				arguments(KeyCall.resetSpend(KEY, 0), PlatformOperationsRequestTests.RESET_ANSWER, "key.reset-spend"),
				arguments(KeyCall.listKeyAliases(KeyAliasQuery.all()), PlatformOperationsRequestTests.ALIASES_ANSWER,
						"key.aliases"),
				arguments(KeyCall.keyInfos(List.of(KEY)), V2_ANSWER, "key.info-batch"));
	}

	@ParameterizedTest(name = "{2}")
	@MethodSource("observedOperations")
	void eachOperationIsOneObservationWithItsLowCardinalityName(KeyCall<?> call, String answer, String name) {
		TestObservationRegistry registry = TestObservationRegistry.create();
		Api.Clients observed = Api.Clients.of(build(clientBuilder().observationRegistry(registry)));
		stubAny(okJson(answer));

		Api.BLOCKING.call(observed, call);

		assertThat(registry).hasNumberOfObservationsWithNameEqualTo("litellm.client.operation", 1)
			.hasObservationWithNameEqualTo("litellm.client.operation")
			.that()
			.hasLowCardinalityKeyValue("litellm.operation", name)
			.hasLowCardinalityKeyValue("outcome", "SUCCESS")
			.doesNotHaveHighCardinalityKeyValueWithKey("key");
		assertThat(call.operation().observationName()).isEqualTo(name);
	}

}
