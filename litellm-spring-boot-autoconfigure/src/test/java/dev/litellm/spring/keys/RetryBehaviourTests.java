package dev.litellm.spring.keys;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.litellm.spring.LiteLlmApiException;
import dev.litellm.spring.LiteLlmAuthenticationException;
import dev.litellm.spring.LiteLlmNotFoundException;
import dev.litellm.spring.LiteLlmRateLimitException;
import dev.litellm.spring.internal.Secrets;
import dev.litellm.spring.observation.LiteLlmOperationContext;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * What is retried and how: which statuses, how long the client waits ({@code Retry-After} in both forms, the
 * cap, the backoff), how attempts are observed and logged, and that the wire log hides every secret.
 */
class RetryBehaviourTests {

	/** Not of the {@code sk-} form: the client must mask it by value. */
	static final String API_KEY = "litellm-master-not-sk-form-4242";

	static final String KEY = "sk-retry-tests-key-000111222";

	static final String HASH = Secrets.sha256(KEY);

	static final String ROW = "{\"token\":\"" + HASH + "\",\"key_alias\":\"a\"}";

	@RegisterExtension
	static final SecretLeakGuard guard = SecretLeakGuard.watching(API_KEY, KEY);

	@RegisterExtension
	static final LoopbackWireMock proxy = new LoopbackWireMock();

