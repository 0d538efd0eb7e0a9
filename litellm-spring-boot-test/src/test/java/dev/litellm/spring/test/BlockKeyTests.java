package dev.litellm.spring.test;

import java.util.ArrayList;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class BlockKeyTests extends FakeProxyTestSupport {

	@Test
	void blockAnswersTheVerificationTokenModelWithoutOrgId() {
		freezeClock();
		String key = generateKey("{\"organization_id\":\"org-1\"}");

		ProxyClient.Response response = this.client.post("/key/block", "{\"key\":" + quote(key) + "}");

		assertThat(response.status()).isEqualTo(200);
		JsonNode body = response.json();
		assertThat(body.get("blocked").booleanValue()).isTrue();
		assertThat(body.get("token").asString()).isEqualTo(hash(key));
		assertThat(body.get("org_id").isNull()).isTrue();
		assertThat(body.has("organization_id")).isFalse();
		assertThat(body.get("created_at").asString()).isEqualTo("2026-03-10T09:15:42.318Z");
		assertThat(new ArrayList<>(body.propertyNames())).endsWith("key_rotation_at", "router_settings",
				"budget_fallbacks");
		assertThat(info(key).get("blocked").booleanValue()).isTrue();
	}

	@Test
	void unblockAnswersTheRawRowWithOrganizationId() {
		String key = generateKey("{\"organization_id\":\"org-1\"}");
		this.client.post("/key/block", "{\"key\":" + quote(key) + "}");

		ProxyClient.Response response = this.client.post("/key/unblock", "{\"key\":" + quote(hash(key)) + "}");

		assertThat(response.status()).isEqualTo(200);
		JsonNode body = response.json();
		assertThat(body.get("blocked").booleanValue()).isFalse();
		assertThat(body.get("organization_id").asString()).isEqualTo("org-1");
		assertThat(body.has("jwt_key_mappings")).isTrue();
		assertThat(body.get("created_at").asString()).endsWith("Z");
		assertThat(this.client.as(key).get("/key/info").status()).isEqualTo(200);
	}

	@Test
	void malformedKeyIsA400() {
		ProxyClient.Response response = this.client.post("/key/block", "{\"key\":\"not a key!\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("{\"error\":{\"message\":\"Invalid key format.\","
				+ "\"type\":\"bad_request_error\",\"param\":\"key\",\"code\":\"400\"}}");
	}

	@Test
	void unknownKeyIsNotFound() {
		ProxyClient.Response block = this.client.post("/key/block", "{\"key\":\"sk-never-generated\"}");
		ProxyClient.Response unblock = this.client.post("/key/unblock", "{\"key\":\"" + "a".repeat(64) + "\"}");

		assertThat(block.status()).isEqualTo(404);
		assertThat(block.body()).isEqualTo("{\"error\":{\"message\":\"Key not found.\","
				+ "\"type\":\"not_found_error\",\"param\":\"key\",\"code\":\"404\"}}");
		assertThat(unblock.status()).isEqualTo(404);
	}

}
