package dev.litellm.spring.keys;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.litellm.spring.LiteLlmBadRequestException;
import dev.litellm.spring.LiteLlmServerException;
import dev.litellm.spring.LiteLlmTransportException;
import dev.litellm.spring.internal.Secrets;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Generate and regenerate with the new key known before the call (client-generated keys, or a key the caller
 * chose): in every interleaving of a failed write, a late write and a failing lookup that WireMock can produce,
 * the caller ends up with the one key the proxy holds and its secret, or with a failure that says nothing was
 * created, or with a failure that says what to look up; never with a second key or a lost secret.
 */
class KeyCreationRecoveryTests {

	static final String API_KEY = "sk-master-recovery-tests-0001";

	static final String OLD_KEY = "sk-old-key-being-rotated-0002";

	static final String CUSTOM_KEY = "sk-custom-key-chosen-by-the-caller-0003";

	/** A write answered later than this has timed out, though the proxy went on and created the key. */
	static final Duration READ_TIMEOUT = Duration.ofMillis(300);

	static final JsonMapper json = JsonMapper.builder().build();

	@RegisterExtension
	static final SecretLeakGuard guard = SecretLeakGuard.watching(API_KEY, OLD_KEY, CUSTOM_KEY);

	@RegisterExtension
	static final LoopbackWireMock proxy = new LoopbackWireMock();

	@Test
	void generateThatTimedOutAfterTheProxyCreatedTheKeyAnswersWithTheSecretAfterOneLookup() {
		proxy.stubFor(post("/key/generate").willReturn(generated("key").withFixedDelay(1000)));
		proxy.stubFor(get(urlPathEqualTo("/key/info")).willReturn(okJson(INFO)));
		try (ReactiveKeyManagementTemplate client = client(true)) {
			GenerateKeyResponse response = client.generateKey(GenerateKeyRequest.builder().keyAlias("ci").build())
				.block();
			guard.watch(response.key());

			List<String> sentKeys = sentValues("/key/generate", "key");
			assertThat(sentKeys).as("one generate request").hasSize(1);
			assertThat(response.key()).isEqualTo(sentKeys.get(0)).matches("sk-[A-Za-z0-9_-]{22}");
			String hash = Secrets.sha256(response.key());
			assertThat(response.tokenId()).isEqualTo(hash);
			assertThat(response.token()).isEqualTo(hash);
			assertThat(response.keyAlias()).isEqualTo("recovered");
			assertThat(response.maxBudget()).isEqualTo(10.0);
			assertThat(response.models()).containsExactly("gpt-4o");
			assertThat(response.expires()).isNotNull();
			assertThat(response.additionalProperties()).as("only the fields of a generate answer").isEmpty();
			assertThat(proxy.findAll(getRequestedFor(urlPathEqualTo("/key/info")))).singleElement()
				.satisfies((lookup) -> assertThat(lookup.queryParameter("key").firstValue()).isEqualTo(hash));
		}
	}

	@Test
	void generateResetBeforeTheProxyStoredTheKeyIsSentAgainWithTheSameKey() {
		proxy.stubFor(post("/key/generate").inScenario("reset")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
			.willSetStateTo("reset once"));
		proxy.stubFor(post("/key/generate").inScenario("reset")
			.whenScenarioStateIs("reset once")
			.willReturn(generated("key")));
		proxy.stubFor(get(urlPathEqualTo("/key/info")).willReturn(notFound()));
		try (ReactiveKeyManagementTemplate client = client(true)) {
			GenerateKeyResponse response = client.generateKey(GenerateKeyRequest.builder().build()).block();
			guard.watch(response.key());

			List<String> sentKeys = sentValues("/key/generate", "key");
			assertThat(sentKeys).hasSize(2).containsOnly(response.key());
			assertThat(response.keyAlias()).as("the proxy's own answer to the second write").isEqualTo("ci");
			assertThat(proxy.findAll(getRequestedFor(urlPathEqualTo("/key/info")))).hasSize(1);
		}
	}

