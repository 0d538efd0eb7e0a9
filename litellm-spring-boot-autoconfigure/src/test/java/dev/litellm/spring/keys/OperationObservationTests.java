package dev.litellm.spring.keys;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.litellm.spring.LiteLlmTransportException;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.litellm.spring.keys.TestKeys.API_KEY;
import static dev.litellm.spring.keys.TestKeys.KEY;
import static dev.litellm.spring.keys.TestKeys.KEY_HASH;
import static dev.litellm.spring.keys.TestKeys.NEW_KEY;
import static dev.litellm.spring.keys.TestKeys.NEW_KEY_HASH;
import static dev.litellm.spring.keys.TestKeys.OTHER_KEY;
import static dev.litellm.spring.keys.TestKeys.OTHER_KEY_HASH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Each operation records one {@code litellm.client.operation} observation whose low-cardinality key values are
 * {@code litellm.operation}, {@code litellm.client}, {@code outcome} and {@code error}, and no key value names a key, a hash or an alias.
 */
class OperationObservationTests extends ProxyTestSupport {

	private static final String OPERATION = "litellm.client.operation";

	private TestObservationRegistry registry;

	/** How often each observation was stopped: a timer records once per stop. */
	private final Map<Observation.Context, Integer> stops = new ConcurrentHashMap<>();

	@BeforeEach
	void observeTheClient() {
		this.registry = TestObservationRegistry.create();
		this.registry.observationConfig().observationHandler(new ObservationHandler<>() {

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

			@Override
			public void onStop(Observation.Context context) {
				OperationObservationTests.this.stops.merge(context, 1, Integer::sum);
			}

		});
		this.reactive = build(clientBuilder().observationRegistry(this.registry));
		this.clients = Api.Clients.of(this.reactive);
	}

	static Stream<Arguments> operations() {
		return Stream.of(
				arguments(KeyCall.generateKey(GenerateKeyRequest.builder().keyAlias("team-a-ci").build()),
						"/key/generate", "generate.json", "key.generate"),
				arguments(KeyCall.updateKey(UpdateKeyRequest.builder(KEY).keyAlias("team-a-ci").build()), "/key/update",
						"update.json", "key.update"),
				arguments(KeyCall.deleteKeys(DeleteKeysRequest.ofAliases("team-a-ci")), "/key/delete", "delete.json",
						"key.delete"),
				arguments(KeyCall.keyInfo(KEY), "/key/info", "info.json", "key.info"),
				arguments(KeyCall.currentKeyInfo(), "/key/info", "info.json", "key.info"),
				arguments(KeyCall.listKeys(KeyListQuery.builder().keyAlias("team-a-ci").keyHash(KEY).build()),
						"/key/list", "list-full.json", "key.list"),
				arguments(KeyCall.blockKey(KEY), "/key/block", "block.json", "key.block"),
				arguments(KeyCall.unblockKey(KEY), "/key/unblock", "unblock.json", "key.unblock"),
				arguments(KeyCall.keyHealth(), "/key/health", "health.json", "key.health"),
				arguments(KeyCall.regenerateKey(KEY, RegenerateKeyRequest.builder().newKey(NEW_KEY).build()),
						"/key/regenerate", "regenerate.json", "key.regenerate"));
	}

	static Stream<Arguments> operationsThroughBothApis() {
		return operations().flatMap((arguments) -> Stream.of(Api.values())
			.map((api) -> arguments(api, arguments.get()[0], arguments.get()[1], arguments.get()[2],
					arguments.get()[3])));
	}

	@ParameterizedTest(name = "{1} ({0})")
	@MethodSource("operationsThroughBothApis")
	void successfulOperationIsOneObservationWithItsName(Api api, KeyCall<?> call, String path, String fixture,
			String operation) {
		stubAny(okJson(fixture(fixture)));

		api.call(this.clients, call);

		assertThat(operationObservations()).singleElement().satisfies((context) -> {
			assertThat(lowCardinality(context)).containsExactlyInAnyOrderEntriesOf(
					Map.of("litellm.client", "default", "litellm.operation", operation, "outcome", "SUCCESS",
							"status", "200", "error", "none", "strategy", "none"));
			assertThat(context.getContextualName()).isEqualTo("litellm " + operation);
			assertThat(this.stops.get(context)).as("stops").isEqualTo(1);
		});
		assertThat(this.registry).hasObservationWithNameEqualTo(OPERATION).that().hasBeenStarted().hasBeenStopped();
	}

