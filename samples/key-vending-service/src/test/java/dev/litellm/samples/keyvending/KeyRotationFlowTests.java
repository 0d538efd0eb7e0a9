package dev.litellm.samples.keyvending;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.litellm.spring.LiteLlmAuthenticationException;
import dev.litellm.spring.keys.KeyInfo;
import dev.litellm.spring.keys.KeyManagementOperations;
import dev.litellm.spring.keys.KeyRotatedEvent;
import dev.litellm.spring.keys.KeySecretSink;
import dev.litellm.spring.keys.ReactiveKeyManagementTemplate;
import dev.litellm.spring.keys.RetryPolicy;
import dev.litellm.spring.keys.RotationStrategy;
import dev.litellm.spring.keys.UpdateKeyRequest;
import dev.litellm.spring.test.AutoConfigureFakeLiteLlm;
import dev.litellm.spring.test.FakeLiteLlmProxy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/keys/{token}/rotate} against an unlicensed and a licensed fake proxy: the new key has the old
 * one's alias, budget, spend, models and limits, and the old key works for the grace period and not after.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureFakeLiteLlm
class KeyRotationFlowTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private FakeLiteLlmProxy proxy;

	@Autowired
	private KeyManagementOperations keys;

	@Autowired
	private StoredSecrets storedSecrets;

	private RestClient alice;

	@BeforeEach
	void signIn() {
		this.alice = RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultHeaders((headers) -> headers.setBasicAuth("alice", "alice-secret"))
			.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
				throw new AssertionError("HTTP " + response.getStatusCode());
			})
			.build();
		this.storedSecrets.tokens.clear();
		this.storedSecrets.events.clear();
	}

	/** Licensed first: the client remembers a refusal to regenerate, and would not ask again in this context. */
	@ParameterizedTest(name = "licensed proxy: {0}")
	@ValueSource(booleans = { true, false })
	void rotatesWithAGracePeriodOnAnyProxy(boolean licensed) {
		this.proxy.setEnterpriseLicensed(licensed);
		JsonNode issued = post("/api/keys", Map.of("alias", "platform-ci", "models", List.of("gpt-4o-mini"),
				"maxBudget", 25, "budgetDuration", "30d", "expiresIn", "90d"));
		String oldKey = issued.get("key").asString();
		String oldToken = issued.get("token").asString();
		this.keys.updateKey(UpdateKeyRequest.builder(oldToken)
			.tpmLimit(2000L)
			.rpmLimit(20L)
			.build());
		this.proxy.setSpend(oldToken, 4.25);
		KeyInfo before = this.keys.keyInfo(oldToken).info();

		JsonNode rotated = post("/api/keys/" + oldToken + "/rotate", Map.of("gracePeriod", "6h"));

		String newKey = rotated.get("key").asString();
		String newToken = rotated.get("token").asString();
		assertThat(rotated.get("strategy").asString()).isEqualTo(licensed ? "REGENERATE" : "REPLACE");
		assertThat(rotated.get("previousToken").asString()).isEqualTo(oldToken);
		assertThat(newKey).startsWith("sk-").isNotEqualTo(oldKey);
		KeyInfo after = this.keys.keyInfo(newToken).info();
		assertThat(rotated.get("alias").asString()).as("the alias as the team knows it").isEqualTo("platform-ci");
		assertThat(after.keyAlias()).as("the alias on the proxy, under the team's prefix")
			.isEqualTo("platform/platform-ci");
		assertThat(after.maxBudget()).isEqualTo(before.maxBudget());
		assertThat(after.budgetDuration()).isEqualTo(before.budgetDuration());
		assertThat(after.spend()).isEqualTo(4.25);
		assertThat(after.models()).isEqualTo(before.models());
		assertThat(after.tpmLimit()).isEqualTo(2000L);
		assertThat(after.rpmLimit()).isEqualTo(20L);
		assertThat(after.teamId()).isEqualTo("platform");
		assertThat(this.proxy.keyCount()).isEqualTo(licensed ? 1 : 2);

		assertThat(this.storedSecrets.tokens).containsExactly(newToken);
		assertThat(this.storedSecrets.events).singleElement().satisfies((event) -> {
			assertThat(event.previousToken()).isEqualTo(oldToken);
			assertThat(event.token()).isEqualTo(newToken);
			assertThat(event.keyAlias()).as("as the proxy stores it").isEqualTo("platform/platform-ci");
			assertThat(event.strategy()).isEqualTo(licensed ? RotationStrategy.REGENERATE : RotationStrategy.REPLACE);
			assertThat(event.toString()).doesNotContain(newKey);
		});

		this.proxy.advanceClock(Duration.ofHours(6).minusMinutes(1));
		assertThat(authenticates(oldKey)).as("the old key during the grace period").isTrue();
		this.proxy.advanceClock(Duration.ofMinutes(2));
		assertThat(authenticates(oldKey)).as("the old key after the grace period").isFalse();
		assertThat(authenticates(newKey)).isTrue();
	}

	private boolean authenticates(String key) {
		ReactiveKeyManagementTemplate asKey = ReactiveKeyManagementTemplate.builder()
			.baseUrl(this.proxy.baseUrl())
			.apiKey(key)
			.retryPolicy(RetryPolicy.none())
			.build();
		try (asKey) {
			asKey.currentKeyInfo().block();
			return true;
		}
		catch (LiteLlmAuthenticationException ex) {
			return false;
		}
	}

	private JsonNode post(String path, Map<String, Object> body) {
		return json.readTree(this.alice.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.body(String.class));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class SecretStore {

		@Bean
		StoredSecrets storedSecrets() {
			return new StoredSecrets();
		}

		/** Stands in for a secret manager: keeps only the hashes, to show the sink is called. */
		@Bean
		KeySecretSink keySecretSink(StoredSecrets storedSecrets) {
			return (token, key) -> storedSecrets.tokens.add(token);
		}

	}

	/** What the application saw: the hashes its sink stored, the events it received. */
	static final class StoredSecrets {

		final List<String> tokens = new CopyOnWriteArrayList<>();

		final List<KeyRotatedEvent> events = new CopyOnWriteArrayList<>();

		@EventListener
		void rotated(KeyRotatedEvent event) {
			this.events.add(event);
		}

	}

}
