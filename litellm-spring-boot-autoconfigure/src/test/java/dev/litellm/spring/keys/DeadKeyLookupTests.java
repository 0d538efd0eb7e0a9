package dev.litellm.spring.keys;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.litellm.spring.LiteLlmTransportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
 * A proxy newer than 1.81.14 answers {@code /key/info} for a key that no longer works: 200 with the archived
 * record and {@code status} {@code deleted}, or the live record with {@code revoked} or {@code expired}. When a
 * generate's answer is lost, such an answer is never taken for the key the generate created.
 */
class DeadKeyLookupTests {

	static final String API_KEY = "sk-master-dead-key-tests-0001";

	static final String CUSTOM_KEY = "sk-custom-key-once-deleted-0002";

	static final JsonMapper json = JsonMapper.builder().build();

	@RegisterExtension
	static final SecretLeakGuard guard = SecretLeakGuard.watching(API_KEY, CUSTOM_KEY);

	@RegisterExtension
	static final LoopbackWireMock proxy = new LoopbackWireMock();

	@Test
	void aLostAnswerWithTheKeyOnlyInTheArchiveOfDeletedKeysIsNoSuccess() {
		proxy.stubFor(post("/key/generate").willReturn(echoed().withFixedDelay(1000)));
		proxy.stubFor(get(urlPathEqualTo("/key/info")).willReturn(okJson(info("deleted"))));
		try (ReactiveKeyManagementTemplate client = client()) {
			assertThatExceptionOfType(LiteLlmTransportException.class)
				.isThrownBy(() -> client.generateKey(GenerateKeyRequest.builder().key(CUSTOM_KEY).build()).block())
				.withMessageContaining("ReadTimeoutException")
				.withMessageContaining("did not exist on the proxy when last looked up");

			await().atMost(Api.TIMEOUT).until(() -> generates().size() >= 3);
			assertThat(generates()).as("a deleted key counts as absent, so the write is sent again").hasSize(3);
		}
	}

	@Test
	void aDeletedKeyOfTheSameHashIsRecreatedByTheRepeatedWrite() {
		proxy.stubFor(post("/key/generate").inScenario("late").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(echoed().withFixedDelay(1000)).willSetStateTo("fast"));
		proxy.stubFor(post("/key/generate").inScenario("late").whenScenarioStateIs("fast").willReturn(echoed()));
		proxy.stubFor(get(urlPathEqualTo("/key/info")).willReturn(okJson(info("deleted"))));
		try (ReactiveKeyManagementTemplate client = client()) {
			GenerateKeyResponse response = client.generateKey(GenerateKeyRequest.builder().key(CUSTOM_KEY).build())
				.block();

			assertThat(response.keyAlias()).as("the proxy's answer to the second write, not the archive")
				.isEqualTo("fresh");
			assertThat(response.status()).isNull();
			assertThat(proxy.findAll(getRequestedFor(urlPathEqualTo("/key/info")))).hasSize(1);
		}
	}

	@Test
	void aBlockedKeyTheGenerateDidNotAskForIsNoSuccessAndIsNotWrittenAgain() {
		proxy.stubFor(post("/key/generate").willReturn(echoed().withFixedDelay(1000)));
		proxy.stubFor(get(urlPathEqualTo("/key/info")).willReturn(okJson(info("revoked"))));
		try (ReactiveKeyManagementTemplate client = client()) {
			assertThatExceptionOfType(LiteLlmTransportException.class)
				.isThrownBy(() -> client.generateKey(GenerateKeyRequest.builder().key(CUSTOM_KEY).build()).block())
				.withMessageContaining("exists on the proxy but is revoked, so it is not reported as created")
				.withMessageNotContaining(CUSTOM_KEY);

			// The journal records a delayed write once its answer is sent.
			await().atMost(Api.TIMEOUT).until(() -> !generates().isEmpty());
			assertThat(generates()).hasSize(1);
		}
	}

	@Test
	void anExpiredKeyIsNoSuccess() {
		proxy.stubFor(post("/key/generate").willReturn(echoed().withFixedDelay(1000)));
		proxy.stubFor(get(urlPathEqualTo("/key/info")).willReturn(okJson(info("expired"))));
		try (ReactiveKeyManagementTemplate client = client()) {
			assertThatExceptionOfType(LiteLlmTransportException.class)
				.isThrownBy(() -> client.generateKey(GenerateKeyRequest.builder().key(CUSTOM_KEY).build()).block())
				.withMessageContaining("exists on the proxy but is expired");
		}
	}

	@Test
	void aKeyGeneratedBlockedOnPurposeIsRecoveredThoughRevoked() {
		proxy.stubFor(post("/key/generate").willReturn(echoed().withFixedDelay(1000)));
		proxy.stubFor(get(urlPathEqualTo("/key/info")).willReturn(okJson(info("revoked"))));
		try (ReactiveKeyManagementTemplate client = client()) {
			GenerateKeyResponse response = client
				.generateKey(GenerateKeyRequest.builder().key(CUSTOM_KEY).blocked(true).build())
				.block();

			assertThat(response.key()).isEqualTo(CUSTOM_KEY);
			assertThat(response.status()).isEqualTo("revoked");
			assertThat(response.keyAlias()).isEqualTo("stored");
		}
	}

	@Test
	void anActiveKeyIsRecoveredWithItsStatus() {
		proxy.stubFor(post("/key/generate").willReturn(echoed().withFixedDelay(1000)));
		proxy.stubFor(get(urlPathEqualTo("/key/info")).willReturn(okJson(info("active"))));
		try (ReactiveKeyManagementTemplate client = client()) {
			GenerateKeyResponse response = client.generateKey(GenerateKeyRequest.builder().key(CUSTOM_KEY).build())
				.block();

			assertThat(response.status()).isEqualTo("active");
			assertThat(response.keyType()).isEqualTo("default");
			assertThat(response.additionalProperties()).isEmpty();
			await().atMost(Api.TIMEOUT).until(() -> !generates().isEmpty());
			assertThat(generates()).hasSize(1);
		}
	}

	private static List<LoggedRequest> generates() {
		return proxy.findAll(postRequestedFor(urlPathEqualTo("/key/generate")));
	}

	private static ReactiveKeyManagementTemplate client() {
		return ReactiveKeyManagementTemplate.builder()
			.baseUrl(proxy.baseUrl())
			.apiKey(API_KEY)
			.readTimeout(Duration.ofMillis(300))
			.retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(100)))
			.build();
	}

	/** The proxy's answer to a write that creates the key. */
	private static ResponseDefinitionBuilder echoed() {
		return aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"key\":\"{{jsonPath request.body '$.key'}}\",\"key_alias\":\"fresh\"}")
			.withTransformers("response-template");
	}

	/** {@code /key/info} of a newer proxy for the custom key, in the given state. */
	private static String info(String status) {
		String info = """
				{"key":"ignored","info":{"key_name":"sk-...0002","key_alias":"stored","spend":1.0,"max_budget":10.0,
				"models":[],"metadata":{},"team_id":"t","blocked":%s,"expires":%s,"key_type":"default",
				"created_at":"2026-03-10T09:15:42.318000+00:00","settings_updated_at":null,%s"status":"%s"}}"""
			.formatted("revoked".equals(status), "expired".equals(status) ? "\"2026-03-11T00:00:00+00:00\"" : "null",
					"deleted".equals(status) ? "\"deleted_at\":\"2026-03-15T08:00:12.045000+00:00\"," : "", status);
		json.readTree(info); // a malformed fixture fails here, not as a confusing recovery failure
		return info;
	}

}
