package dev.litellm.spring.keys;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.sun.net.httpserver.HttpServer;
import dev.litellm.spring.LiteLlmTransportException;
import dev.litellm.spring.internal.Secrets;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.internal.shaded.reactor.pool.PoolAcquirePendingLimitException;
import reactor.netty.internal.shaded.reactor.pool.PoolAcquireTimeoutException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The connection pool and the response size limit. The wire logger stays at its default level here, so answers
 * go through the streaming JSON decoder rather than the logged string path the fault table takes.
 */
class TransportLimitsTests {

	static final String API_KEY = "sk-master-transport-tests-0001";

	static final String KEY = "sk-transport-tests-key-0002";

	static final String INFO = "{\"key\":\"" + Secrets.sha256(KEY) + "\",\"info\":{\"key_alias\":\"a\"}}";

	@RegisterExtension
	static final LoopbackWireMock proxy = new LoopbackWireMock();

	@Test
	void theClientMakesANamedPoolWithTheConfiguredSizeOnFirstUse() {
		proxy.stubFor(get(urlPathEqualTo("/key/info")).willReturn(okJson(INFO)));
		try (ReactiveKeyManagementTemplate client = builder(proxy.baseUrl()).maxConnections(7).build()) {
			assertThat(client).extracting("parts.parts").isNull();
			client.keyInfo(KEY).block();
			assertThat(client).extracting("parts.parts.httpStack.pool")
				.isInstanceOfSatisfying(AtomicReference.class, (reference) -> assertThat(reference.get())
					.isInstanceOfSatisfying(ConnectionProvider.class, (pool) -> {
						assertThat(pool.name()).isEqualTo("litellm");
						assertThat(pool.maxConnections()).isEqualTo(7);
					}));
		}
	}

	@Test
	void closingAClientReleasesThePoolItsCallsMadeButClosingAViewDoesNot() {
		proxy.stubFor(get(urlPathEqualTo("/key/info")).willReturn(okJson(INFO)));
		ReactiveKeyManagementTemplate client = builder(proxy.baseUrl()).build();
		client.keyInfo(KEY).block();
		ConnectionProvider pool = (ConnectionProvider) assertThat(client).extracting("parts.parts.httpStack.pool")
			.isInstanceOf(AtomicReference.class)
			.extracting((reference) -> ((AtomicReference<?>) reference).get())
			.actual();

		client.withChangedBy("a-view").close();
		assertThat(pool.isDisposed()).isFalse();
		assertThat(client.keyInfo(KEY).block().info().keyAlias()).isEqualTo("a");

		client.close();
		assertThat(pool.isDisposed()).isTrue();
	}

	@Test
	void closingAClientBeforeItsFirstCallMakesNothing() {
		ReactiveKeyManagementTemplate client = builder(proxy.baseUrl()).build();

		client.close();

		assertThat(client).extracting("parts.parts").isNull();
	}