	static Stream<Arguments> failures() {
		return Stream.of(
				arguments(envelope(404, "Key not found in database", "not_found_error", "key"), "CLIENT_ERROR",
						"404", "LiteLlmNotFoundException"),
				arguments(envelope(400, "{'error': 'max_budget cannot be negative. Received: -10.0'}", "auth_error",
						"None"), "CLIENT_ERROR", "400", "LiteLlmBadRequestException"),
				arguments(envelope(401, "Authentication Error, No api key passed in.", "auth_error", "None"),
						"CLIENT_ERROR", "401", "LiteLlmAuthenticationException"),
				arguments(envelope(429, "Too many requests", "None", "None"), "CLIENT_ERROR", "429",
						"LiteLlmRateLimitException"),
				arguments(envelope(403, "{'error': 'This feature is only available for LiteLLM Enterprise users: tags.'}",
						"internal_server_error", "None"), "CLIENT_ERROR", "403", "LiteLlmEnterpriseFeatureException"),
				arguments(envelope(500, "Regenerating Virtual Keys is an Enterprise feature, You must be a LiteLLM "
						+ "Enterprise user to use this feature.", "internal_server_error", "None"), "SERVER_ERROR",
						"500", "LiteLlmEnterpriseFeatureException"),
				arguments(aResponse().withStatus(500).withHeader("Content-Type", "text/plain")
					.withBody("Internal Server Error"), "SERVER_ERROR", "500", "LiteLlmServerException"),
				arguments(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
					.withBody("<html><head><title>502 Bad Gateway</title></head></html>"), "SERVER_ERROR", "502",
						"LiteLlmServerException"),
				arguments(okJson("{\"key\":"), "UNKNOWN", "200", "LiteLlmTransportException"));
	}

	@ParameterizedTest(name = "{3}, {1}")
	@MethodSource("failures")
	void failedOperationRecordsItsOutcomeStatusAndExceptionType(ResponseDefinitionBuilder response, String outcome,
			String status, String error) {
		stubAny(response);

		Api.REACTIVE.failure(this.clients, KeyCall.regenerateKey(KEY, null));

		assertThat(operationObservations()).singleElement()
			.satisfies((context) -> assertThat(lowCardinality(context)).containsExactlyInAnyOrderEntriesOf(
					Map.of("litellm.client", "default", "litellm.operation", "key.regenerate", "outcome", outcome,
							"status", status, "error", error, "strategy", "none")));
		assertThat(this.registry).hasObservationWithNameEqualTo(OPERATION).that().hasBeenStopped().hasError();
	}

	@Test
	void refusedConnectionIsAnUnknownOutcome() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		Api.Clients unreachable = Api.Clients.of(
				build(clientBuilder().baseUrl("http://127.0.0.1:" + closedPort).observationRegistry(this.registry)));

		Api.BLOCKING.failure(unreachable, KeyCall.keyHealth());

