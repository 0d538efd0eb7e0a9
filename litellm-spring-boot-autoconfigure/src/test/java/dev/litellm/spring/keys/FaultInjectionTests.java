package dev.litellm.spring.keys;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.litellm.spring.LiteLlmException;
import dev.litellm.spring.LiteLlmRateLimitException;
import dev.litellm.spring.LiteLlmServerException;
import dev.litellm.spring.LiteLlmTransportException;
import dev.litellm.spring.internal.Secrets;
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
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * Every fault a network, a reverse proxy or the proxy itself can produce, against every class of operation: the
 * outcome, how many attempts the client made (each tagged with its number in the wire log), how many requests the
 * server received, and, through {@link SecretLeakGuard}, that no secret reached a log line at {@code TRACE}.
 *
 * <p>The operation classes: reads ({@code keyInfo}, {@code listKeys}) and idempotent writes ({@code updateKey},
 * {@code blockKey}) are retried on I/O errors, timeouts, 429, 502, 503 and 504; generate and regenerate only when
 * the request never left; with client-generated keys they look the new key up after an unclear failure (here the
 * lookup always finds nothing, the path with the most requests) and send the write again.
 */
class FaultInjectionTests {

	/** Not of the {@code sk-} form, so that only the client's own masking of its API key keeps it out of logs. */
	static final String API_KEY = "master-key-for-fault-tests-7f3a9c";

	static final String TARGET_KEY = "sk-fault-target-key-0123456789";

	static final String ISSUED_KEY = "sk-issued-by-the-stub-abcdefghij";

	static final int MAX_ATTEMPTS = 3;

	/** For the faults that wait for the read timeout; the others get a lenient one, so that a slow machine passes. */
	static final Duration SHORT_READ_TIMEOUT = Duration.ofMillis(300);

	@RegisterExtension
	static final SecretLeakGuard guard = SecretLeakGuard.watching(API_KEY, TARGET_KEY, ISSUED_KEY);

	@RegisterExtension
	static final LoopbackWireMock proxy = new LoopbackWireMock(wireMockConfig().dynamicHttpsPort());

