package dev.litellm.spring.keys;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.litellm.spring.keys.TestKeys.KEY;
import static dev.litellm.spring.keys.TestKeys.KEY_HASH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * {@code litellm-changed-by} goes on the writes the proxy audits (generate, update, delete, block, unblock,
 * regenerate) and on nothing else.
 */
class ChangedByTests extends ProxyTestSupport {

	private static final String HEADER = "litellm-changed-by";

	private static final String ACTOR = "alice@example.com";

	/**
	 * A resolver that, like Spring Security's {@code SecurityContextHolder}, knows the actor only on the thread
	 * that made the call.
	 */
	private static final ThreadActor CALLER = new ThreadActor();

	private static final class ThreadActor {

		private final ThreadLocal<String> actor = new ThreadLocal<>();

		Mono<String> resolve() {
			return Mono.fromSupplier(this.actor::get);
		}

		void runAs(String name, Runnable call) {
			this.actor.set(name);
			try {
				call.run();
			}
			finally {
				this.actor.remove();
			}
		}

	}

	static Stream<Arguments> writes() {
		return Stream.of(
				arguments(KeyCall.generateKey(GenerateKeyRequest.builder().keyAlias("team-a-ci").build()),
						"generate.json"),
				arguments(KeyCall.updateKey(UpdateKeyRequest.builder(KEY).maxBudget(20.0).build()), "update.json"),
				arguments(KeyCall.deleteKeys(DeleteKeysRequest.ofKeys(KEY)), "delete.json"),
				arguments(KeyCall.blockKey(KEY), "block.json"),
				arguments(KeyCall.unblockKey(KEY), "unblock.json"),
				arguments(KeyCall.regenerateKey(KEY, null), "regenerate.json"));
	}

	static Stream<Arguments> reads() {
		return Stream.of(arguments(KeyCall.keyInfo(KEY_HASH), "info.json"),
				arguments(KeyCall.currentKeyInfo(), "info.json"),
				arguments(KeyCall.listKeys(KeyListQuery.all()), "list-hashes.json"),
				arguments(KeyCall.keyHealth(), "health.json"));
	}

	static Stream<Arguments> writesThroughBothApis() {
		return withBothApis(writes());
	}

	static Stream<Arguments> readsThroughBothApis() {
		return withBothApis(reads());
	}

	private static Stream<Arguments> withBothApis(Stream<Arguments> calls) {
		return calls.flatMap((call) -> Stream.of(Api.values()).map((api) -> arguments(api, call.get()[0], call.get()[1])));
	}

	@ParameterizedTest(name = "{1} ({0})")
	@MethodSource("writesThroughBothApis")
	void writeOfAChangedByViewCarriesTheActor(Api api, KeyCall<?> call, String fixture) {
		stubAny(okJson(fixture(fixture)));

		api.call(this.clients.withChangedBy(ACTOR), call);

		assertThat(onlyRequest().getHeader(HEADER)).isEqualTo(ACTOR);
	}