		assertThat(operationObservations()).singleElement()
			.satisfies((context) -> assertThat(lowCardinality(context)).containsExactlyInAnyOrderEntriesOf(
					Map.of("litellm.client", "default", "litellm.operation", "key.health", "outcome", "UNKNOWN",
							"status", "none", "error", "LiteLlmTransportException", "strategy", "none")));
	}

	@Test
	void callTimeoutIsAnUnknownOutcomeWithoutStatus() {
		stubAny(okJson(fixture("health.json")).withFixedDelay(5_000));
		Api.Clients impatient = Api.Clients
			.of(build(clientBuilder().callTimeout(Duration.ofMillis(200)).observationRegistry(this.registry)));

		Throwable failure = Api.REACTIVE.failure(impatient, KeyCall.keyHealth());

		assertThat(failure).isExactlyInstanceOf(LiteLlmTransportException.class)
			.hasMessageContaining("no complete answer within the call timeout of 200 ms");
		assertThat(operationObservations()).singleElement().satisfies((context) -> {
			assertThat(lowCardinality(context)).containsExactlyInAnyOrderEntriesOf(
					Map.of("litellm.client", "default", "litellm.operation", "key.health", "outcome", "UNKNOWN",
							"status", "none", "error", "LiteLlmTransportException", "strategy", "none"));
			assertThat(this.stops.get(context)).as("stops").isEqualTo(1);
		});
	}

	@Test
	void refusedActorIsAClientErrorAndSendsNothing() {
		Api.Clients configured = Api.Clients.of(build(clientBuilder().observationRegistry(this.registry)
			.changedByResolver(() -> Mono.just("mallory\r\nX-Injected: 1"))));

		Throwable failure = Api.REACTIVE.failure(configured, KeyCall.blockKey(KEY));

		assertThat(failure).isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("changedBy");
		assertNothingSent();
		assertThat(operationObservations()).singleElement()
			.satisfies((context) -> assertThat(lowCardinality(context)).containsExactlyInAnyOrderEntriesOf(
					Map.of("litellm.client", "default", "litellm.operation", "key.block", "outcome", "CLIENT_ERROR",
							"status", "none", "error", "IllegalArgumentException", "strategy", "none")));
	}

	@Test
	void cancelledOperationIsStoppedWithAnUnknownOutcome() {
		stubAny(okJson(fixture("health.json")).withFixedDelay(5_000));

		Disposable call = this.clients.reactive().keyHealth().subscribe();
		await().atMost(Api.TIMEOUT).until(() -> received().size() == 1);
		call.dispose();

		assertThat(this.registry).hasObservationWithNameEqualTo(OPERATION).that().hasBeenStopped();
		assertThat(operationObservations()).singleElement().satisfies((context) -> {
			assertThat(lowCardinality(context)).containsEntry("outcome", "UNKNOWN")
				.containsEntry("litellm.operation", "key.health");
			assertThat(this.stops.get(context)).as("stops").isEqualTo(1);
		});
	}

	@Test
	void namedClientTagsItsOperationsWithItsName() {
		stubAny(okJson(fixture("health.json")));
		ReactiveKeyManagementTemplate named = build(clientBuilder().observationRegistry(this.registry).name("billing"));

		named.keyHealth().block(Api.TIMEOUT);

		assertThat(operationObservations()).singleElement()
			.satisfies((context) -> assertThat(lowCardinality(context)).containsEntry("litellm.client", "billing"));
	}

	@Test
	void blankClientNameIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> clientBuilder().name(" "))
			.withMessageContaining("name");
	}

	@Test
	void cancellingAfterTheAnswerKeepsTheSuccessAndStopsOnce() {
		stubAny(okJson(fixture("health.json")));

		StepVerifier.create(this.clients.reactive().keyHealth().flux().take(1)).expectNextCount(1).verifyComplete();

		assertThat(operationObservations()).singleElement().satisfies((context) -> {
			assertThat(lowCardinality(context)).containsEntry("outcome", "SUCCESS");
			assertThat(this.stops.get(context)).as("stops").isEqualTo(1);
		});
	}

	@Test
	void streamedListIsOneObservationPerPage() {
		proxy.stubFor(get(urlPathEqualTo("/key/list")).willReturn(okJson("""
				{"keys":["%s","%s"],"total_count":3,"current_page":1,"total_pages":2}""".formatted(KEY_HASH,
				OTHER_KEY_HASH))));
		proxy.stubFor(get(urlPathEqualTo("/key/list")).withQueryParam("page", equalTo("2"))
			.willReturn(okJson("""
					{"keys":["%s"],"total_count":3,"current_page":2,"total_pages":2}""".formatted(NEW_KEY_HASH))));

		try (Stream<KeyInfo> keys = this.clients.blocking()
			.streamKeys(KeyListQuery.builder().size(2).returnFullObject(false).build())) {
			assertThat(keys).hasSize(3);
		}

		assertThat(operationObservations()).hasSize(2).allSatisfy((context) -> {
			assertThat(lowCardinality(context)).containsEntry("litellm.operation", "key.list")
				.containsEntry("outcome", "SUCCESS");
			assertThat(this.stops.get(context)).as("stops").isEqualTo(1);
		});
	}

	@Test
	void httpExchangeIsAChildOfTheOperationWhenRecorded() {
		stubAny(okJson(fixture("block.json")));
		Api.Clients recording = Api.Clients
			.of(build(clientBuilder().observationRegistry(this.registry).httpClientRequestsObservation(true)));

		recording.blocking().blockKey(KEY);

		assertThat(this.registry).hasHandledContextsThatSatisfy((contexts) -> {
			Observation.Context http = contexts.stream()
				.filter((context) -> "http.client.requests".equals(context.getName()))
				.findFirst()
				.orElseThrow();
			assertThat(http.getParentObservation()).isNotNull();
			assertThat(http.getParentObservation().getContextView().getName()).isEqualTo(OPERATION);
		});
	}

	@Test
	void httpExchangeIsNotRecordedByDefault() {
		stubAny(okJson(fixture("block.json")));
		WebClient.Builder observedBuilder = WebClient.builder().observationRegistry(this.registry);
		Api.Clients fromObservedBuilder = Api.Clients
			.of(build(clientBuilder().observationRegistry(this.registry).webClientBuilder(observedBuilder)));

		fromObservedBuilder.blocking().blockKey(KEY);

		assertThat(this.registry).hasNumberOfObservationsWithNameEqualTo("http.client.requests", 0)
			.hasNumberOfObservationsWithNameEqualTo(OPERATION, 1);
	}

	@Test
	void retriedOperationRecordsTheStatusOfTheLastAnswer() {
		proxy.stubFor(get(urlPathEqualTo("/key/info")).inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("recovered"));
		proxy.stubFor(get(urlPathEqualTo("/key/info")).inScenario("flaky")
			.whenScenarioStateIs("recovered")
			.willReturn(okJson(fixture("info.json"))));
		ReactiveKeyManagementTemplate retrying = build(clientBuilder().observationRegistry(this.registry)
			.retryPolicy(new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(1))));

		retrying.keyInfo(KEY).block(Api.TIMEOUT);

		assertThat(received()).hasSize(2);
		assertThat(operationObservations()).singleElement()
			.satisfies((context) -> assertThat(lowCardinality(context)).containsEntry("status", "200")
				.containsEntry("outcome", "SUCCESS"));
	}

	@Test
	void noKeyValueNamesAKeyAHashOrAnAlias() {
		List<String> secrets = List.of(API_KEY, KEY, NEW_KEY, OTHER_KEY);
		List<String> identifiers = List.of(KEY_HASH, NEW_KEY_HASH, OTHER_KEY_HASH, "team-a-ci", "team-a", "user-42");

		operations().forEach((arguments) -> {
			stubAny(okJson(fixture((String) arguments.get()[2])));
			Api.BLOCKING.call(this.clients.withChangedBy("alice@example.com"), (KeyCall<?>) arguments.get()[0]);
		});

		assertThat(operationObservations()).hasSize(10).allSatisfy((context) -> {
			List<String> values = allKeyValues(context);
			assertThat(values).allSatisfy((value) -> assertThat(value).doesNotContain(identifiers)
				.doesNotContain(secrets)
				.doesNotContain("alice@example.com"));
		});
		assertThat(this.registry).hasHandledContextsThatSatisfy((contexts) -> assertThat(contexts)
			.flatMap(OperationObservationTests::allKeyValues)
			.allSatisfy((value) -> assertThat(value).doesNotContain(secrets)));
	}

	private List<Observation.Context> operationObservations() {
		List<Observation.Context> operations = new ArrayList<>();
		assertThat(this.registry).hasHandledContextsThatSatisfy((contexts) -> contexts.stream()
			.filter((context) -> OPERATION.equals(context.getName()))
			.forEach(operations::add));
		return operations;
	}

	private static Map<String, String> lowCardinality(Observation.Context context) {
		return context.getLowCardinalityKeyValues()
			.stream()
			.collect(Collectors.toMap(KeyValue::getKey, KeyValue::getValue));
	}

	private static List<String> allKeyValues(Observation.Context context) {
		List<String> values = new ArrayList<>();
		context.getAllKeyValues().forEach((keyValue) -> {
			values.add(keyValue.getKey());
			values.add(keyValue.getValue());
		});
		if (context.getContextualName() != null) {
			values.add(context.getContextualName());
		}
		return values;
	}

}
