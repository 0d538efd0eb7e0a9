package dev.litellm.spring.test;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class KeyInfoTests extends FakeProxyTestSupport {

	@Test
	void findsByRawKeyOrHashAndEchoesWhatWasPassed() {
		String key = generateKey("{\"key_alias\":\"x\"}");

		JsonNode byKey = this.client.get("/key/info?key=" + key).json();
		JsonNode byHash = this.client.get("/key/info?key=" + hash(key)).json();

		assertThat(byKey.get("key").asString()).isEqualTo(key);
		assertThat(byHash.get("key").asString()).isEqualTo(hash(key));
		assertThat(byKey.get("info")).isEqualTo(byHash.get("info"));
	}

	@Test
	void infoIsTheRowWithoutTokenWithItsRelations() {
		freezeClock();
		String key = generateKey("{\"key_alias\":\"x\",\"duration\":\"1d\",\"max_budget\":3,\"spend\":1}");

		JsonNode info = info(key);

		List<String> fields = new ArrayList<>(info.propertyNames());
		assertThat(fields).doesNotContain("token");
		assertThat(fields).startsWith("key_name", "key_alias", "soft_budget_cooldown", "spend", "expires");
		assertThat(fields).endsWith("budget_limits", "budget_fallbacks", "key_type", "tpd_limit",
				"settings_updated_at", "litellm_budget_table", "litellm_organization_table", "litellm_project_table",
				"object_permission", "jwt_key_mappings", "status");
		assertThat(info.get("status").asString()).isEqualTo("active");
		assertThat(info.get("key_type").asString()).isEqualTo("default");
		assertThat(info.get("settings_updated_at").asString()).isEqualTo("2026-03-10T09:15:42.318000+00:00");
		assertThat(info.get("expires").asString()).isEqualTo("2026-03-11T09:15:42.318000+00:00");
		assertThat(info.get("created_at").asString()).isEqualTo("2026-03-10T09:15:42.318000+00:00");
		assertThat(info.get("spend").doubleValue()).isEqualTo(1.0);
		assertThat(info.get("router_settings").toString()).isEqualTo("{}");
		assertThat(info.get("policies").toString()).isEqualTo("[]");
	}

	@Test
	void unknownKeyIsNotFound() {
		ProxyClient.Response response = this.client.get("/key/info?key=sk-nothing");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).isEqualTo("{\"error\":{\"message\":\"Key not found in database\","
				+ "\"type\":\"not_found_error\",\"param\":\"key\",\"code\":\"404\"}}");
	}

	@Test
	void withoutAKeyTheMasterKeyIsLookedUpAndNotFound() {
		ProxyClient.Response response = this.client.get("/key/info");

		assertThat(response.status()).isEqualTo(404);
	}

}
