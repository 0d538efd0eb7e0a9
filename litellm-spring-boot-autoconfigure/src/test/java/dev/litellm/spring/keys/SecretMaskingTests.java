package dev.litellm.spring.keys;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.litellm.spring.LiteLlmApiException;
import dev.litellm.spring.LiteLlmException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.litellm.spring.keys.TestKeys.API_KEY;
import static dev.litellm.spring.keys.TestKeys.KEY;
import static dev.litellm.spring.keys.TestKeys.KEY_HASH;
import static dev.litellm.spring.keys.TestKeys.NEW_KEY;
import static dev.litellm.spring.keys.TestKeys.OTHER_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * No raw key (the calling API key, a managed key, a new key) appears in an exception, a {@code toString()}, a log
 * line (the wire log at TRACE included) or a URL, although the proxy echoes raw keys in bodies and errors.
 */
class SecretMaskingTests extends ProxyTestSupport {

	private static final List<String> SECRETS = List.of(API_KEY, KEY, NEW_KEY, OTHER_KEY);

	private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

	private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

	private final Logger wire = (Logger) LoggerFactory.getLogger("dev.litellm.spring.keys.wire");

	private Level rootLevel;

	private Level wireLevel;

	@BeforeEach
	void captureEveryLogLine() {
		this.rootLevel = this.root.getLevel();
		this.wireLevel = this.wire.getLevel();
		this.root.setLevel(Level.DEBUG);
		this.wire.setLevel(Level.TRACE);
		this.logs.start();
		this.root.addAppender(this.logs);
	}

	@AfterEach
	void restoreLogging() {
		this.root.detachAppender(this.logs);
		this.logs.stop();
		this.root.setLevel(this.rootLevel);
		this.wire.setLevel(this.wireLevel);
	}