	static Stream<Arguments> faults() {
		List<Arguments> cases = new ArrayList<>();
		for (Row row : TABLE) {
			for (Op op : Op.values()) {
				cases.add(Arguments.of(row.fault(), op, row.expected(op.column)));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} on {1}: {2}")
	@MethodSource("faults")
	void faultHasTheExpectedOutcome(FaultKind fault, Op op, Expected expected) throws IOException {
		Duration readTimeout = fault.waitsForReadTimeout() ? SHORT_READ_TIMEOUT : Duration.ofSeconds(5);
		try (Server server = fault.arrange(op);
				ReactiveKeyManagementTemplate client = client(server.baseUrl(), op.recoverable, readTimeout)) {
			long start = System.nanoTime();
			Throwable failure = op.invoke(client).then(Mono.<Throwable>empty()).onErrorResume(Mono::just).block();
			Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

			expected.outcome().check(failure);
			if (expected.outcome() == Outcome.RATE_LIMITED_FOR_30_S) {
				assertThat(elapsed).as("fails at once rather than sleeping past the cap").isLessThan(Duration.ofSeconds(5));
			}
			if (fault == FaultKind.SERVICE_UNAVAILABLE_RETRY_AFTER_1_S_THEN_OK && expected.minAttempts() > 1) {
				assertThat(elapsed).as("waited out Retry-After").isGreaterThanOrEqualTo(Duration.ofMillis(950));
			}
			// An attempt whose status line was logged may log its body failure too: count attempts, not lines.
			List<Integer> attempts = attemptNumbers(op.observationName);
			assertThat(attempts.size()).as("attempts").isBetween(expected.minAttempts(), expected.maxAttempts());
			assertThat(attempts).as("attempt numbers in the wire log")
				.containsExactlyElementsOf(IntStream.rangeClosed(1, attempts.size()).boxed().toList());
			if (op.recoverable) {
				assertThat(attemptLines("key.info").size()).as("lookup requests")
					.isBetween(expected.minLookups(), expected.maxLookups());
			}
			assertThat(server.awaitReceived(expected.received())).as("requests the server received")
				.isEqualTo(expected.received());
		}
	}

	private List<Integer> attemptNumbers(String operation) {
		return attemptLines(operation).stream().distinct().toList();
	}

	private List<Integer> attemptLines(String operation) {
		Pattern attemptLine = Pattern.compile("^" + Pattern.quote(operation) + " attempt (\\d+): (GET|POST) /key/");
		List<Integer> numbers = new ArrayList<>();
		for (String line : guard.wireLines()) {
			Matcher matcher = attemptLine.matcher(line);
			if (matcher.find()) {
				numbers.add(Integer.parseInt(matcher.group(1)));
			}
		}
		return numbers;
	}

	static ReactiveKeyManagementTemplate client(String baseUrl, boolean clientGeneratedKeys, Duration readTimeout) {
		return ReactiveKeyManagementTemplate.builder()
			.baseUrl(baseUrl)
			.apiKey(API_KEY)
			.connectTimeout(Duration.ofSeconds(1))
			.readTimeout(readTimeout)
			.retryPolicy(new RetryPolicy(MAX_ATTEMPTS, Duration.ofMillis(10), Duration.ofSeconds(2)))
			.clientGeneratedKeys(clientGeneratedKeys)
			.build();
	}

	// @formatter:off
	/**
	 * The table: for each fault, what each operation class does. {@code e(outcome, attempts, received)}, and for
	 * the recoverable column {@code e(outcome, attempts, lookups, received)}, where received counts every request
	 * the server got, lookups included (a server that resets each connection before reading receives none; one
	 * that never answers receives one per connection).
	 */
	static final List<Row> TABLE = List.of(
		//                                                  read                          idempotent write              generate / regenerate          the same, client-generated keys
		new Row(FaultKind.CONNECTION_REFUSED,              e(Outcome.TRANSPORT, 3, 0),   e(Outcome.TRANSPORT, 3, 0),   e(Outcome.TRANSPORT, 3, 0),    e(Outcome.TRANSPORT, 3, 0, 0)),
		new Row(FaultKind.TLS_HANDSHAKE_FAILURE,           e(Outcome.TRANSPORT, 3, 0),   e(Outcome.TRANSPORT, 3, 0),   e(Outcome.TRANSPORT, 3, 0),    e(Outcome.TRANSPORT, 3, 0, 0)),
		// The reset reaches the client during connect (provably never sent: retried) or during the write (unclear),
		// a race the server cannot steer; so generate and regenerate make one to three attempts.
		new Row(FaultKind.RESET_ON_CONNECT,                e(Outcome.TRANSPORT, 3, 0),   e(Outcome.TRANSPORT, 3, 0),
		                                                   new Expected(Outcome.TRANSPORT, 1, 3, 0, 0, 0),
		                                                   new Expected(Outcome.TRANSPORT, 1, 3, 0, 3, 0)),
		new Row(FaultKind.CONNECTION_RESET_BY_PEER,        e(Outcome.TRANSPORT, 3, 3),   e(Outcome.TRANSPORT, 3, 3),   e(Outcome.MAY_HAVE_CREATED, 1, 1), e(Outcome.NOT_CREATED, 3, 3, 6)),
		new Row(FaultKind.EMPTY_RESPONSE,                  e(Outcome.TRANSPORT, 3, 3),   e(Outcome.TRANSPORT, 3, 3),   e(Outcome.MAY_HAVE_CREATED, 1, 1), e(Outcome.NOT_CREATED, 3, 3, 6)),
		new Row(FaultKind.MALFORMED_RESPONSE_CHUNK,        e(Outcome.TRANSPORT, 3, 3),   e(Outcome.TRANSPORT, 3, 3),   e(Outcome.MAY_HAVE_CREATED, 1, 1), e(Outcome.NOT_CREATED, 3, 3, 6)),
		new Row(FaultKind.RANDOM_DATA_THEN_CLOSE,          e(Outcome.TRANSPORT, 3, 3),   e(Outcome.TRANSPORT, 3, 3),   e(Outcome.MAY_HAVE_CREATED, 1, 1), e(Outcome.NOT_CREATED, 3, 3, 6)),
		new Row(FaultKind.SLOWER_THAN_READ_TIMEOUT,        e(Outcome.TRANSPORT, 3, 3),   e(Outcome.TRANSPORT, 3, 3),   e(Outcome.MAY_HAVE_CREATED, 1, 1), e(Outcome.NOT_CREATED, 3, 3, 6)),
		new Row(FaultKind.DRIPPED_SLOWER_THAN_CALL_TIMEOUT, e(Outcome.CALL_TIMEOUT, 3, 3), e(Outcome.CALL_TIMEOUT, 3, 3), e(Outcome.MAY_HAVE_CREATED, 1, 1), e(Outcome.NOT_CREATED, 3, 3, 6)),
		new Row(FaultKind.NEVER_ANSWERS,                   e(Outcome.TRANSPORT, 3, 3),   e(Outcome.TRANSPORT, 3, 3),   e(Outcome.MAY_HAVE_CREATED, 1, 1), e(Outcome.UNCHECKABLE, 1, 3, 4)),
		new Row(FaultKind.BAD_GATEWAY_HTML,                e(Outcome.BAD_GATEWAY, 3, 3), e(Outcome.BAD_GATEWAY, 3, 3), e(Outcome.BAD_GATEWAY_MAY_HAVE_CREATED, 1, 1),  e(Outcome.BAD_GATEWAY, 3, 3, 6)),
		new Row(FaultKind.SERVICE_UNAVAILABLE_RETRY_AFTER_1_S_THEN_OK,
		                                                   e(Outcome.SUCCESS, 2, 2),     e(Outcome.SUCCESS, 2, 2),     e(Outcome.SERVICE_UNAVAILABLE_MAY_HAVE_CREATED, 1, 1), e(Outcome.SUCCESS, 2, 1, 3)),
		new Row(FaultKind.RATE_LIMITED_RETRY_AFTER_30_S,   e(Outcome.RATE_LIMITED_FOR_30_S, 1, 1), e(Outcome.RATE_LIMITED_FOR_30_S, 1, 1), e(Outcome.RATE_LIMITED_FOR_30_S, 1, 1), e(Outcome.RATE_LIMITED_FOR_30_S, 1, 0, 1)),
		new Row(FaultKind.PLAIN_TEXT_500,                  e(Outcome.SERVER_ERROR, 1, 1), e(Outcome.SERVER_ERROR, 1, 1), e(Outcome.SERVER_ERROR, 1, 1), e(Outcome.SERVER_ERROR, 1, 1, 2)),
		new Row(FaultKind.TRUNCATED_JSON,                  e(Outcome.TRANSPORT, 1, 1),   e(Outcome.TRANSPORT, 1, 1),   e(Outcome.MAY_HAVE_CREATED, 1, 1), e(Outcome.NOT_CREATED, 3, 3, 6)),
		new Row(FaultKind.OK_BUT_NOT_JSON,                 e(Outcome.TRANSPORT, 1, 1),   e(Outcome.TRANSPORT, 1, 1),   e(Outcome.MAY_HAVE_CREATED, 1, 1), e(Outcome.NOT_CREATED, 3, 3, 6)),
		new Row(FaultKind.REDIRECT_ELSEWHERE,              e(Outcome.TRANSPORT, 1, 1),   e(Outcome.TRANSPORT, 1, 1),   e(Outcome.MAY_HAVE_CREATED, 1, 1), e(Outcome.NOT_CREATED, 3, 3, 6)),
		new Row(FaultKind.TWELVE_MEGABYTE_BODY,            e(Outcome.TOO_LARGE, 1, 1),   e(Outcome.TOO_LARGE, 1, 1),   e(Outcome.TOO_LARGE, 1, 1),    e(Outcome.NOT_CREATED, 3, 3, 6)));
	// @formatter:on

	static Expected e(Outcome outcome, int attempts, int received) {
		return new Expected(outcome, attempts, attempts, 0, 0, received);
	}

	static Expected e(Outcome outcome, int attempts, int lookups, int received) {
		return new Expected(outcome, attempts, attempts, lookups, lookups, received);
	}

	record Row(FaultKind fault, Expected read, Expected idempotentWrite, Expected create, Expected recoverableCreate) {

		Expected expected(Column column) {
			return switch (column) {
				case READ -> this.read;
				case IDEMPOTENT_WRITE -> this.idempotentWrite;
				case CREATE -> this.create;
				case RECOVERABLE_CREATE -> this.recoverableCreate;
			};
		}

	}

	/**
	 * An outcome, the attempts the client made at the operation's endpoint, the lookup requests it made (with
	 * client-generated keys), and the requests the server received.
	 */
	record Expected(Outcome outcome, int minAttempts, int maxAttempts, int minLookups, int maxLookups, int received) {

		@Override
		public String toString() {
			return this.outcome + " after " + range(this.minAttempts, this.maxAttempts) + " attempt(s)"
					+ ((this.maxLookups > 0) ? " and " + range(this.minLookups, this.maxLookups) + " lookup(s)" : "")
					+ ", " + this.received + " received";
		}

		private static String range(int min, int max) {
			return (min == max) ? String.valueOf(min) : min + "-" + max;
		}

	}

	enum Column {

		READ, IDEMPOTENT_WRITE, CREATE, RECOVERABLE_CREATE

	}

	enum Op {

		KEY_INFO(Column.READ, false, "key.info", "GET", "/key/info", (client) -> client.keyInfo(TARGET_KEY)),

		LIST_KEYS(Column.READ, false, "key.list", "GET", "/key/list",
				(client) -> client.listKeys(KeyListQuery.builder().page(1).size(10).build())),

		UPDATE_KEY(Column.IDEMPOTENT_WRITE, false, "key.update", "POST", "/key/update",
				(client) -> client.updateKey(UpdateKeyRequest.builder(TARGET_KEY).maxBudget(20.0).build())),

		BLOCK_KEY(Column.IDEMPOTENT_WRITE, false, "key.block", "POST", "/key/block",
				(client) -> client.blockKey(TARGET_KEY)),

		GENERATE_KEY(Column.CREATE, false, "key.generate", "POST", "/key/generate",
				(client) -> client.generateKey(GenerateKeyRequest.builder().keyAlias("fault-tests").build())),

		REGENERATE_KEY(Column.CREATE, false, "key.regenerate", "POST", "/key/regenerate",
				(client) -> client.regenerateKey(TARGET_KEY, null)),

		GENERATE_KEY_CLIENT_GENERATED(Column.RECOVERABLE_CREATE, true, "key.generate", "POST", "/key/generate",
				(client) -> client.generateKey(GenerateKeyRequest.builder().keyAlias("fault-tests").build())),

		REGENERATE_KEY_CLIENT_GENERATED(Column.RECOVERABLE_CREATE, true, "key.regenerate", "POST",
				"/key/regenerate", (client) -> client.regenerateKey(TARGET_KEY, null));

		final Column column;

		final boolean recoverable;

		final String observationName;

		final String method;

		final String path;

		private final Function<ReactiveKeyManagementOperations, Mono<?>> invocation;

		Op(Column column, boolean recoverable, String observationName, String method, String path,
				Function<ReactiveKeyManagementOperations, Mono<?>> invocation) {
			this.column = column;
			this.recoverable = recoverable;
			this.observationName = observationName;
			this.method = method;
			this.path = path;
			this.invocation = invocation;
		}

		Mono<?> invoke(ReactiveKeyManagementOperations client) {
			return this.invocation.apply(client);
		}

		/** A plausible successful answer of this operation. */
		String okBody() {
			String hash = Secrets.sha256(TARGET_KEY);
			return switch (this.path) {
				case "/key/info" -> "{\"key\":\"" + hash + "\",\"info\":{\"key_alias\":\"fault-tests\"}}";
				case "/key/list" -> "{\"keys\":[],\"total_count\":0,\"current_page\":1,\"total_pages\":0}";
				case "/key/generate", "/key/regenerate" -> "{\"key\":\"" + ISSUED_KEY + "\",\"token_id\":\""
						+ Secrets.sha256(ISSUED_KEY) + "\",\"key_alias\":\"fault-tests\"}";
				default -> "{\"token\":\"" + hash + "\",\"key_alias\":\"fault-tests\"}";
			};
		}

	}

	enum Outcome {

		SUCCESS, TRANSPORT, CALL_TIMEOUT, MAY_HAVE_CREATED, NOT_CREATED, UNCHECKABLE, TOO_LARGE, BAD_GATEWAY,
		BAD_GATEWAY_MAY_HAVE_CREATED, SERVICE_UNAVAILABLE_MAY_HAVE_CREATED, SERVER_ERROR, RATE_LIMITED_FOR_30_S;

		void check(Throwable failure) {
			if (this == SUCCESS) {
				assertThat(failure).as("failure").isNull();
				return;
			}
			assertThat(failure).isInstanceOf(LiteLlmException.class);
			assertThat(failure.getMessage()).doesNotContain(API_KEY, TARGET_KEY, ISSUED_KEY);
			switch (this) {
				case TRANSPORT -> assertThat(failure).isExactlyInstanceOf(LiteLlmTransportException.class);
				case MAY_HAVE_CREATED -> assertThat(failure).isExactlyInstanceOf(LiteLlmTransportException.class)
					.hasMessageContaining("the proxy may have created the key");
				case CALL_TIMEOUT -> assertThat(failure).isExactlyInstanceOf(LiteLlmTransportException.class)
					.hasMessageContaining("no complete answer within the call timeout");
				case NOT_CREATED -> assertThat(failure).isExactlyInstanceOf(LiteLlmTransportException.class)
					.hasMessageContaining("did not exist on the proxy when last looked up, but a write still in "
							+ "progress there may yet create it");
				case UNCHECKABLE -> assertThat(failure).isExactlyInstanceOf(LiteLlmTransportException.class)
					.hasMessageContaining("could not be checked");
				case TOO_LARGE -> assertThat(failure).isExactlyInstanceOf(LiteLlmTransportException.class)
					.hasMessageContaining("larger than the configured maximum size");
				case BAD_GATEWAY -> assertThat(failure).isInstanceOfSatisfying(LiteLlmServerException.class,
						(ex) -> assertThat(ex.statusCode()).isEqualTo(502));
				case BAD_GATEWAY_MAY_HAVE_CREATED -> assertThat(failure).isInstanceOfSatisfying(
						LiteLlmServerException.class, (ex) -> assertThat(ex.statusCode()).isEqualTo(502))
					.hasMessageContaining("the proxy may have created the key");
				case SERVICE_UNAVAILABLE_MAY_HAVE_CREATED -> assertThat(failure).isInstanceOfSatisfying(
						LiteLlmServerException.class, (ex) -> assertThat(ex.statusCode()).isEqualTo(503))
					.hasMessageContaining("the proxy may have created the key");
				case SERVER_ERROR -> assertThat(failure).isInstanceOfSatisfying(LiteLlmServerException.class,
						(ex) -> assertThat(ex.statusCode()).isEqualTo(500));
				case RATE_LIMITED_FOR_30_S -> assertThat(failure).isInstanceOfSatisfying(
						LiteLlmRateLimitException.class,
						(ex) -> assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(30)));
				default -> fail("unexpected " + this);
			}
		}

	}

	/** Where the client is pointed, and how many requests (or connections) it received. */
	interface Server extends AutoCloseable {

		String baseUrl();

		/** The count once it reached {@code expected} (or after a short wait if it never does). */
		int awaitReceived(int expected);

		@Override
		void close() throws IOException;

	}

	enum FaultKind {

		/** A port nothing listens on. */
		CONNECTION_REFUSED,

		/** An HTTPS port whose certificate the client does not trust. */
		TLS_HANDSHAKE_FAILURE,

		/** Accepts the connection and resets it before reading the request. */
		RESET_ON_CONNECT,

		/** Reads the request, then resets the connection. */
		CONNECTION_RESET_BY_PEER,

		/** Reads the request, then closes the connection without a word. */
		EMPTY_RESPONSE,

		/** 200 with a broken chunked body. */
		MALFORMED_RESPONSE_CHUNK,

		/** Garbage instead of an HTTP response, then close. */
		RANDOM_DATA_THEN_CLOSE,

		/** Answers, but later than the read timeout. */
		SLOWER_THAN_READ_TIMEOUT,

		/**
		 * Answers in drips, each sooner than the read timeout, the whole slower than the call timeout (twice the
		 * read timeout).
		 */
		DRIPPED_SLOWER_THAN_CALL_TIMEOUT,

		/** Accepts the connection and never sends a byte. */
		NEVER_ANSWERS,

		/** A reverse proxy's HTML error page. */
		BAD_GATEWAY_HTML,

		/** 503 with {@code Retry-After: 1}, then the real answer. */
		SERVICE_UNAVAILABLE_RETRY_AFTER_1_S_THEN_OK,

		/** 429 asking for a wait longer than the maximum backoff. */
		RATE_LIMITED_RETRY_AFTER_30_S,

		/** An uncaught exception in the proxy: plain-text 500. */
		PLAIN_TEXT_500,

		/** 200 whose JSON stops half-way (with correct framing). */
		TRUNCATED_JSON,

		/** 200 with an HTML page. */
		OK_BUT_NOT_JSON,

		/** 302 to another location, which must not be followed with the API key. */
		REDIRECT_ELSEWHERE,

		/** 200 with a body over the 10 MiB limit. */
		TWELVE_MEGABYTE_BODY;

		private static final byte[] TWELVE_MEGABYTES = new byte[12 * 1024 * 1024];

		boolean waitsForReadTimeout() {
			return this == SLOWER_THAN_READ_TIMEOUT || this == NEVER_ANSWERS || this == DRIPPED_SLOWER_THAN_CALL_TIMEOUT;
		}

		Server arrange(Op op) throws IOException {
			return switch (this) {
				case CONNECTION_REFUSED -> new FixedServer("http://127.0.0.1:" + closedPort());
				case TLS_HANDSHAKE_FAILURE -> wireMock("https://127.0.0.1:" + proxy.httpsPort(), op);
				case RESET_ON_CONNECT -> raw(RawSocketServer.start(RawSocketServer.Behaviour.RESET_ON_ACCEPT));
				case NEVER_ANSWERS -> raw(RawSocketServer.start(RawSocketServer.Behaviour.NEVER_ANSWER));
				default -> {
					stub(op);
					yield wireMock("http://127.0.0.1:" + proxy.port(), op);
				}
			};
		}

		private void stub(Op op) {
			if (op.recoverable) {
				proxy.stubFor(get(urlPathEqualTo("/key/info")).willReturn(aResponse().withStatus(404)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"error\":{\"message\":\"Key not found in database\",\"type\":\"not_found_error\","
							+ "\"param\":\"key\",\"code\":\"404\"}}")));
			}
			if (this == SERVICE_UNAVAILABLE_RETRY_AFTER_1_S_THEN_OK) {
				proxy.stubFor(request(op).inScenario("unavailable")
					.whenScenarioStateIs(Scenario.STARTED)
					.willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")
						.withHeader("Content-Type", "text/html")
						.withBody("<html><title>503 Service Temporarily Unavailable</title></html>"))
					.willSetStateTo("available"));
				proxy.stubFor(request(op).inScenario("unavailable")
					.whenScenarioStateIs("available")
					.willReturn(okJson(op.okBody())));
				return;
			}
			proxy.stubFor(request(op).willReturn(response(op)));
		}