	@Test
	void lookupThatFailsOnceIsRetriedLikeAnyRead() {
		proxy.stubFor(post("/key/generate").willReturn(generated("key").withFixedDelay(1000)));
		proxy.stubFor(get(urlPathEqualTo("/key/info")).inScenario("flaky lookup")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503).withBody("upstream unavailable"))
			.willSetStateTo("up"));
		proxy.stubFor(get(urlPathEqualTo("/key/info")).inScenario("flaky lookup")
			.whenScenarioStateIs("up")
			.willReturn(okJson(INFO)));
		try (ReactiveKeyManagementTemplate client = client(true)) {
			GenerateKeyResponse response = client.generateKey(GenerateKeyRequest.builder().build()).block();
			guard.watch(response.key());

			assertThat(response.key()).isEqualTo(sentValues("/key/generate", "key").get(0));
			assertThat(proxy.findAll(postRequestedFor(urlPathEqualTo("/key/generate")))).hasSize(1);
			assertThat(proxy.findAll(getRequestedFor(urlPathEqualTo("/key/info")))).hasSize(2);
		}
	}

	@Test
	void whenEveryWriteTimesOutAndTheKeyIsNotFoundTheFailureNamesItsHashWithoutClaimingNothingWasCreated() {
		// Each write is still being answered (the proxy still working on it) when the last lookup runs: the key
		// may be created after the client gave up, so the client must not say that nothing was.
		proxy.stubFor(post("/key/generate").willReturn(generated("key").withFixedDelay(1000)));
		proxy.stubFor(get(urlPathEqualTo("/key/info")).willReturn(notFound()));
		try (ReactiveKeyManagementTemplate client = client(true)) {
			assertThatExceptionOfType(LiteLlmTransportException.class)
				.isThrownBy(() -> client.generateKey(GenerateKeyRequest.builder().build()).block())
				.withMessageContaining("ReadTimeoutException")
				.withMessageContaining("did not exist on the proxy when last looked up, but a write still in "
						+ "progress there may yet create it")
				.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("nothing was created")
					.contains(Secrets.sha256(sentValues("/key/generate", "key").get(0))));

			List<String> sentKeys = sentValues("/key/generate", "key");
			assertThat(sentKeys).as("max-attempts writes, all with the same key").hasSize(3);
			assertThat(sentKeys.stream().distinct()).hasSize(1);
			assertThat(proxy.findAll(getRequestedFor(urlPathEqualTo("/key/info")))).hasSize(3);
		}
	}

	@Test
	void whenTheLookupKeepsFailingTheFailureNamesTheHashToCheckButNotTheKey() {
		proxy.stubFor(post("/key/generate").willReturn(generated("key").withFixedDelay(1000)));
		proxy.stubFor(get(urlPathEqualTo("/key/info")).willReturn(aResponse().withStatus(502).withBody("bad gateway")));
		try (ReactiveKeyManagementTemplate client = client(true)) {
			LiteLlmTransportException failure = org.junit.jupiter.api.Assertions.assertThrows(
					LiteLlmTransportException.class,
					() -> client.generateKey(GenerateKeyRequest.builder().build()).block());

			// The proxy records the write once it answered, after its delay; the client gave up before that.
			await().atMost(Api.TIMEOUT).until(() -> !sentValues("/key/generate", "key").isEmpty());
			String sentKey = sentValues("/key/generate", "key").get(0);
			guard.watch(sentKey);
			assertThat(failure.getMessage()).contains("could not be checked")
				.contains(Secrets.sha256(sentKey))
				.doesNotContain(sentKey);
			assertThat(failure.getSuppressed()).as("the lookup's failure")
				.anySatisfy((suppressed) -> assertThat(suppressed).isInstanceOf(LiteLlmServerException.class));
			assertThat(proxy.findAll(postRequestedFor(urlPathEqualTo("/key/generate")))).hasSize(1);
			assertThat(proxy.findAll(getRequestedFor(urlPathEqualTo("/key/info")))).hasSize(3);
		}
	}

	@Test
	void aKeyTheCallerChoseIsRecoveredEvenWithClientGeneratedKeysOff() {
		proxy.stubFor(post("/key/generate").willReturn(generated("key").withFixedDelay(1000)));
		proxy.stubFor(get(urlPathEqualTo("/key/info")).withQueryParam("key", equalTo(Secrets.sha256(CUSTOM_KEY)))
			.willReturn(okJson(INFO)));
		try (ReactiveKeyManagementTemplate client = client(false)) {
			GenerateKeyResponse response = client.generateKey(GenerateKeyRequest.builder().key(CUSTOM_KEY).build())
				.block();

			assertThat(response.key()).isEqualTo(CUSTOM_KEY);
			assertThat(response.tokenId()).isEqualTo(Secrets.sha256(CUSTOM_KEY));
			assertThat(proxy.findAll(postRequestedFor(urlPathEqualTo("/key/generate")))).hasSize(1);
		}
	}

	@Test
	void regenerateThatTimedOutAfterTheRotationAnswersWithTheNewSecret() {
		proxy.stubFor(post("/key/regenerate").willReturn(generated("new_key").withFixedDelay(1000)));
		proxy.stubFor(get(urlPathEqualTo("/key/info")).willReturn(okJson(INFO)));
		try (ReactiveKeyManagementTemplate client = client(true)) {
			GenerateKeyResponse response = client
				.regenerateKey(OLD_KEY, RegenerateKeyRequest.builder().gracePeriod("24h").build())
				.block();
			guard.watch(response.key());

			List<LoggedRequest> writes = proxy.findAll(postRequestedFor(urlPathEqualTo("/key/regenerate")));
			assertThat(writes).hasSize(1);
			JsonNode body = json.readTree(writes.get(0).getBodyAsString());
			assertThat(body.get("key").asString()).isEqualTo(OLD_KEY);
			assertThat(body.get("grace_period").asString()).isEqualTo("24h");
			assertThat(response.key()).isEqualTo(body.get("new_key").asString()).isNotEqualTo(OLD_KEY);
			assertThat(response.tokenId()).isEqualTo(Secrets.sha256(response.key()));
			assertThat(response.token()).as("as the proxy answers a regenerate").isNull();
			assertThat(proxy.findAll(getRequestedFor(urlPathEqualTo("/key/info")))).singleElement()
				.satisfies((lookup) -> assertThat(lookup.queryParameter("key").firstValue())
					.isEqualTo(Secrets.sha256(response.key())));
		}
	}

	@Test
	void aRepeatedWriteRefusedBecauseTheFirstOneLandedLateIsAnsweredWithTheKey() {
		// The first write is still running on the proxy when the lookup finds nothing; it lands before the second.
		proxy.stubFor(post("/key/generate").inScenario("late write")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(generated("key").withFixedDelay(1000))
			.willSetStateTo("first write sent"));
		proxy.stubFor(get(urlPathEqualTo("/key/info")).inScenario("late write")
			.whenScenarioStateIs("first write sent")
			.willReturn(notFound())
			.willSetStateTo("first lookup answered"));
		proxy.stubFor(post("/key/generate").inScenario("late write")
			.whenScenarioStateIs("first lookup answered")
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
				.withBody("{\"error\":{\"message\":\"Unique constraint failed on the fields: (`token`)\","
						+ "\"type\":\"bad_request_error\",\"param\":\"None\",\"code\":\"400\"}}"))
			.willSetStateTo("key exists"));
		proxy.stubFor(get(urlPathEqualTo("/key/info")).inScenario("late write")
			.whenScenarioStateIs("key exists")
			.willReturn(okJson(INFO)));
		try (ReactiveKeyManagementTemplate client = client(true)) {
			GenerateKeyResponse response = client.generateKey(GenerateKeyRequest.builder().build()).block();
			guard.watch(response.key());

			// The first write's delayed answer may still be on its way into the proxy's request journal.
			await().atMost(Api.TIMEOUT)
				.untilAsserted(() -> assertThat(sentValues("/key/generate", "key")).hasSize(2)
					.containsOnly(response.key()));
			assertThat(proxy.findAll(getRequestedFor(urlPathEqualTo("/key/info")))).hasSize(2);
		}
	}

	@Test
	void anUnreadableSuccessIsAnsweredWithTheKeyFromTheLookup() {
		proxy.stubFor(post("/key/generate").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html")
			.withBody("<html><body>Welcome to nginx!</body></html>")));
		proxy.stubFor(get(urlPathEqualTo("/key/info")).willReturn(okJson(INFO)));
		try (ReactiveKeyManagementTemplate client = client(true)) {
			GenerateKeyResponse response = client.generateKey(GenerateKeyRequest.builder().build()).block();
			guard.watch(response.key());

			assertThat(response.key()).isEqualTo(sentValues("/key/generate", "key").get(0));
			assertThat(response.keyAlias()).isEqualTo("recovered");
			assertThat(proxy.findAll(postRequestedFor(urlPathEqualTo("/key/generate")))).hasSize(1);
			assertThat(proxy.findAll(getRequestedFor(urlPathEqualTo("/key/info")))).hasSize(1);
		}
	}

	@Test
	void aServerErrorAfterTheKeyWasStoredIsAnsweredWithTheKey() {
		proxy.stubFor(post("/key/generate").willReturn(aResponse().withStatus(500).withBody("Internal Server Error")));
		proxy.stubFor(get(urlPathEqualTo("/key/info")).willReturn(okJson(INFO)));
		try (ReactiveKeyManagementTemplate client = client(true)) {
			GenerateKeyResponse response = client.generateKey(GenerateKeyRequest.builder().build()).block();
			guard.watch(response.key());

			assertThat(response.key()).isEqualTo(sentValues("/key/generate", "key").get(0));
			assertThat(proxy.findAll(getRequestedFor(urlPathEqualTo("/key/info")))).hasSize(1);
		}
	}

	@Test
	void aServerErrorWithoutAKeyIsReportedAndNotRetried() {
		proxy.stubFor(post("/key/generate").willReturn(aResponse().withStatus(500).withBody("Internal Server Error")));
		proxy.stubFor(get(urlPathEqualTo("/key/info")).willReturn(notFound()));
		try (ReactiveKeyManagementTemplate client = client(true)) {
			assertThatExceptionOfType(LiteLlmServerException.class)
				.isThrownBy(() -> client.generateKey(GenerateKeyRequest.builder().build()).block())
				.satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(500));

			assertThat(proxy.findAll(postRequestedFor(urlPathEqualTo("/key/generate")))).hasSize(1);
			assertThat(proxy.findAll(getRequestedFor(urlPathEqualTo("/key/info")))).hasSize(1);
		}
	}

	@Test
	void aRefusedFirstWriteIsReportedWithoutALookup() {
		proxy.stubFor(post("/key/generate").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"message\":\"Key with alias 'ci' already exists.\",\"type\":\"bad_request_error\","
					+ "\"param\":\"key_alias\",\"code\":\"400\"}}")));
		try (ReactiveKeyManagementTemplate client = client(true)) {
			assertThatExceptionOfType(LiteLlmBadRequestException.class)
				.isThrownBy(() -> client.generateKey(GenerateKeyRequest.builder().keyAlias("ci").build()).block());

			assertThat(proxy.findAll(postRequestedFor(urlPathEqualTo("/key/generate")))).hasSize(1);
			assertThat(proxy.findAll(getRequestedFor(urlPathEqualTo("/key/info")))).isEmpty();
		}
	}

	@Test
	void everyCallGetsItsOwnClientGeneratedKeyAndACallerKeyIsKept() {
		proxy.stubFor(post("/key/generate").willReturn(generated("key")));
		try (ReactiveKeyManagementTemplate client = client(true)) {
			String first = client.generateKey(GenerateKeyRequest.builder().build()).block().key();
			String second = client.generateKey(GenerateKeyRequest.builder().build()).block().key();
			String chosen = client.generateKey(GenerateKeyRequest.builder().key(CUSTOM_KEY).build()).block().key();
			guard.watch(first);
			guard.watch(second);

			assertThat(List.of(first, second)).allMatch((key) -> key.matches("sk-[A-Za-z0-9_-]{22}"));
			assertThat(first).isNotEqualTo(second);
			assertThat(chosen).isEqualTo(CUSTOM_KEY);
			assertThat(sentValues("/key/generate", "key")).containsExactly(first, second, CUSTOM_KEY);
		}
	}

	@Test
	void withoutAKnownKeyAnUnclearFailureIsNotRetriedAndSaysTheKeyMayExist() {
		proxy.stubFor(post("/key/generate").willReturn(generated("key").withFixedDelay(1000)));
		try (ReactiveKeyManagementTemplate client = client(false)) {
			assertThatExceptionOfType(LiteLlmTransportException.class)
				.isThrownBy(() -> client.generateKey(GenerateKeyRequest.builder().build()).block())
				.withMessageContaining("the proxy may have created the key");

			assertThat(proxy.findAll(postRequestedFor(urlPathEqualTo("/key/generate")))).hasSize(1);
			assertThat(proxy.findAll(getRequestedFor(urlPathEqualTo("/key/info")))).isEmpty();
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 502, 503, 504 })
	void aGatewayErrorWithoutAKnownKeySaysTheKeyMayExist(int status) {
		proxy.stubFor(post("/key/generate").willReturn(aResponse().withStatus(status).withBody("<html>gateway</html>")));
		proxy.stubFor(post("/key/regenerate").willReturn(aResponse().withStatus(status).withBody("<html>gateway</html>")));
		try (ReactiveKeyManagementTemplate client = client(false)) {
			assertThatExceptionOfType(LiteLlmServerException.class)
				.isThrownBy(() -> client.generateKey(GenerateKeyRequest.builder().build()).block())
				.satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(status))
				.withMessageContaining("the proxy may have created the key");
			assertThatExceptionOfType(LiteLlmServerException.class)
				.isThrownBy(() -> client.regenerateKey(OLD_KEY, null).block())
				.satisfies((ex) -> assertThat(ex.errorMessage()).contains("the proxy may have created the key"));
			assertThat(proxy.getAllServeEvents()).as("not retried").hasSize(2);
		}
	}

	@Test
	void aGenerateDisposedAfterItsRequestLeftTellsTheListenerTheKeyAndItsHash() {
		proxy.stubFor(post("/key/generate").willReturn(generated("key").withFixedDelay(2000)));
		List<AbandonedKeyCreation> abandoned = new CopyOnWriteArrayList<>();
		try (ReactiveKeyManagementTemplate client = client(true, Duration.ofSeconds(10), abandoned::add)) {
			Disposable call = client.generateKey(GenerateKeyRequest.builder().build()).subscribe();
			await().atMost(Duration.ofSeconds(10)).until(() -> !sentValues("/key/generate", "key").isEmpty());

			call.dispose();

			String sent = sentValues("/key/generate", "key").get(0);
			guard.watch(sent);
			assertThat(abandoned).singleElement().satisfies((creation) -> {
				assertThat(creation.operation()).isEqualTo("key.generate");
				assertThat(creation.keyHash()).isEqualTo(Secrets.sha256(sent));
				assertThat(creation.key()).isEqualTo(sent);
				assertThat(creation.toString()).doesNotContain(sent).contains(Secrets.sha256(sent));
			});
		}
	}

	@Test
	void aRegenerateTimedOutByItsCallerWithoutAKnownKeyTellsTheListenerAKeyMayExist() {
		proxy.stubFor(post("/key/regenerate").willReturn(generated("key").withFixedDelay(2000)));
		List<AbandonedKeyCreation> abandoned = new CopyOnWriteArrayList<>();
		try (ReactiveKeyManagementTemplate client = client(false, Duration.ofSeconds(10), abandoned::add)) {
			// Time the call out once its request reached the proxy.
			Mono<GenerateKeyResponse> timedOut = client.regenerateKey(OLD_KEY, null)
				.timeout(Mono.fromCallable(() -> proxy.getAllServeEvents().size())
					.filter((received) -> received > 0)
					.repeatWhenEmpty((ticks) -> ticks.delayElements(Duration.ofMillis(20))));

			StepVerifier.create(timedOut).expectError(TimeoutException.class).verify(Duration.ofSeconds(10));

			assertThat(abandoned).singleElement().satisfies((creation) -> {
				assertThat(creation.operation()).isEqualTo("key.regenerate");
				assertThat(creation.keyHash()).isNull();
				assertThat(creation.key()).isNull();
				assertThat(creation.describe()).contains("may have created a key");
			});
		}
	}

	@Test
	void aBlockingGenerateInterruptedAfterItsRequestLeftThrowsTheKeyThatMayExist() throws Exception {
		proxy.stubFor(post("/key/generate").willReturn(generated("key").withFixedDelay(2000)));
		List<AbandonedKeyCreation> toldTheListener = new CopyOnWriteArrayList<>();
		try (ReactiveKeyManagementTemplate client = client(true, Duration.ofSeconds(10), toldTheListener::add)) {
			KeyManagementOperations blocking = new KeyManagementTemplate(client);
			Interrupted outcome = interruptedOnceSent(
					() -> blocking.generateKey(GenerateKeyRequest.builder().build()),
					() -> !sentValues("/key/generate", "key").isEmpty());

			String sent = sentValues("/key/generate", "key").get(0);
			guard.watch(sent);
			assertThat(outcome.interruptFlag()).as("interrupt flag kept").isTrue();
			assertThat(outcome.failure()).isInstanceOfSatisfying(KeyCreationAbandonedException.class, (ex) -> {
				assertThat(ex.creation().key()).isEqualTo(sent);
				assertThat(ex.creation().keyHash()).isEqualTo(Secrets.sha256(sent));
				assertThat(ex.getMessage()).contains(Secrets.sha256(sent)).doesNotContain(sent);
				assertThat(ex.getCause()).isInstanceOf(InterruptedException.class);
			});
			assertThat(toldTheListener).as("the caller learns it from the exception").isEmpty();
		}
	}

	@Test
	void anInterruptedBlockingReadThrowsATransportExceptionAndKeepsTheInterruptFlag() throws Exception {
		proxy.stubFor(get(urlPathEqualTo("/key/info")).willReturn(okJson(INFO).withFixedDelay(2000)));
		try (ReactiveKeyManagementTemplate client = client(true, Duration.ofSeconds(10), (creation) -> {
		})) {
			KeyManagementOperations blocking = new KeyManagementTemplate(client);
			Interrupted outcome = interruptedOnceSent(() -> blocking.keyInfo(CUSTOM_KEY),
					() -> !proxy.findAll(getRequestedFor(urlPathEqualTo("/key/info"))).isEmpty());

			assertThat(outcome.interruptFlag()).as("interrupt flag kept").isTrue();
			assertThat(outcome.failure()).isExactlyInstanceOf(LiteLlmTransportException.class)
				.hasMessageContaining("interrupted")
				.hasCauseInstanceOf(InterruptedException.class);
		}
	}

	/**
	 * Run a blocking call on its own thread and interrupt it once the request reached the proxy.
	 */
	private static Interrupted interruptedOnceSent(Runnable call, java.util.concurrent.Callable<Boolean> sent)
			throws InterruptedException {
		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicBoolean interruptFlag = new AtomicBoolean();
		Thread caller = new Thread(() -> {
			try {
				call.run();
			}
			catch (Throwable ex) {
				failure.set(ex);
			}
			interruptFlag.set(Thread.currentThread().isInterrupted());
		}, "interrupted-caller");
		caller.start();
		await().atMost(Duration.ofSeconds(10)).until(sent);
		caller.interrupt();
		caller.join(10_000);
		assertThat(caller.isAlive()).as("the caller returned").isFalse();
		return new Interrupted(failure.get(), interruptFlag.get());
	}

	record Interrupted(Throwable failure, boolean interruptFlag) {
	}

	static ReactiveKeyManagementTemplate client(boolean clientGeneratedKeys, Duration readTimeout,
			@Nullable AbandonedKeyCreationListener listener) {
		return ReactiveKeyManagementTemplate.builder()
			.baseUrl(proxy.baseUrl())
			.apiKey(API_KEY)
			.readTimeout(readTimeout)
			.retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(100)))
			.clientGeneratedKeys(clientGeneratedKeys)
			.abandonedCreationListener(listener)
			.build();
	}

	static ReactiveKeyManagementTemplate client(boolean clientGeneratedKeys) {
		return client(clientGeneratedKeys, READ_TIMEOUT, null);
	}

	/** The values of one JSON field in every request sent to a path, in order. */
	private static List<String> sentValues(String path, String field) {
		return proxy.findAll(postRequestedFor(urlPathEqualTo(path)))
			.stream()
			.map((request) -> json.readTree(request.getBodyAsString()).get(field).asString())
			.toList();
	}

	/** What the proxy answers a write: the key the request named (from field), echoed. */
	private static ResponseDefinitionBuilder generated(String field) {
		return aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"key\":\"{{jsonPath request.body '$." + field + "'}}\",\"key_alias\":\"ci\"}")
			.withTransformers("response-template");
	}

	private static ResponseDefinitionBuilder notFound() {
		return aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"message\":\"Key not found in database\",\"type\":\"not_found_error\","
					+ "\"param\":\"key\",\"code\":\"404\"}}");
	}

	/** A {@code /key/info} answer as the proxy writes it, with fields a generate answer does not have. */
	static final String INFO = """
			{"key":"ignored","info":{"key_name":"sk-...abcd","key_alias":"recovered","spend":0.0,"max_budget":10.0,
			"models":["gpt-4o"],"expires":"2026-04-01T00:00:00+00:00","metadata":{},"team_id":"t","user_id":null,
			"created_at":"2026-03-10T09:15:42.318000+00:00","budget_reset_at":null,"soft_budget_cooldown":false,
			"model_spend":{},"litellm_budget_table":null,"object_permission":null,"last_active":null}}""";

	static {
		// Parse once so that a malformed fixture fails here rather than as a confusing recovery failure.
		json.readValue(INFO, Map.class);
	}

}
