package dev.litellm.spring.test;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class UpdateKeyTests extends FakeProxyTestSupport {

	private ProxyClient.Response update(String json) {
		return this.client.post("/key/update", json);
	}

	@Test
	void absentFieldsStayNullClearsValuesSet() {
		String key = generateKey("{\"key_alias\":\"a\",\"max_budget\":10,\"tpm_limit\":100,\"team_id\":\"t1\"}");

		ProxyClient.Response response = update("{\"key\":" + quote(key)
				+ ",\"max_budget\":null,\"tpm_limit\":200}");

		assertThat(response.status()).isEqualTo(200);
		JsonNode info = info(key);
		assertThat(info.get("max_budget").isNull()).isTrue();
		assertThat(info.get("tpm_limit").intValue()).isEqualTo(200);
		assertThat(info.get("key_alias").asString()).isEqualTo("a");
		assertThat(info.get("team_id").asString()).isEqualTo("t1");
	}

	@Test
	void nullOnAColumnThatCannotBeNullRestoresItsDefault() {
		String key = generateKey("{\"models\":[\"gpt-4o\"]}");

		update("{\"key\":" + quote(key) + ",\"models\":null}");

		assertThat(info(key).get("models").toString()).isEqualTo("[]");
	}

	@Test
	void metadataIsReplacedWholesale() {
		String key = generateKey("{\"metadata\":{\"a\":1,\"b\":2}}");

		update("{\"key\":" + quote(key) + ",\"metadata\":{\"c\":3}}");

		assertThat(info(key).get("metadata").toString()).isEqualTo("{\"c\":3}");
	}

	@Test
	void metadataIsKeptWhenAbsent() {
		String key = generateKey("{\"metadata\":{\"a\":1}}");

		update("{\"key\":" + quote(key) + ",\"max_budget\":3}");

		assertThat(info(key).get("metadata").toString()).isEqualTo("{\"a\":1}");
	}

	@Test
	void durationIsRelativeToNowAndNullOrMinusOneClearsIt() {
		freezeClock();
		String key = generateKey("{\"duration\":\"1h\"}");
		this.proxy.advanceClock(Duration.ofMinutes(30));

		update("{\"key\":" + quote(key) + ",\"duration\":\"1h\"}");
		assertThat(info(key).get("expires").asString()).isEqualTo("2026-03-10T10:45:42.318000+00:00");

		update("{\"key\":" + quote(key) + ",\"duration\":null}");
		assertThat(info(key).get("expires").isNull()).isTrue();

		update("{\"key\":" + quote(key) + ",\"duration\":\"2h\"}");
		update("{\"key\":" + quote(key) + ",\"duration\":\"-1\"}");
		assertThat(info(key).get("expires").isNull()).isTrue();
	}

	@Test
	void responseIsTheRawRowWithTheKeyAsSent() {
		freezeClock();
		String key = generateKey("{\"key_alias\":\"a\"}");
		this.proxy.advanceClock(Duration.ofSeconds(5));

		JsonNode byKey = update("{\"key\":" + quote(key) + ",\"max_budget\":1}").json();
		JsonNode byHash = update("{\"key\":" + quote(hash(key)) + ",\"max_budget\":2}").json();

		assertThat(byKey.get("key").asString()).isEqualTo(key);
		assertThat(byKey.get("token").asString()).isEqualTo(hash(key));
		assertThat(byHash.get("key").asString()).isEqualTo(hash(key));
		assertThat(byKey.get("created_at").asString()).isEqualTo("2026-03-10T09:15:42.318000+00:00");
		assertThat(byKey.get("updated_at").asString()).isEqualTo("2026-03-10T09:15:47.318000+00:00");
		assertThat(byKey.get("router_settings").toString()).isEqualTo("{}");
		assertThat(byKey.propertyNames()).first().isEqualTo("key");
		assertThat(byKey.propertyNames()).contains("budget_limits", "litellm_budget_table", "jwt_key_mappings",
				"organization_id");
	}

	@Test
	void unknownKeyIsA404NotFound() {
		ProxyClient.Response response = update("{\"key\":\"sk-does-not-exist\",\"max_budget\":1}");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).isEqualTo("{\"error\":{\"message\":\"Key not found.\","
				+ "\"type\":\"not_found_error\",\"param\":\"key\",\"code\":\"404\"}}");
	}

	@Test
	void keyOrAliasIsRequired() {
		ProxyClient.Response response = update("{\"max_budget\":1}");

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.body()).contains("\"type\":\"value_error\"",
				"Value error, either key or key_alias must be provided");
	}

	@Test
	void negativeMaxBudgetIsAnAuthError400() {
		String key = generateKey();

		ProxyClient.Response response = update("{\"key\":" + quote(key) + ",\"max_budget\":-2.5}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.error().get("message").asString())
			.isEqualTo("{'error': 'max_budget must be a non-negative finite number. Received: -2.5'}");
		assertThat(response.error().get("type").asString()).isEqualTo("auth_error");
	}

	@Test
	void invalidDurationIsA400AuthenticationError() {
		String key = generateKey();

		ProxyClient.Response response = update("{\"key\":" + quote(key) + ",\"duration\":\"30D\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.error().get("message").asString())
			.isEqualTo("Authentication Error, Unsupported duration unit, passed duration: 30D");
		assertThat(response.error().get("type").asString()).isEqualTo("auth_error");
	}

	@Test
	void aliasMustStayUniqueButAKeyMayKeepItsOwn() {
		String first = generateKey("{\"key_alias\":\"one\"}");
		generateKey("{\"key_alias\":\"two\"}");

		assertThat(update("{\"key\":" + quote(first) + ",\"key_alias\":\"one\"}").status()).isEqualTo(200);
		ProxyClient.Response clash = update("{\"key\":" + quote(first) + ",\"key_alias\":\"two\"}");

		assertThat(clash.status()).isEqualTo(400);
		assertThat(clash.error().get("type").asString()).isEqualTo("bad_request_error");
		assertThat(clash.error().get("param").asString()).isEqualTo("key_alias");
	}

	@Test
	void temporaryBudgetFieldsGoTogether() {
		String key = generateKey();

		ProxyClient.Response response = update("{\"key\":" + quote(key) + ",\"temp_budget_increase\":5}");

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("detail").get(0).get("msg").asString())
			.isEqualTo("Value error, temp_budget_increase and temp_budget_expiry must be set together");
	}

	@Test
	void temporaryBudgetFieldsAreKeptInMetadata() {
		String key = generateKey();

		update("{\"key\":" + quote(key)
				+ ",\"temp_budget_increase\":5,\"temp_budget_expiry\":\"2026-04-01T00:00:00Z\"}");

		JsonNode metadata = info(key).get("metadata");
		assertThat(metadata.get("temp_budget_increase").doubleValue()).isEqualTo(5.0);
		assertThat(metadata.get("temp_budget_expiry").asString()).isEqualTo("2026-04-01T00:00:00+00:00");
	}

	@Test
	void unknownFieldsAreIgnored() {
		String key = generateKey("{\"max_budget\":1}");

		ProxyClient.Response response = update("{\"key\":" + quote(key) + ",\"max_budgett\":99}");

		assertThat(response.status()).isEqualTo(200);
		assertThat(info(key).get("max_budget").doubleValue()).isEqualTo(1.0);
	}

}
