package dev.litellm.spring.test;

import dev.litellm.spring.LiteLlmBadRequestException;
import dev.litellm.spring.keys.KeyManagementTemplate;
import dev.litellm.spring.keys.ReactiveKeyManagementTemplate;
import dev.litellm.spring.keys.RetryPolicy;
import dev.litellm.spring.keys.UpdateKeyRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Aliases are unique where the proxy enforces it (generate, and update of the alias) but not on regenerate, which
 * writes the body's {@code key_alias} without the check: two keys can then share an alias, and an update that names
 * the key by that alias is a 400.
 */
class DuplicateAliasTests extends FakeProxyTestSupport {

	private String twoKeysNamed(String alias) {
		generateKey("{\"key_alias\":" + quote(alias) + "}");
		String other = generateKey();
		ProxyClient.Response regenerated = this.client.post("/key/regenerate",
				"{\"key\":" + quote(other) + ",\"key_alias\":" + quote(alias) + "}");
		assertThat(regenerated.status()).isEqualTo(200);
		return regenerated.json().get("key").asString();
	}

	@Test
	void generateAndUpdateRefuseAnAliasInUse() {
		generateKey("{\"key_alias\":\"ci\"}");
		String other = generateKey();

		ProxyClient.Response generate = this.client.post("/key/generate", "{\"key_alias\":\"ci\"}");
		ProxyClient.Response update = this.client.post("/key/update",
				"{\"key\":" + quote(other) + ",\"key_alias\":\"ci\"}");

		for (ProxyClient.Response response : new ProxyClient.Response[] { generate, update }) {
			assertThat(response.status()).isEqualTo(400);
			assertThat(response.error().get("message").asString())
				.isEqualTo("Key with alias 'ci' already exists. Unique key aliases across all keys are required.");
		}
	}

	@Test
	void regenerateCanGiveAKeyTheAliasOfAnother() {
		String regenerated = twoKeysNamed("ci");

		assertThat(info(regenerated).get("key_alias").asString()).isEqualTo("ci");
		assertThat(this.client.get("/key/list?key_alias=ci").json().get("total_count").intValue()).isEqualTo(2);
	}

	@Test
	void updateByASharedAliasIsABadRequest() {
		twoKeysNamed("ci");

		ProxyClient.Response response = this.client.post("/key/update", "{\"key_alias\":\"ci\",\"max_budget\":1}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("{\"error\":{\"message\":\"Multiple keys share key_alias='ci', so it "
				+ "cannot be used as an identifier.\",\"type\":\"bad_request_error\",\"param\":\"key_alias\","
				+ "\"code\":\"400\"}}");
	}

	@Test
	void theClientReportsTheSharedAliasAsABadRequest() {
		twoKeysNamed("team-a-ci");
		try (ReactiveKeyManagementTemplate reactive = ReactiveKeyManagementTemplate.builder()
			.baseUrl(this.proxy.baseUrl())
			.apiKey(this.proxy.masterKey())
			.retryPolicy(RetryPolicy.none())
			.build()) {
			KeyManagementTemplate keys = new KeyManagementTemplate(reactive);

			assertThatExceptionOfType(LiteLlmBadRequestException.class)
				.isThrownBy(() -> keys.updateKey(UpdateKeyRequest.byAlias("team-a-ci").blocked(true).build()))
				.withMessageContaining("Multiple keys share key_alias='team-a-ci'")
				.withMessageContaining("cannot be used as an identifier");
		}
	}

}