		private static com.github.tomakehurst.wiremock.client.MappingBuilder request(Op op) {
			return op.method.equals("GET") ? get(urlPathEqualTo(op.path)) : post(urlPathEqualTo(op.path));
		}

		private ResponseDefinitionBuilder response(Op op) {
			return switch (this) {
				case CONNECTION_RESET_BY_PEER -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
				case EMPTY_RESPONSE -> aResponse().withFault(Fault.EMPTY_RESPONSE);
				case MALFORMED_RESPONSE_CHUNK -> aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK);
				case RANDOM_DATA_THEN_CLOSE -> aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE);
				case SLOWER_THAN_READ_TIMEOUT -> okJson(op.okBody()).withFixedDelay(1000);
				case DRIPPED_SLOWER_THAN_CALL_TIMEOUT -> okJson(op.okBody()).withChunkedDribbleDelay(60, 3000);
				case BAD_GATEWAY_HTML -> aResponse().withStatus(502).withHeader("Content-Type", "text/html")
					.withBody("<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway"
							+ "</h1></center><hr><center>nginx</center></body></html>");
				case RATE_LIMITED_RETRY_AFTER_30_S -> aResponse().withStatus(429).withHeader("Retry-After", "30")
					.withHeader("Content-Type", "application/json")
					.withBody("{\"error\":{\"message\":\"Rate limit exceeded\",\"type\":\"None\",\"param\":\"None\","
							+ "\"code\":\"429\"}}");
				case PLAIN_TEXT_500 -> aResponse().withStatus(500).withHeader("Content-Type", "text/plain")
					.withBody("Internal Server Error");
				case TRUNCATED_JSON -> okJson(op.okBody().substring(0, 20));
				case OK_BUT_NOT_JSON -> aResponse().withStatus(200).withHeader("Content-Type", "text/html")
					.withBody("<html><body>Welcome to nginx!</body></html>");
				case REDIRECT_ELSEWHERE -> aResponse().withStatus(302).withHeader("Location", "/elsewhere");
				case TWELVE_MEGABYTE_BODY -> aResponse().withStatus(200).withHeader("Content-Type", "application/json")
					.withBody(TWELVE_MEGABYTES);
				default -> throw new IllegalStateException("not a stubbed fault: " + this);
			};
		}

		private static Server wireMock(String baseUrl, Op op) {
			return new Server() {

				@Override
				public String baseUrl() {
					return baseUrl;
				}

				@Override
				public int awaitReceived(int expected) {
					return awaitCount(expected, () -> proxy.countRequestsMatching(anyRequestedFor(anyUrl()).build())
						.getCount());
				}

				@Override
				public void close() {
				}

			};
		}

		private static Server raw(RawSocketServer server) {
			return new Server() {

				@Override
				public String baseUrl() {
					return server.baseUrl();
				}

				@Override
				public int awaitReceived(int expected) {
					return awaitCount(expected, server::requestsReceived);
				}

				@Override
				public void close() throws IOException {
					server.close();
				}

			};
		}

		private static int awaitCount(int expected, java.util.function.IntSupplier count) {
			// The server may record a request a moment after the client saw the connection fail.
			try {
				await().pollDelay(Duration.ZERO)
					.pollInterval(Duration.ofMillis(10))
					.atMost(Duration.ofSeconds(2))
					.until(() -> count.getAsInt() >= expected);
			}
			catch (org.awaitility.core.ConditionTimeoutException ex) {
				return count.getAsInt();
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return count.getAsInt();
		}

		private static int closedPort() throws IOException {
			try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
				return socket.getLocalPort();
			}
		}

	}

	record FixedServer(String baseUrl) implements Server {

		@Override
		public int awaitReceived(int expected) {
			return 0;
		}

		@Override
		public void close() {
		}

	}

}