	@ParameterizedTest(name = "{1} ({0})")
	@MethodSource("readsThroughBothApis")
	void readOfAChangedByViewNeverCarriesTheHeader(Api api, KeyCall<?> call, String fixture) {
		stubAny(okJson(fixture(fixture)));

		api.call(this.clients.withChangedBy(ACTOR), call);

		assertThat(onlyRequest().containsHeader(HEADER)).isFalse();
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void streamOfAChangedByViewNeverCarriesTheHeader(Api api) {
		stubAny(okJson(fixture("list-full.json")));

		if (api == Api.BLOCKING) {
			try (Stream<KeyInfo> keys = this.clients.withChangedBy(ACTOR).blocking().streamKeys(KeyListQuery.all())) {
				assertThat(keys).hasSize(2);
			}
		}
		else {
			assertThat(this.clients.withChangedBy(ACTOR).reactive().streamKeys(KeyListQuery.all()).collectList()
				.block(Api.TIMEOUT)).hasSize(2);
		}

		assertThat(onlyRequest().containsHeader(HEADER)).isFalse();
	}

	@ParameterizedTest(name = "{1} ({0})")
	@MethodSource("writesThroughBothApis")
	void writeWithoutAnActorCarriesNoHeader(Api api, KeyCall<?> call, String fixture) {
		stubAny(okJson(fixture(fixture)));

		api.call(this.clients, call);

		assertThat(onlyRequest().containsHeader(HEADER)).isFalse();
	}

	@Test
	void changedByViewLeavesTheOriginalClientUnchanged() {
		stubAny(okJson(fixture("block.json")));

		this.clients.withChangedBy(ACTOR);
		this.clients.blocking().blockKey(KEY);

		assertThat(onlyRequest().containsHeader(HEADER)).isFalse();
	}

	@Test
	void configuredDefaultActorGoesOnWritesOnly() {
		stubAny(okJson(fixture("block.json")));
		Api.Clients withDefault = Api.Clients.of(build(clientBuilder().defaultChangedBy("provisioning-job")));

		withDefault.blocking().blockKey(KEY);
		stubAny(okJson(fixture("info.json")));
		withDefault.blocking().keyInfo(KEY);

		assertThat(received()).extracting((request) -> request.getHeader(HEADER))
			.containsExactly("provisioning-job", null);
	}

	@Test
	void aClientKeepsTheSettingsItWasBuiltWithWhenItsBuilderIsChangedBeforeItsFirstCall() {
		stubAny(okJson(fixture("block.json")));
		ReactiveKeyManagementTemplate.Builder builder = clientBuilder().defaultChangedBy("job-a");
		Api.Clients first = Api.Clients.of(build(builder));
		Api.Clients second = Api.Clients.of(build(builder.defaultChangedBy("job-b")
			.changedByResolver(() -> Mono.just("resolved-user"))));

		second.blocking().blockKey(KEY);
		first.blocking().blockKey(KEY);

		assertThat(received()).extracting((request) -> request.getHeader(HEADER))
			.containsExactly("resolved-user", "job-a");
	}

	@Test
	void aClientKeepsTheWebClientBuilderItWasGivenAsItWasWhenBuilt() {
		stubAny(okJson(fixture("block.json")));
		WebClient.Builder given = WebClient.builder().defaultHeader("x-given", "at-build");
		Api.Clients clients = Api.Clients.of(build(clientBuilder().webClientBuilder(given)));
		given.defaultHeader("x-given", "after-build");

		clients.blocking().blockKey(KEY);

		assertThat(received()).extracting((request) -> request.getHeader("x-given")).containsExactly("at-build");
	}

	@Test
	void explicitActorWinsOverResolverAndDefault() {
		stubAny(okJson(fixture("block.json")));
		Api.Clients configured = Api.Clients.of(build(
				clientBuilder().defaultChangedBy("provisioning-job").changedByResolver(() -> Mono.just("resolved-user"))));

		configured.blocking().blockKey(KEY);
		configured.withChangedBy(ACTOR).blocking().blockKey(KEY);

		assertThat(received()).extracting((request) -> request.getHeader(HEADER))
			.containsExactly("resolved-user", ACTOR);
	}

	@Test
	void everyWriteOfARotationCarriesTheActorTheCallersThreadResolved() {
		stubAny(okJson(fixture("info.json")));
		proxy.stubFor(post(urlPathEqualTo("/key/regenerate")).willReturn(okJson(fixture("regenerate.json"))));
		proxy.stubFor(post(urlPathEqualTo("/key/update")).willReturn(okJson(fixture("update.json"))));
		Api.Clients configured = Api.Clients.of(build(clientBuilder().changedByResolver(CALLER::resolve)));

		CALLER.runAs("alice", () -> configured.blocking()
			.rotateKey(KEY, RotateKeyRequest.builder().gracePeriod("1h").strategy(RotationStrategy.REGENERATE).build()));

		assertThat(received()).filteredOn((request) -> !request.getUrl().startsWith("/key/info"))
			.extracting((request) -> request.getHeader(HEADER))
			.isNotEmpty()
			.containsOnly("alice");
	}

	@Test
	void everyCallOfABulkUpdateSentInPartsCarriesTheActorTheCallersThreadResolved() {
		stubAny(okJson("{\"total_requested\":0,\"successful_updates\":[],\"failed_updates\":[]}"));
		Api.Clients configured = Api.Clients.of(build(clientBuilder().changedByResolver(CALLER::resolve)));
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < 501; i++) {
			keys.add("sk-team-%016d".formatted(i));
		}

		CALLER.runAs("alice", () -> configured.blocking()
			.bulkUpdateTeamKeys(TeamKeysUpdate.builder("team-a").keys(keys).rpmLimit(1).build()));

		assertThat(received()).hasSize(2).extracting((request) -> request.getHeader(HEADER)).containsOnly("alice");
	}

	@Test
	void defaultActorStandsInWhenTheResolverKnowsNone() {
		stubAny(okJson(fixture("block.json")));
		Api.Clients configured = Api.Clients.of(
				build(clientBuilder().defaultChangedBy("provisioning-job").changedByResolver(Mono::empty)));

		configured.blocking().blockKey(KEY);

		assertThat(onlyRequest().getHeader(HEADER)).isEqualTo("provisioning-job");
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void anActorOutsideLatin1IsRefusedNamingTheFieldBeforeAnythingIsSent(Api api) {
		stubAny(okJson(fixture("block.json")));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> api.call(this.clients.withChangedBy("ключ"), KeyCall.blockKey(KEY)))
			.withMessageContaining("changedBy")
			.withMessageContaining("ISO-8859-1");

		assertNothingSent();
	}

	@Test
	void aResolvedActorOutsideLatin1FailsTheWriteBeforeAnythingIsSent() {
		stubAny(okJson(fixture("block.json")));
		Api.Clients configured = Api.Clients.of(build(clientBuilder().changedByResolver(() -> Mono.just("张伟"))));

		assertThatIllegalArgumentException().isThrownBy(() -> configured.blocking().blockKey(KEY))
			.withMessageContaining("changedBy")
			.withMessageContaining("ISO-8859-1");

		assertNothingSent();
	}

	@Test
	void aLatin1ActorReachesTheProxyUnchanged() {
		stubAny(okJson(fixture("block.json")));

		this.clients.withChangedBy("José Müller").blocking().blockKey(KEY);

		assertThat(onlyRequest().getHeader(HEADER)).isEqualTo("José Müller");
	}

}
