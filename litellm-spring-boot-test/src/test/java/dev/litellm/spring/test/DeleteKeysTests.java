package dev.litellm.spring.test;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class DeleteKeysTests extends FakeProxyTestSupport {

	@Test
	void deletesByRawKeyOrHashAndEchoesTheInput() {
		String first = generateKey();
		String second = generateKey();

		ProxyClient.Response response = this.client.post("/key/delete",
				"{\"keys\":[" + quote(first) + "," + quote(hash(second)) + "]}");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"deleted_keys\":[" + quote(first) + "," + quote(hash(second)) + "]}");
		assertThat(this.proxy.keyCount()).isZero();
		ProxyClient.Response archived = this.client.get("/key/info?key=" + first);
		assertThat(archived.status()).isEqualTo(200);
		assertThat(archived.json().at("/info/status").asString()).isEqualTo("deleted");
	}

	@Test
	void deletedKeysNoLongerAuthenticate() {
		String key = generateKey();

		this.client.post("/key/delete", "{\"keys\":[" + quote(key) + "]}");

		assertThat(this.client.as(key).get("/key/info").status()).isEqualTo(401);
	}

	@Test
	void deletesByAlias() {
		generateKey("{\"key_alias\":\"a\"}");
		generateKey("{\"key_alias\":\"b\"}");

		ProxyClient.Response response = this.client.post("/key/delete", "{\"key_aliases\":[\"a\"]}");

		assertThat(response.body()).isEqualTo("{\"deleted_keys\":[\"a\"]}");
		assertThat(this.proxy.keyCount()).isEqualTo(1);
	}

	@Test
	void keysWinOverAliases() {
		String key = generateKey("{\"key_alias\":\"by-key\"}");
		generateKey("{\"key_alias\":\"by-alias\"}");

		ProxyClient.Response response = this.client.post("/key/delete",
				"{\"keys\":[" + quote(key) + "],\"key_aliases\":[\"by-alias\"]}");

		assertThat(response.json().get("deleted_keys").get(0).asString()).isEqualTo(key);
		assertThat(this.proxy.hasKey(key)).isFalse();
		assertThat(this.proxy.keyCount()).isEqualTo(1);
	}

	@Test
	void aPartialMissStillEchoesEveryInput() {
		String key = generateKey();

		ProxyClient.Response response = this.client.post("/key/delete",
				"{\"keys\":[" + quote(key) + ",\"sk-never-existed\"]}");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("deleted_keys")).hasSize(2);
	}

	@Test
	void noMatchAtAllIsA404() {
		ProxyClient.Response response = this.client.post("/key/delete", "{\"key_aliases\":[\"nobody\"]}");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).isEqualTo("{\"error\":{\"message\":\"{'error': 'No keys found'}\","
				+ "\"type\":\"internal_server_error\",\"param\":\"None\",\"code\":\"404\"}}");
	}

	@Test
	void neitherKeysNorAliasesIs422() {
		ProxyClient.Response empty = this.client.post("/key/delete", "{\"keys\":[]}");

		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.body()).isEqualTo("{\"detail\":[{\"type\":\"value_error\",\"loc\":[\"body\"],"
				+ "\"msg\":\"Value error, At least one of 'keys' or 'key_aliases' must be provided.\","
				+ "\"input\":{\"keys\":[]},\"ctx\":{\"error\":{}}}]}");
	}

	@Test
	void deletedKeysAreListedWithWhoDeletedThem() {
		freezeClock();
		String key = generateKey("{\"key_alias\":\"gone\",\"organization_id\":\"org-1\"}");

		this.client.post("/key/delete", "{\"keys\":[" + quote(key) + "]}", Map.of("litellm-changed-by", "alice"));
		JsonNode listed = this.client.get("/key/list?status=deleted&return_full_object=true").json();

		assertThat(listed.get("total_count").intValue()).isEqualTo(1);
		JsonNode deleted = listed.get("keys").get(0);
		assertThat(deleted.get("token").asString()).isEqualTo(hash(key));
		assertThat(deleted.get("key_alias").asString()).isEqualTo("gone");
		assertThat(deleted.get("litellm_changed_by").asString()).isEqualTo("alice");
		assertThat(deleted.get("deleted_by").asString()).isEqualTo("default_user_id");
		assertThat(deleted.get("deleted_by_api_key").asString()).isEqualTo(hash(this.proxy.masterKey()));
		assertThat(deleted.get("deleted_at").asString()).isEqualTo("2026-03-10T09:15:42.318Z");
		assertThat(deleted.get("id").asString()).isNotBlank();
		assertThat(deleted.get("org_id").isNull()).isTrue();
		assertThat(this.client.get("/key/list?status=deleted").json().get("keys").get(0).asString())
			.isEqualTo(hash(key));
	}

}