	static Stream<Arguments> statuses() {
		List<Arguments> cases = new ArrayList<>();
		for (int status : new int[] { 400, 401, 403, 404, 422, 429, 500, 502, 503, 504 }) {
			boolean transientStatus = status == 429 || status >= 502;
			cases.add(Arguments.of(status, "key.info", transientStatus ? 3 : 1));
			cases.add(Arguments.of(status, "key.update", transientStatus ? 3 : 1));
			cases.add(Arguments.of(status, "key.generate", 1));
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} on {1}: {2} request(s)")
	@MethodSource("statuses")
	void onlyTransientStatusesAreRetriedAndNeverForAWriteThatMayCreateAKey(int status, String operation,
			int requests) {
		Map<String, Function<ReactiveKeyManagementOperations, Mono<?>>> operations = Map.of("key.info",
				(client) -> client.keyInfo(KEY), "key.update",
				(client) -> client.updateKey(UpdateKeyRequest.builder(KEY).maxBudget(1.0).build()), "key.generate",
				(client) -> client.generateKey(GenerateKeyRequest.builder().build()));
		proxy.stubFor(route(operation).willReturn(aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"message\":\"status " + status + "\",\"type\":\"None\",\"param\":\"None\",\"code\":\""
					+ status + "\"}}")));
		try (ReactiveKeyManagementTemplate client = builder().build()) {
			assertThatExceptionOfType(LiteLlmApiException.class)
				.isThrownBy(() -> operations.get(operation).apply(client).block())
				.satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(status));
			assertThat(proxy.countRequestsMatching(anyRequestedFor(anyUrl()).build()).getCount()).isEqualTo(requests);
		}
	}

	@Test
	void retryAfterAsAnHttpDateIsWaitedOut() {
		String inTwoSeconds = DateTimeFormatter.RFC_1123_DATE_TIME
			.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2));
		proxy.stubFor(get(urlPathEqualTo("/key/info")).inScenario("busy")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503).withHeader("Retry-After", inTwoSeconds))
			.willSetStateTo("free"));
		proxy.stubFor(get(urlPathEqualTo("/key/info")).inScenario("busy")
			.whenScenarioStateIs("free")
			.willReturn(okJson(info())));
		try (ReactiveKeyManagementTemplate client = builder()
			.retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofSeconds(3)))
			.build()) {
			long start = System.nanoTime();
			assertThat(client.keyInfo(KEY).block().info().keyAlias()).isEqualTo("a");
			// The date has whole seconds: the wait is between one and two seconds.
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(900));
			assertThat(proxy.getAllServeEvents()).hasSize(2);
		}
	}

	@Test
	void retryAfterBeyondTheCapFailsAtOnceCarryingTheWait() {
		String inAMinute = DateTimeFormatter.RFC_1123_DATE_TIME
			.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(60));
		proxy.stubFor(get(urlPathEqualTo("/key/info"))
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", inAMinute)));
		try (ReactiveKeyManagementTemplate client = builder().build()) {
			long start = System.nanoTime();
			assertThatExceptionOfType(LiteLlmRateLimitException.class).isThrownBy(() -> client.keyInfo(KEY).block())
				.satisfies((ex) -> assertThat(ex.retryAfter()).isBetween(Duration.ofSeconds(55), Duration.ofSeconds(60)));
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
			assertThat(proxy.getAllServeEvents()).hasSize(1);
		}
	}

	@Test
	void aServiceUnavailableAskingForTooLongAWaitIsReportedAsRateLimited() {
		proxy.stubFor(post("/key/update").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "30")
			.withBody("down for maintenance")));
		try (ReactiveKeyManagementTemplate client = builder().build()) {
			assertThatExceptionOfType(LiteLlmRateLimitException.class)
				.isThrownBy(() -> client.updateKey(UpdateKeyRequest.builder(KEY).maxBudget(1.0).build()).block())
				.satisfies((ex) -> {
					assertThat(ex.statusCode()).isEqualTo(503);
					assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(30));
					assertThat(ex.errorMessage()).contains("longer than the maximum backoff");
				});
			assertThat(proxy.getAllServeEvents()).hasSize(1);
		}
	}

	@Test
	void aDeleteRetriedAfterAnUnclearAttemptThatFindsNothingLeftSaysItCannotTellWhetherItDeletedThem() {
		// The first attempt may have deleted the key, or the request was lost on the way and the key never
		// existed: the client cannot tell, so it must not report the key deleted.
		proxy.stubFor(post("/key/delete").inScenario("deleted")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
			.willSetStateTo("gone"));
		proxy.stubFor(post("/key/delete").inScenario("deleted").whenScenarioStateIs("gone").willReturn(noKeysFound()));
		try (ReactiveKeyManagementTemplate client = builder().build()) {
			assertThatExceptionOfType(LiteLlmNotFoundException.class)
				.isThrownBy(() -> client.deleteKeys(DeleteKeysRequest.ofKeys(KEY)).block())
				.satisfies((ex) -> {
					assertThat(ex.statusCode()).isEqualTo(404);
					assertThat(ex.errorMessage()).contains("No keys found")
						.contains("an earlier attempt of this delete, whose outcome is unclear, may have deleted them, "
								+ "or they never existed");
				});
			assertThat(proxy.getAllServeEvents()).hasSize(2);
		}
	}

	@Test
	void aDeleteOfKeysThatDoNotExistIsStillNotFound() {
		proxy.stubFor(post("/key/delete").willReturn(noKeysFound()));
		try (ReactiveKeyManagementTemplate client = builder().build()) {
			assertThatExceptionOfType(LiteLlmNotFoundException.class)
				.isThrownBy(() -> client.deleteKeys(DeleteKeysRequest.ofKeys(KEY)).block());
			assertThat(proxy.getAllServeEvents()).hasSize(1);
		}
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder noKeysFound() {
		return aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"message\":\"{'error': 'No keys found'}\",\"type\":\"internal_server_error\","
					+ "\"param\":\"None\",\"code\":\"404\"}}");
	}

	@Test
	void oneObservationSpansEveryAttempt() {
		proxy.stubFor(get(urlPathEqualTo("/key/info")).inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(502))
			.willSetStateTo("flaky again"));
		proxy.stubFor(get(urlPathEqualTo("/key/info")).inScenario("flaky")
			.whenScenarioStateIs("flaky again")
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
			.willSetStateTo("fine"));
		proxy.stubFor(get(urlPathEqualTo("/key/info")).inScenario("flaky")
			.whenScenarioStateIs("fine")
			.willReturn(okJson(info())));
		RecordingHandler observations = new RecordingHandler();
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(observations);
		try (ReactiveKeyManagementTemplate client = builder().observationRegistry(registry).build()) {
			client.keyInfo(KEY).block();

			assertThat(proxy.getAllServeEvents()).hasSize(3);
			assertThat(observations.started).containsExactly("key.info");
			assertThat(observations.stopped).containsExactly("key.info SUCCESS");
		}
	}

	@Test
	void aRecoveredGenerateIsOneObservationWithItsLookupInside() {
		proxy.stubFor(post("/key/generate").willReturn(okJson("{}").withFixedDelay(1000)));
		proxy.stubFor(get(urlPathEqualTo("/key/info")).willReturn(okJson(info())));
		RecordingHandler observations = new RecordingHandler();
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(observations);
		try (ReactiveKeyManagementTemplate client = builder().observationRegistry(registry)
			.clientGeneratedKeys(true)
			.build()) {
			guard.watch(client.generateKey(GenerateKeyRequest.builder().build()).block().key());

			assertThat(observations.started).containsExactly("key.generate");
			assertThat(observations.stopped).containsExactly("key.generate SUCCESS");
		}
	}

	@Test
	void everyAttemptIsLoggedWithItsNumberMethodPathAndOutcome() {
		proxy.stubFor(get(urlPathEqualTo("/key/info")).inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("reset"));
		proxy.stubFor(get(urlPathEqualTo("/key/info")).inScenario("flaky")
			.whenScenarioStateIs("reset")
			.willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE))
			.willSetStateTo("fine"));
		proxy.stubFor(get(urlPathEqualTo("/key/info")).inScenario("flaky")
			.whenScenarioStateIs("fine")
			.willReturn(okJson(info())));
		try (ReactiveKeyManagementTemplate client = builder().build()) {
			client.keyInfo(KEY).block();
		}
		List<String> attempts = guard.wireLines().stream().filter((line) -> line.startsWith("key.info attempt")).toList();
		assertThat(attempts).hasSize(5);
		assertThat(attempts.get(0)).matches("key\\.info attempt 1: GET /key/info\\?key=" + HASH + " -> 503 in \\d+ ms");
		assertThat(attempts.get(1)).matches("key\\.info attempt 1 failed \\(LiteLlmServerException 503\\); retrying in \\d+ ms");
		assertThat(attempts.get(2)).matches("key\\.info attempt 2: GET /key/info\\?key=" + HASH
				+ " failed after \\d+ ms: PrematureCloseException: Connection prematurely closed BEFORE response");
		assertThat(attempts.get(3)).startsWith("key.info attempt 2 failed (LiteLlmTransportException caused by");
		assertThat(attempts.get(4)).matches("key\\.info attempt 3: GET /key/info\\?key=" + HASH + " -> 200 in \\d+ ms");
	}

	@Test
	void attemptsAreNumberedFromOneForEverySubscription() {
		proxy.stubFor(post("/key/health").willReturn(aResponse().withStatus(503)));
		try (ReactiveKeyManagementTemplate client = builder()
			.retryPolicy(new RetryPolicy(2, Duration.ofMillis(5), Duration.ofMillis(10)))
			.build()) {
			Mono<KeyHealthResponse> health = client.keyHealth();
			health.onErrorComplete().block();
			health.onErrorComplete().block();
		}
		assertThat(guard.wireLines()).filteredOn((line) -> line.contains(": POST /key/health"))
			.map((line) -> line.substring(0, "key.health attempt 1".length()))
			.containsExactly("key.health attempt 1", "key.health attempt 2", "key.health attempt 1",
					"key.health attempt 2");
	}

	@Test
	void traceBodiesMaskEverySecretField() {
		String newMasterKey = "new-master-secret-no-prefix-77";
		guard.watch(newMasterKey);
		proxy.stubFor(post("/key/regenerate").willReturn(okJson("{\"key\":\"sk-regenerated-by-proxy-0099\","
				+ "\"token_id\":\"" + Secrets.sha256("x") + "\",\"api_key\":\"" + newMasterKey + "\"}")));
		try (ReactiveKeyManagementTemplate client = builder().build()) {
			client.regenerateKey(KEY,
					RegenerateKeyRequest.builder().newKey("sk-chosen-new-key-0123456").newMasterKey(newMasterKey).build())
				.block();
		}
		List<String> bodies = guard.wireLines().stream().filter((line) -> line.contains(" body")).toList();
		assertThat(bodies).hasSize(2);
		assertThat(bodies.get(0)).contains("\"new_key\":\"sk-...3456\"", "\"new_master_key\":\"****\"",
				"\"key\":\"sk-...1222\"");
		assertThat(bodies.get(1)).contains("\"key\":\"sk-...0099\"", "\"api_key\":\"****\"",
				"\"token_id\":\"" + Secrets.sha256("x") + "\"");
	}

	@Test
	void theApiKeyIsMaskedInErrorsWhateverItsForm() {
		proxy.stubFor(get(urlPathEqualTo("/key/info")).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"message\":\"Authentication Error, Invalid proxy server token passed. Received API "
					+ "Key = " + API_KEY + "\",\"type\":\"token_not_found_in_db\",\"param\":\"key\",\"code\":\"401\"}}")));
		try (ReactiveKeyManagementTemplate client = builder().build()) {
			assertThatExceptionOfType(LiteLlmAuthenticationException.class)
				.isThrownBy(() -> client.keyInfo(KEY).block())
				.satisfies((ex) -> {
					assertThat(ex.getMessage()).doesNotContain(API_KEY);
					assertThat(ex.errorMessage()).doesNotContain(API_KEY).contains("Received API Key = ****");
					assertThat(ex.responseBody()).doesNotContain(API_KEY);
				});
		}
	}

	private static MappingBuilder route(String operation) {
		return switch (operation) {
			case "key.info" -> get(urlPathEqualTo("/key/info"));
			case "key.update" -> post("/key/update");
			case "key.generate" -> post("/key/generate");
			default -> throw new IllegalArgumentException(operation);
		};
	}

	private static String info() {
		return "{\"key\":\"" + HASH + "\",\"info\":{\"key_alias\":\"a\"}}";
	}

	private static ReactiveKeyManagementTemplate.Builder builder() {
		return ReactiveKeyManagementTemplate.builder()
			.baseUrl(proxy.baseUrl())
			.apiKey(API_KEY)
			.readTimeout(Duration.ofMillis(300))
			.retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(100)));
	}

	/** Records this client's operation observations (not WebClient's per-request ones). */
	static final class RecordingHandler implements ObservationHandler<LiteLlmOperationContext> {

		final List<String> started = new CopyOnWriteArrayList<>();

		final List<String> stopped = new CopyOnWriteArrayList<>();

		@Override
		public void onStart(LiteLlmOperationContext context) {
			this.started.add(context.getOperation());
		}

		@Override
		public void onStop(LiteLlmOperationContext context) {
			this.stopped.add(context.getOperation() + " " + context.getOutcome());
		}

		@Override
		public boolean supportsContext(Observation.Context context) {
			return context instanceof LiteLlmOperationContext;
		}

	}

}