	static Stream<Arguments> errorsEchoingRawKeys() {
		return Stream.of(
				arguments("/key/update 401 with the key sent",
						KeyCall.updateKey(UpdateKeyRequest.builder(KEY).maxBudget(20.0).build()),
						envelope(401, "Authentication Error: invalid user key - user key does not exist in db. User Key="
								+ KEY, "auth_error", "None")),
				arguments("/key/regenerate 404 dict repr",
						KeyCall.regenerateKey(KEY, RegenerateKeyRequest.builder().newKey(NEW_KEY).build()),
						envelope(404, "{'error': 'Key " + KEY + " not found.'}", "internal_server_error", "None")),
				arguments("/key/block 404 with audit logs on", KeyCall.blockKey(KEY),
						envelope(404, "Key " + KEY + " not found", "bad_request_error", "key")),
				arguments("/key/delete 403 naming two keys",
						KeyCall.deleteKeys(DeleteKeysRequest.ofKeys(KEY, OTHER_KEY)),
						envelope(403, "{'error': 'You are not authorized to delete this key: " + KEY + ", " + OTHER_KEY
								+ "'}", "internal_server_error", "None")),
				arguments("gateway echoing the calling key", KeyCall.keyInfo(KEY),
						aResponse().withStatus(401)
							.withHeader("Content-Type", "text/plain")
							.withBody("invalid bearer token " + API_KEY)),
				arguments("HTML error page with a key", KeyCall.unblockKey(KEY),
						aResponse().withStatus(500)
							.withHeader("Content-Type", "text/html")
							.withBody("<html><head><title>Error</title></head><body>unblock " + KEY
									+ " failed</body></html>")),
				arguments("FastAPI echoing the input", KeyCall.deleteKeys(DeleteKeysRequest.ofKeys(KEY)),
						aResponse().withStatus(422).withHeader("Content-Type", "application/json").withBody("""
								{"detail":[{"type":"value_error","loc":["body"],"msg":"Value error, bad key","input":{"keys":["%s"]}}]}"""
							.formatted(KEY))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("errorsEchoingRawKeys")
	void errorsEchoingRawKeysAreMaskedInEveryExceptionText(String name, KeyCall<?> call,
			ResponseDefinitionBuilder response) {
		for (Api api : Api.values()) {
			proxy.resetAll();
			stubAny(response);

			Throwable failure = api.failure(this.clients, call);

			assertThat(failure).as(api.name()).isInstanceOf(LiteLlmApiException.class);
			LiteLlmApiException exception = (LiteLlmApiException) failure;
			assertNoSecretIn(exception.getMessage());
			assertNoSecretIn(exception.errorMessage());
			assertNoSecretIn(exception.responseBody());
			assertNoSecretIn(exception.toString());
			assertNoSecretIn(stackTraceOf(exception));
			assertThat(exception.responseBody()).as("the body is kept, masked").isNotEmpty();
		}
		assertNoSecretInLogs();
	}

	@Test
	void maskedKeyKeepsTheProxysShortForm() {
		stubAny(envelope(401, "Authentication Error: invalid user key - user key does not exist in db. User Key=" + KEY,
				"auth_error", "None"));

		Throwable failure = Api.BLOCKING.failure(this.clients,
				KeyCall.updateKey(UpdateKeyRequest.builder(KEY).maxBudget(20.0).build()));

		assertThat(((LiteLlmApiException) failure).errorMessage()).endsWith("User Key=sk-...Wd1A");
	}

	@Test
	void transportFailuresNameNoKey() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		Api.Clients unreachable = Api.Clients.of(build(clientBuilder().baseUrl("http://127.0.0.1:" + closedPort)));
		stubAny(okJson("{\"key\":\"" + KEY + "\",\"token\":\"" + KEY_HASH + "\",\"expires\":"));

		for (Api api : Api.values()) {
			Throwable refused = api.failure(unreachable, KeyCall.blockKey(KEY));
			Throwable undecodable = api.failure(this.clients, KeyCall.generateKey(GenerateKeyRequest.builder()
				.key(KEY)
				.build()));

			assertThat(refused).isInstanceOf(LiteLlmException.class);
			assertThat(undecodable).isInstanceOf(LiteLlmException.class);
			assertNoSecretIn(stackTraceOf(refused));
			assertNoSecretIn(stackTraceOf(undecodable));
		}
		assertNoSecretInLogs();
	}

	@Test
	void wireLogAtTraceShowsBodiesWithKeysMasked() {
		stubEverySuccess();

		runEveryOperation(this.clients.withChangedBy("alice@example.com"));

		assertThat(loggedEvents())
			.filteredOn((event) -> event.getLoggerName().equals("dev.litellm.spring.keys.wire")
					&& event.getLevel() == Level.TRACE)
			.extracting(ILoggingEvent::getFormattedMessage)
			.anySatisfy((line) -> assertThat(line).contains("request body").contains("sk-...Wd1A"))
			.anySatisfy((line) -> assertThat(line).contains("response body").contains("sk-...Sd3Q"));
		assertNoSecretInLogs();
	}

	@Test
	void noRequestUrlCarriesARawKey() {
		stubEverySuccess();

		runEveryOperation(this.clients);

		assertThat(received()).hasSize(11);
		assertThat(received()).extracting(LoggedRequest::getUrl).allSatisfy((url) -> assertThat(url).doesNotContain("sk-"));
		assertThat(received()).extracting(LoggedRequest::getUrl)
			.contains("/key/info?key=" + KEY_HASH, "/key/list?key_hash=" + KEY_HASH, "/key/regenerate");
	}

	@Test
	void requestsAndResponsesNeverShowARawKeyInToString() {
		stubEverySuccess();
		GenerateKeyResponse generated = this.clients.blocking()
			.generateKey(GenerateKeyRequest.builder().key(KEY).build());
		GenerateKeyResponse regenerated = this.clients.blocking().regenerateKey(KEY, null);
		KeyInfo updated = this.clients.blocking().updateKey(UpdateKeyRequest.builder(KEY).maxBudget(100.0).build());
		DeleteKeysResponse deleted = this.clients.blocking().deleteKeys(DeleteKeysRequest.ofKeys(KEY, OTHER_KEY));
		KeyInfoResponse info = this.clients.blocking().keyInfo(KEY);
		KeyInfo listedWithApiKey = JSON.readValue("""
				{"token":"%s","key":"%s","key_name":"sk-...Wd1A","api_key":"%s","echoed":"%s"}"""
			.formatted(KEY_HASH, KEY, API_KEY, KEY), KeyInfo.class);

		assertThat(updated.key()).as("the decoded record keeps the key").isEqualTo(KEY);
		assertThat(Stream.of(generated, regenerated, updated, deleted, info, listedWithApiKey,
				GenerateKeyRequest.builder().key(KEY).keyAlias("team-a-ci").build(),
				UpdateKeyRequest.builder(KEY).maxBudget(20.0).build(),
				RegenerateKeyRequest.builder().newKey(NEW_KEY).gracePeriod("24h").build().withKey(KEY),
				DeleteKeysRequest.ofKeys(KEY, OTHER_KEY), this.reactive, this.clients.blocking(),
				this.reactive.withChangedBy("alice@example.com")))
			.allSatisfy((value) -> assertNoSecretIn(value.toString()));
	}

	/**
	 * The proxy accepts any non-space character in a custom key, so a request masks what it knows to be a key
	 * (its {@code key}, {@code new_key} and {@code keys}), whatever the key's characters.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "sk-.E4Ds3xNCHNzF9lylIiAO", "sk-a.b/c+d=e~f!g#h$i%j", "sk-Wq7\u00e9Lm9Pz2Rt7Vb5", "sk-:::::::::::::::::" })
	void requestsMaskKeysOfAnyCharactersInToString(String key) {
		String hidden = key.substring(3, key.length() - 4);
		assertThat(Stream.of(GenerateKeyRequest.builder().key(key).build(),
				GenerateKeyRequest.builder().field("key", key).build(),
				UpdateKeyRequest.builder(key).maxBudget(1.0).build(),
				RegenerateKeyRequest.builder().newKey(key).build(),
				RegenerateKeyRequest.builder().newKey(NEW_KEY).build().withKey(key),
				DeleteKeysRequest.ofKeys(KEY, key)))
			.allSatisfy((request) -> assertThat(request.toString()).doesNotContain(key).doesNotContain(hidden));
	}

	@Test
	void requestsShowAKeyHashOrAnAliasAsItIs() {
		assertThat(UpdateKeyRequest.builder(KEY_HASH).build().toString()).contains(KEY_HASH);
		assertThat(UpdateKeyRequest.byAlias("team-a-ci").build().toString()).contains("key_alias=team-a-ci");
		assertThat(DeleteKeysRequest.ofKeys(KEY_HASH).toString()).contains(KEY_HASH);
		assertThat(RegenerateKeyRequest.builder().newMasterKey("master-key-without-prefix").build().toString())
			.doesNotContain("master-key-without-prefix");
	}

	private static void stubEverySuccess() {
		proxy.stubFor(post(urlPathEqualTo("/key/generate")).willReturn(okJson(fixture("generate.json"))));
		proxy.stubFor(post(urlPathEqualTo("/key/update")).willReturn(okJson(fixture("update.json"))));
		proxy.stubFor(post(urlPathEqualTo("/key/delete")).willReturn(okJson(fixture("delete.json"))));
		proxy.stubFor(get(urlPathEqualTo("/key/info")).willReturn(okJson(fixture("info.json"))));
		proxy.stubFor(get(urlPathEqualTo("/key/list")).willReturn(okJson(fixture("list-full.json"))));
		proxy.stubFor(post(urlPathEqualTo("/key/block")).willReturn(okJson(fixture("block.json"))));
		proxy.stubFor(post(urlPathEqualTo("/key/unblock")).willReturn(okJson(fixture("unblock.json"))));
		proxy.stubFor(post(urlPathEqualTo("/key/health")).willReturn(okJson(fixture("health.json"))));
		proxy.stubFor(post(urlPathEqualTo("/key/regenerate")).willReturn(okJson(fixture("regenerate.json"))));
	}

	/**
	 * Every operation, each with a raw key wherever the API takes one: 11 requests.
	 */
	private static void runEveryOperation(Api.Clients clients) {
		KeyManagementOperations keys = clients.blocking();
		keys.generateKey(GenerateKeyRequest.builder().key(KEY).keyAlias("team-a-ci").build());
		keys.updateKey(UpdateKeyRequest.builder(KEY).maxBudget(100.0).build());
		keys.deleteKeys(DeleteKeysRequest.ofKeys(KEY, OTHER_KEY));
		keys.keyInfo(KEY);
		keys.currentKeyInfo();
		keys.listKeys(KeyListQuery.builder().keyHash(KEY).build());
		try (Stream<KeyInfo> listed = keys.streamKeys(KeyListQuery.all())) {
			assertThat(listed).hasSize(2);
		}
		keys.blockKey(KEY);
		keys.unblockKey(KEY);
		keys.keyHealth();
		Api.REACTIVE.call(clients,
				KeyCall.regenerateKey(KEY, RegenerateKeyRequest.builder().newKey(NEW_KEY).build()));
	}

	/**
	 * The lines logged so far. Reactor Netty threads keep logging after a call returns, and the appender adds
	 * to its list under its own lock.
	 */
	private List<ILoggingEvent> loggedEvents() {
		synchronized (this.logs) {
			return new ArrayList<>(this.logs.list);
		}
	}

	private void assertNoSecretInLogs() {
		List<ILoggingEvent> events = loggedEvents();
		assertThat(events).as("log lines captured").isNotEmpty();
		assertThat(events).allSatisfy((event) -> {
			assertNoSecretIn(event.getFormattedMessage());
			if (event.getThrowableProxy() != null) {
				assertNoSecretIn(ThrowableProxyUtil.asString(event.getThrowableProxy()));
			}
		});
	}

	private static void assertNoSecretIn(String text) {
		assertThat(text).isNotNull();
		for (String secret : SECRETS) {
			assertThat(text).doesNotContain(secret);
		}
	}

	private static String stackTraceOf(Throwable failure) {
		StringWriter text = new StringWriter();
		failure.printStackTrace(new PrintWriter(text));
		return text.toString();
	}

}