	@Test
	void aClientWithOneCallInFlightKeepsToTheConnectionsItUsedLastAndLeavesTheOthersIdle() throws Exception {
		AtomicReference<@Nullable CountDownLatch> holdUntilAllArrived = new AtomicReference<>();
		List<Integer> clientPorts = new CopyOnWriteArrayList<>();
		ExecutorService handlers = Executors.newFixedThreadPool(4);
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.setExecutor(handlers);
		server.createContext("/key/info", (exchange) -> {
			clientPorts.add(exchange.getRemoteAddress().getPort());
			CountDownLatch hold = holdUntilAllArrived.get();
			if (hold != null) {
				hold.countDown();
				awaitQuietly(hold);
			}
			byte[] body = INFO.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
		try (ReactiveKeyManagementTemplate client = builder("http://127.0.0.1:" + server.getAddress().getPort())
			.build()) {
			client.keyInfo(KEY).block();
			holdUntilAllArrived.set(new CountDownLatch(4));
			clientPorts.clear();
			Flux.range(0, 4).flatMap((call) -> client.keyInfo(KEY)).blockLast();
			assertThat(Set.copyOf(clientPorts)).as("four calls at once hold four connections").hasSize(4);
			holdUntilAllArrived.set(null);
			clientPorts.clear();

			Flux.range(0, 12).concatMap((call) -> client.keyInfo(KEY)).blockLast();
			for (int call = 0; call < 12; call++) {
				client.keyInfo(KEY).block();
			}

			// The pool hands out the connection released last (or, while that one's release is still under way,
			// the one before): two at most. Taking the least recently used would go round all four.
			assertThat(Set.copyOf(clientPorts)).hasSizeLessThanOrEqualTo(2);
		}
		finally {
			server.stop(0);
			handlers.shutdownNow();
		}
	}

	@Test
	void aCallThatFindsThePoolExhaustedFailsAfterThePendingAcquireTimeout() {
		proxy.stubFor(get(urlPathEqualTo("/key/info")).willReturn(okJson(INFO).withFixedDelay(1500)));
		try (ReactiveKeyManagementTemplate client = builder(proxy.baseUrl()).maxConnections(1)
			.pendingAcquireTimeout(Duration.ofMillis(200))
			.retryPolicy(RetryPolicy.none())
			.build()) {
			Mono<KeyInfoResponse> holdsTheOnlyConnection = client.keyInfo(KEY).cache();
			holdsTheOnlyConnection.subscribe();
			await(() -> proxy.findAll(getRequestedFor(urlPathEqualTo("/key/info"))).size() == 1);

			assertThatExceptionOfType(LiteLlmTransportException.class).isThrownBy(() -> client.keyInfo(KEY).block())
				.withMessageContaining("key.info")
				.withRootCauseInstanceOf(PoolAcquireTimeoutException.class);
			assertThat(holdsTheOnlyConnection.block().info().keyAlias()).isEqualTo("a");
			assertThat(proxy.findAll(getRequestedFor(urlPathEqualTo("/key/info")))).hasSize(1);
		}
	}

	@Test
	void callsBeyondTwiceThePoolSizeWaitForAConnectionRatherThanFailAtOnce() {
		proxy.stubFor(get(urlPathEqualTo("/key/info")).willReturn(okJson(INFO).withFixedDelay(100)));
		try (ReactiveKeyManagementTemplate client = builder(proxy.baseUrl()).maxConnections(1)
			.pendingAcquireTimeout(Duration.ofSeconds(30))
			.retryPolicy(RetryPolicy.none())
			.build()) {
			List<KeyInfoResponse> answers = Flux.range(0, 8)
				.flatMap((i) -> client.keyInfo(KEY), 8)
				.collectList()
				.block(Duration.ofSeconds(30));

			assertThat(answers).hasSize(8);
		}
	}

	@Test
	void aCallBeyondTheQueueOfWaitingCallsFailsSayingThePoolIsSaturated() {
		proxy.stubFor(get(urlPathEqualTo("/key/info")).willReturn(okJson(INFO).withFixedDelay(1000)));
		try (ReactiveKeyManagementTemplate client = builder(proxy.baseUrl()).maxConnections(1)
			.maxPendingAcquires(1)
			.pendingAcquireTimeout(Duration.ofSeconds(30))
			.retryPolicy(RetryPolicy.none())
			.build()) {
			List<Throwable> failures = Flux.range(0, 3)
				.flatMap((i) -> client.keyInfo(KEY).then(Mono.<Throwable>empty()).onErrorResume(Mono::just), 3)
				.collectList()
				.block(Duration.ofSeconds(30));

			assertThat(failures).singleElement()
				.isExactlyInstanceOf(LiteLlmTransportException.class)
				.satisfies((ex) -> assertThat(ex.getMessage()).contains("key.info")
					.contains("the connection pool is saturated"))
				.extracting(Throwable::getCause)
				.isInstanceOf(PoolAcquirePendingLimitException.class);
		}
	}

	@Test
	void anAnswerDrippedInFasterThanTheReadTimeoutButSlowerThanTheCallTimeoutFails() {
		proxy.stubFor(get(urlPathEqualTo("/key/info")).willReturn(okJson(infoOfSize(200))
			.withChunkedDribbleDelay(40, 8000)));
		try (ReactiveKeyManagementTemplate client = builder(proxy.baseUrl()).readTimeout(Duration.ofSeconds(2))
			.callTimeout(Duration.ofMillis(500))
			.retryPolicy(RetryPolicy.none())
			.build()) {
			assertThatExceptionOfType(LiteLlmTransportException.class).isThrownBy(() -> client.keyInfo(KEY).block())
				.withMessageContaining("no complete answer within the call timeout of 500 ms")
				.withCauseInstanceOf(TimeoutException.class);
		}
	}

	@Test
	void aReadThatRanOutOfTheCallTimeoutIsRetried() {
		proxy.stubFor(get(urlPathEqualTo("/key/info")).inScenario("slow")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson(INFO).withFixedDelay(3_000))
			.willSetStateTo("fast"));
		proxy.stubFor(get(urlPathEqualTo("/key/info")).inScenario("slow")
			.whenScenarioStateIs("fast")
			.willReturn(okJson(INFO)));
		try (ReactiveKeyManagementTemplate client = builder(proxy.baseUrl()).callTimeout(Duration.ofMillis(300))
			.build()) {
			assertThat(client.keyInfo(KEY).block(Duration.ofSeconds(10)).key()).isEqualTo(Secrets.sha256(KEY));
			assertThat(proxy.findAll(getRequestedFor(urlPathEqualTo("/key/info")))).hasSize(2);
		}
	}

	@Test
	void aConnectionIdleLongerThanMaxIdleTimeIsNotReusedSoASilentlyDroppedOneDoesNotFailTheNextCall()
			throws Exception {
		try (RawSocketServer balancer = RawSocketServer.answering(RawSocketServer.Behaviour.ANSWER_ONCE_PER_CONNECTION,
				INFO);
				ReactiveKeyManagementTemplate client = builder(balancer.baseUrl())
					.maxIdleTime(Duration.ofMillis(100))
					.retryPolicy(RetryPolicy.none())
					.build()) {
			assertThat(client.keyInfo(KEY).block().info().keyAlias()).isEqualTo("a");
			Thread.sleep(400);
			assertThat(client.keyInfo(KEY).block().info().keyAlias()).isEqualTo("a");
			assertThat(balancer.connections()).isEqualTo(2);
		}
	}

	@Test
	void withoutTheIdleLimitTheSilentlyDroppedConnectionWouldTimeOut() throws Exception {
		try (RawSocketServer balancer = RawSocketServer.answering(RawSocketServer.Behaviour.ANSWER_ONCE_PER_CONNECTION,
				INFO);
				ReactiveKeyManagementTemplate client = builder(balancer.baseUrl())
					.maxIdleTime(Duration.ofMinutes(1))
					.readTimeout(Duration.ofMillis(300))
					.retryPolicy(RetryPolicy.none())
					.build()) {
			client.keyInfo(KEY).block();
			Thread.sleep(400);
			assertThatExceptionOfType(LiteLlmTransportException.class).isThrownBy(() -> client.keyInfo(KEY).block())
				.withMessageContaining("ReadTimeoutException");
			assertThat(balancer.connections()).isEqualTo(1);
		}
	}

	@Test
	void aConnectionTheServerClosedWhileIdleIsReplacedWithoutFailingOrRepeatingAGenerate() throws Exception {
		String generated = "{\"key\":\"sk-generated-by-the-proxy-0003\",\"token_id\":\"abc\"}";
		try (RawSocketServer balancer = RawSocketServer.answering(RawSocketServer.Behaviour.ANSWER_ONCE_THEN_CLOSE,
				generated);
				ReactiveKeyManagementTemplate client = builder(balancer.baseUrl()).retryPolicy(RetryPolicy.none())
					.build()) {
			client.generateKey(GenerateKeyRequest.builder().build()).block();
			Thread.sleep(300);
			client.generateKey(GenerateKeyRequest.builder().build()).block();
			assertThat(balancer.requestsReceived()).isEqualTo(2);
			assertThat(balancer.connections()).isEqualTo(2);
		}
	}

	@Test
	void aValidBodyOverTheConfiguredLimitFailsAsTransportNotOutOfMemory() {
		proxy.stubFor(get(urlPathEqualTo("/key/info")).willReturn(okJson(infoOfSize(100 * 1024))));
		try (ReactiveKeyManagementTemplate client = builder(proxy.baseUrl()).maxResponseSize(64 * 1024).build()) {
			assertThatExceptionOfType(LiteLlmTransportException.class).isThrownBy(() -> client.keyInfo(KEY).block())
				.withMessageContaining("larger than the configured maximum size");
			assertThat(proxy.findAll(getRequestedFor(urlPathEqualTo("/key/info")))).as("not retried").hasSize(1);
		}
	}

	@Test
	void anErrorBodyOverTheConfiguredLimitFailsAsTransport() {
		proxy.stubFor(get(urlPathEqualTo("/key/info"))
			.willReturn(aResponse().withStatus(500).withBody("x".repeat(100 * 1024))));
		try (ReactiveKeyManagementTemplate client = builder(proxy.baseUrl()).maxResponseSize(64 * 1024).build()) {
			assertThatExceptionOfType(LiteLlmTransportException.class).isThrownBy(() -> client.keyInfo(KEY).block())
				.withMessageContaining("larger than the configured maximum size");
		}
	}

	@Test
	void theDefaultLimitIsTenMebibytesNotTheCodecDefault() {
		// Spring's codecs buffer 256 KiB by default; a 2 MiB answer must decode, a 12 MiB one must not.
		proxy.stubFor(get(urlPathEqualTo("/key/info")).willReturn(okJson(infoOfSize(2 * 1024 * 1024))));
		proxy.stubFor(get(urlPathEqualTo("/key/list")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(new byte[12 * 1024 * 1024])));
		try (ReactiveKeyManagementTemplate client = builder(proxy.baseUrl()).build()) {
			assertThat(client.keyInfo(KEY).block().info().keyAlias()).isEqualTo("a");
			assertThatExceptionOfType(LiteLlmTransportException.class)
				.isThrownBy(() -> client.listKeys(KeyListQuery.builder().page(1).build()).block())
				.withMessageContaining("larger than the configured maximum size");
		}
	}

	private static String infoOfSize(int bytes) {
		return "{\"key\":\"" + Secrets.sha256(KEY) + "\",\"info\":{\"key_alias\":\"a\",\"metadata\":{\"padding\":\""
				+ "p".repeat(bytes) + "\"}}}";
	}

	private static ReactiveKeyManagementTemplate.Builder builder(String baseUrl) {
		return ReactiveKeyManagementTemplate.builder()
			.baseUrl(baseUrl)
			.apiKey(API_KEY)
			.readTimeout(Duration.ofSeconds(5))
			.retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(100)));
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void await(java.util.function.BooleanSupplier condition) {
		org.awaitility.Awaitility.await()
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(10))
			.atMost(Duration.ofSeconds(5))
			.until(condition::getAsBoolean);
	}

}
