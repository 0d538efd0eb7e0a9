package dev.litellm.spring.test;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class RegenerateKeyTests extends FakeProxyTestSupport {

	@Test
	void regeneratesKeepingTheKeysSettings() {
		freezeClock();
		String old = generateKey("{\"key_alias\":\"svc\",\"max_budget\":10,\"metadata\":{\"team\":\"a\"},"
				+ "\"models\":[\"gpt-4o\"]}");
		this.proxy.setSpend(old, 2.5);
		this.proxy.advanceClock(Duration.ofMinutes(1));

		ProxyClient.Response response = this.client.post("/key/regenerate", "{\"key\":" + quote(old) + "}");

		assertThat(response.status()).isEqualTo(200);
		JsonNode body = response.json();
		String fresh = body.get("key").asString();
		assertThat(fresh).matches("sk-[A-Za-z0-9_-]{22}").isNotEqualTo(old);
		assertThat(body.get("token").isNull()).isTrue();
		assertThat(body.get("token_id").asString()).isEqualTo(hash(fresh));
		assertThat(body.get("key_name").asString()).isEqualTo("sk-..." + fresh.substring(fresh.length() - 4));
		assertThat(body.get("key_alias").asString()).isEqualTo("svc");
		assertThat(body.get("spend").doubleValue()).isEqualTo(2.5);
		assertThat(body.get("max_budget").doubleValue()).isEqualTo(10.0);
		assertThat(body.get("metadata").toString()).isEqualTo("{\"team\":\"a\"}");
		assertThat(body.get("created_at").asString()).isEqualTo("2026-03-10T09:15:42.318Z");
		assertThat(body.get("updated_at").asString()).isEqualTo("2026-03-10T09:16:42.318Z");
		assertThat(this.proxy.hasKey(old)).isFalse();
		assertThat(this.proxy.hasKey(fresh)).isTrue();
		assertThat(this.client.as(old).get("/key/info").status()).isEqualTo(401);
		assertThat(this.client.as(fresh).get("/key/info").status()).isEqualTo(200);
	}

	@Test
	void bodyFieldsAreAppliedLikeAnUpdate() {
		String old = generateKey("{\"max_budget\":10,\"metadata\":{\"a\":1}}");

		JsonNode body = this.client.post("/key/regenerate",
				"{\"key\":" + quote(old) + ",\"max_budget\":20,\"metadata\":{\"b\":2}}").json();

		assertThat(body.get("max_budget").doubleValue()).isEqualTo(20.0);
		assertThat(info(body.get("key").asString()).get("metadata").toString()).isEqualTo("{\"b\":2}");
	}

	@Test
	void theOldHashIsArchivedAsDeleted() {
		String old = generateKey("{\"key_alias\":\"svc\"}");

		this.client.post("/key/regenerate", "{\"key\":" + quote(old) + "}", Map.of("litellm-changed-by", "rotator"));

		JsonNode deleted = this.client.get("/key/list?status=deleted&return_full_object=true").json().get("keys").get(0);
		assertThat(deleted.get("token").asString()).isEqualTo(hash(old));
		assertThat(deleted.get("litellm_changed_by").asString()).isEqualTo("rotator");
	}

	@Test
	void keyInThePathOrQueryWorksToo() {
		String first = generateKey();
		String second = generateKey();

		assertThat(this.client.post("/key/" + first + "/regenerate", "").status()).isEqualTo(200);
		assertThat(this.client.post("/key/regenerate?key=" + hash(second), "").status()).isEqualTo(200);
		assertThat(this.proxy.hasKey(first)).isFalse();
		assertThat(this.proxy.hasKey(second)).isFalse();
		assertThat(this.proxy.keyCount()).isEqualTo(2);
	}

	@Test
	void bodyKeyWinsOverThePathKey() {
		String inPath = generateKey();
		String inBody = generateKey();

		this.client.post("/key/" + inPath + "/regenerate", "{\"key\":" + quote(inBody) + "}");

		assertThat(this.proxy.hasKey(inPath)).isTrue();
		assertThat(this.proxy.hasKey(inBody)).isFalse();
	}

	@Test
	void newKeyIsUsedWhenGiven() {
		String old = generateKey();

		JsonNode body = this.client.post("/key/regenerate",
				"{\"key\":" + quote(old) + ",\"new_key\":\"sk-chosen-by-client\"}").json();

		assertThat(body.get("key").asString()).isEqualTo("sk-chosen-by-client");
		assertThat(this.proxy.hasKey("sk-chosen-by-client")).isTrue();
	}

	@Test
	void newKeyMustStartWithSk() {
		String old = generateKey();

		ProxyClient.Response response = this.client.post("/key/regenerate",
				"{\"key\":" + quote(old) + ",\"new_key\":\"chosen\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.error().get("message").asString()).startsWith("{'error': \"New key must start with 'sk-'.");
		assertThat(this.proxy.hasKey(old)).isTrue();
	}

	@Test
	void gracePeriodKeepsTheOldKeyValidUntilItEnds() {
		freezeClock();
		String old = generateKey("{\"key_alias\":\"svc\"}");
		String fresh = this.client.post("/key/regenerate", "{\"key\":" + quote(old) + ",\"grace_period\":\"24h\"}")
			.json()
			.get("key")
			.asString();

		this.proxy.advanceClock(Duration.ofHours(23));
		ProxyClient.Response during = this.client.as(old).get("/key/info");
		this.proxy.advanceClock(Duration.ofHours(1));
		ProxyClient.Response after = this.client.as(old).get("/key/info");

		assertThat(during.status()).isEqualTo(200);
		assertThat(during.json().get("info").get("key_alias").asString()).isEqualTo("svc");
		assertThat(after.status()).isEqualTo(401);
		assertThat(after.error().get("type").asString()).isEqualTo("token_not_found_in_db");
		assertThat(this.client.as(fresh).get("/key/info").status()).isEqualTo(200);
	}

	@Test
	void unknownKeyIsA404() {
		ProxyClient.Response response = this.client.post("/key/regenerate", "{\"key\":\"sk-missing\"}");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).isEqualTo("{\"error\":{\"message\":\"{'error': 'Key sk-missing not found.'}\","
				+ "\"type\":\"internal_server_error\",\"param\":\"None\",\"code\":\"404\"}}");
	}

	@Test
	void noKeyAtAllIsA400() {
		ProxyClient.Response response = this.client.post("/key/regenerate", "{}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.error().get("message").asString()).isEqualTo("{'error': 'No key passed in.'}");
	}

	@Test
	void withoutALicenceRegenerationIsA500() {
		String key = generateKey();
		this.proxy.setEnterpriseLicensed(false);

		ProxyClient.Response response = this.client.post("/key/regenerate", "{\"key\":" + quote(key) + "}");

		assertThat(response.status()).isEqualTo(500);
		assertThat(response.error().get("message").asString()).isEqualTo("Regenerating Virtual Keys is an Enterprise "
				+ "feature, You must be a LiteLLM Enterprise user to use this feature. If you have a license please set "
				+ "`LITELLM_LICENSE` in your env. Get a 7 day trial key here: https://www.litellm.ai/enterprise#trial. "
				+ "\nPricing: https://www.litellm.ai/#pricing");
		assertThat(response.error().get("type").asString()).isEqualTo("internal_server_error");
		assertThat(response.error().get("code").asString()).isEqualTo("500");
		assertThat(this.proxy.hasKey(key)).isTrue();
	}

	@Test
	void unlicensedIsABuilderOption() {
		try (FakeLiteLlmProxy unlicensed = FakeLiteLlmProxy.builder().enterpriseLicensed(false).start()) {
			ProxyClient other = new ProxyClient(unlicensed);
			String key = other.generate("{}").get("key").asString();

			assertThat(unlicensed.isEnterpriseLicensed()).isFalse();
			assertThat(other.post("/key/regenerate", "{\"key\":" + quote(key) + "}").status()).isEqualTo(500);
		}
	}

	@Test
	void masterKeyRotationNeedsNoLicence() {
		this.proxy.setEnterpriseLicensed(false);
		String oldMaster = this.proxy.masterKey();

		ProxyClient.Response response = this.client.post("/key/regenerate",
				"{\"key\":" + quote(oldMaster) + ",\"new_master_key\":\"sk-new-master\"}");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("key").asString()).isEqualTo("sk-new-master");
		assertThat(response.json().get("token").asString()).isEqualTo("sk-new-master");
		assertThat(response.json().get("expires").isNull()).isTrue();
		assertThat(this.proxy.masterKey()).isEqualTo("sk-new-master");
		assertThat(this.client.as(oldMaster).get("/key/list").status()).isEqualTo(401);
		assertThat(this.client.as("sk-new-master").get("/key/list").status()).isEqualTo(200);
	}

}
