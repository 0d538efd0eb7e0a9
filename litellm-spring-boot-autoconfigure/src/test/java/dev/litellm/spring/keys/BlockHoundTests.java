package dev.litellm.spring.keys;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.litellm.spring.internal.Secrets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * BlockHound is installed for every test of this module (by its JUnit Platform listener), so a blocking call on
 * a Reactor thread fails the build. These tests prove that it is active, and run every operation from a Reactor
 * thread, with wire logging at {@code TRACE}, client-generated keys and a recovery lookup, so that anything the
 * client does on the subscribing thread is checked too.
 */
class BlockHoundTests {

	static final String API_KEY = "sk-master-blockhound-tests-0001";

	static final String KEY = "sk-blockhound-tests-key-0002";

	@RegisterExtension
	static final SecretLeakGuard guard = SecretLeakGuard.watching(API_KEY, KEY);

	static WireMockServer proxy;

	/** Every operation, each answered in a way that also reads or recovers what it needs. */
	private static final List<Function<ReactiveKeyManagementOperations, Mono<?>>> OPERATIONS = List.of(
			(keys) -> keys.keyInfo(KEY), (keys) -> keys.listKeys(KeyListQuery.builder().page(1).build()),
			(keys) -> keys.streamKeys(KeyListQuery.builder().build()).collectList(),
			(keys) -> keys.updateKey(UpdateKeyRequest.builder(KEY).maxBudget(1.0).build()),
			(keys) -> keys.blockKey(KEY), (keys) -> keys.unblockKey(KEY),
			(keys) -> keys.deleteKeys(DeleteKeysRequest.ofKeys(KEY)), ReactiveKeyManagementOperations::keyHealth,
			(keys) -> keys.generateKey(GenerateKeyRequest.builder().keyAlias("a").build())
				.doOnNext((generated) -> guard.watch(generated.key())),
			(keys) -> keys.regenerateKey(KEY, null).doOnNext((generated) -> guard.watch(generated.key())));

	@BeforeAll
	static void startProxy() {
		proxy = LoopbackWireMock.started();
		String hash = Secrets.sha256(KEY);
		String row = "{\"token\":\"" + hash + "\",\"key_alias\":\"a\"}";
		proxy.stubFor(get(urlPathEqualTo("/key/info"))
			.willReturn(okJson("{\"key\":\"" + hash + "\",\"info\":{\"key_alias\":\"a\",\"max_budget\":5.0}}")));
		proxy.stubFor(get(urlPathEqualTo("/key/list"))
			.willReturn(okJson("{\"keys\":[" + row + "],\"total_count\":1,\"current_page\":1,\"total_pages\":1}")));
		proxy.stubFor(post("/key/update").willReturn(okJson(row)));
		proxy.stubFor(post("/key/block").willReturn(okJson(row)));
		proxy.stubFor(post("/key/unblock").willReturn(okJson(row)));
		proxy.stubFor(post("/key/delete").willReturn(okJson("{\"deleted_keys\":[\"" + hash + "\"]}")));
		proxy.stubFor(post("/key/health").willReturn(okJson("{\"key\":\"healthy\",\"logging_callbacks\":null}")));
		// Generate answers too late: the client recovers the key with a lookup.
		proxy.stubFor(post("/key/generate").willReturn(okJson("{}").withFixedDelay(800)));
		proxy.stubFor(post("/key/regenerate").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"key\":\"{{jsonPath request.body '$.new_key'}}\",\"token\":null}")
			.withTransformers("response-template")));
	}

	@AfterAll
	static void stopProxy() {
		proxy.stop();
	}

	@Test
	void blockHoundIsActive() {
		Mono<Long> sleepsOnAParallelThread = Mono.delay(Duration.ofMillis(1)).map((tick) -> {
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return tick;
		});
		StepVerifier.create(sleepsOnAParallelThread).expectError(BlockingOperationError.class).verify(Duration.ofSeconds(5));
	}

	@Test
	void noOperationBlocksTheThreadItIsSubscribedOnOrAnEventLoop() {
		try (ReactiveKeyManagementTemplate client = newClient()) {
			for (Function<ReactiveKeyManagementOperations, Mono<?>> operation : OPERATIONS) {
				StepVerifier.create(onAParallelThread(client, operation))
					.expectNextCount(1)
					.expectComplete()
					.verify(Duration.ofSeconds(10));
			}
		}
	}

	@Test
	void callsStartingAtOnceOnANewClientDoNotWaitForEachOther() {
		try (ReactiveKeyManagementTemplate client = newClient()) {
			List<Mono<?>> calls = new ArrayList<>();
			for (int twice = 0; twice < 2; twice++) {
				for (Function<ReactiveKeyManagementOperations, Mono<?>> operation : OPERATIONS) {
					calls.add(onAParallelThread(client, operation));
				}
			}

			StepVerifier.create(Flux.merge(calls))
				.expectNextCount(calls.size())
				.expectComplete()
				.verify(Duration.ofSeconds(20));
		}
	}

	private static ReactiveKeyManagementTemplate newClient() {
		return ReactiveKeyManagementTemplate.builder()
			.baseUrl(proxy.baseUrl())
			.apiKey(API_KEY)
			.readTimeout(Duration.ofMillis(300))
			.retryPolicy(new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(50)))
			.clientGeneratedKeys(true)
			.build();
	}

	private static Mono<?> onAParallelThread(ReactiveKeyManagementOperations client,
			Function<ReactiveKeyManagementOperations, Mono<?>> operation) {
		return Mono.delay(Duration.ofMillis(1)).flatMap((tick) -> operation.apply(client));
	}

}
