package dev.litellm.spring.test;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key fields newer proxies let only a proxy admin set: an internal user (a key with a user id) who sends them
 * on generate or update gets 403 and nothing is written.
 */
class AdminOnlyFieldsTests extends FakeProxyTestSupport {

	private ProxyClient alice;

	@BeforeEach
	void createInternalUser() {
		this.alice = this.client.as(generateKey("{\"user_id\":\"alice\"}"));
	}

	@Test
	void anInternalUserMayNotSetThemOnANewKey() {
		String[][] cases = { { "\"allowed_routes\":[\"/key/list\"]", "allowed_routes" },
				{ "\"allowed_passthrough_routes\":[\"/vertex\"]", "allowed_passthrough_routes" },
				{ "\"metadata\":{\"allowed_passthrough_routes\":[\"/vertex\"]}", "metadata.allowed_passthrough_routes" },
				{ "\"disable_global_guardrails\":true", "disable_global_guardrails" },
				{ "\"metadata\":{\"disable_global_guardrails\":true}", "disable_global_guardrails" } };
		for (String[] field : cases) {
			ProxyClient.Response response = this.alice.post("/key/generate", "{" + field[0] + "}");

			assertThat(response.status()).as(field[0]).isEqualTo(403);
			assertThat(response.error().get("message").asString())
				.isEqualTo("{'error': 'Only proxy admins can set `" + field[1] + "` on a key.'}");
		}
		assertThat(this.proxy.keyCount()).isEqualTo(1);
	}

	@Test
	void emptyOrFalseValuesAreNotRefused() {
		ProxyClient.Response response = this.alice.post("/key/generate",
				"{\"allowed_routes\":[],\"allowed_passthrough_routes\":[],\"disable_global_guardrails\":false}");

		assertThat(response.status()).isEqualTo(200);
	}

	@Test
	void anInternalUserMayNotSetThemOnItsOwnKey() {
		String own = this.alice.generate("{}").get("key").asString();

		ProxyClient.Response response = this.alice.post("/key/update",
				"{\"key\":" + quote(own) + ",\"allowed_routes\":[\"/key/list\"]}");

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.error().get("message").asString())
			.isEqualTo("{'error': 'Only proxy admins can set `allowed_routes` on a key.'}");
		assertThat(info(own).get("allowed_routes").isEmpty()).isTrue();
	}

	@Test
	void resendingAGuardrailOptOutTheKeyHasIsNoOptOut() {
		String own = this.alice.generate("{}").get("key").asString();
		assertThat(this.client.post("/key/update", "{\"key\":" + quote(own) + ",\"disable_global_guardrails\":true}")
			.status()).isEqualTo(200);

		ProxyClient.Response response = this.alice.post("/key/update",
				"{\"key\":" + quote(own) + ",\"disable_global_guardrails\":true,\"key_alias\":\"renamed\"}");

		assertThat(response.status()).isEqualTo(200);
	}

	@Test
	void theProxyAdminMaySetThem() {
		ProxyClient.Response response = this.client.post("/key/generate", "{\"user_id\":\"alice\","
				+ "\"allowed_routes\":[\"/key/list\"],\"allowed_passthrough_routes\":[\"/vertex\"],"
				+ "\"disable_global_guardrails\":true}");

		assertThat(response.status()).isEqualTo(200);
	}

}
