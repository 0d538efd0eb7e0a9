package dev.litellm.spring.test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class GenerateKeyTests extends FakeProxyTestSupport {

	@Test
	void serverChosenKeyIsSkAndTwentyTwoUrlSafeCharacters() {
		JsonNode response = this.client.generate("{}");

		String key = response.get("key").asString();
		assertThat(key).matches("sk-[A-Za-z0-9_-]{22}");
		assertThat(response.get("token").asString()).isEqualTo(hash(key));
		assertThat(response.get("token_id").asString()).isEqualTo(hash(key));
		assertThat(response.get("key_name").asString()).isEqualTo("sk-..." + key.substring(key.length() - 4));
		assertThat(this.proxy.hasKey(key)).isTrue();
	}

	@Test
	void keysAreRandom() {
		assertThat(generateKey()).isNotEqualTo(generateKey());
	}

	@Test
	void responseIsTheGenerateKeyResponseModel() {
		freezeClock();

		JsonNode response = this.client.generate("{\"key_alias\":\"team-a\",\"models\":[\"gpt-4o\"],\"max_budget\":10,"
				+ "\"team_id\":\"t1\",\"metadata\":{\"owner\":\"alice\"},\"duration\":\"30d\",\"budget_duration\":\"30d\","
				+ "\"soft_budget_ignored_field\":true}");

		List<String> fields = new ArrayList<>(response.propertyNames());
		assertThat(fields).containsExactly("key_alias", "duration", "models", "spend", "max_budget", "user_id",
				"team_id", "agent_id", "max_parallel_requests", "metadata", "tpm_limit", "rpm_limit",
				"budget_duration", "allowed_cache_controls", "config", "permissions", "model_max_budget",
				"model_rpm_limit", "model_tpm_limit", "guardrails", "policies", "prompts", "blocked", "aliases",
				"object_permission", "key", "budget_id", "tags", "enforced_params", "allowed_routes",
				"allowed_passthrough_routes", "allowed_vector_store_indexes", "rpm_limit_type", "tpm_limit_type",
				"router_settings", "access_group_ids", "key_name", "expires", "token_id", "organization_id",
				"project_id", "litellm_budget_table", "token", "created_by", "updated_by", "created_at", "updated_at",
				"key_type", "budget_limits", "budget_fallbacks", "mcp_rpm_limit", "tag_rpm_limit", "tpd_limit",
				"default_estimated_output_tokens", "default_estimated_output_tokens_per_model", "end_user_budget_id",
				"disable_global_guardrails", "enable_prompt_caching", "throttle_on_budget_exceeded");
		assertThat(response.get("key_type").asString()).isEqualTo("default");
		assertThat(response.get("duration").isNull()).isTrue();
		assertThat(response.get("spend").doubleValue()).isZero();
		assertThat(response.get("max_budget").isDouble()).isTrue();
		assertThat(response.get("budget_duration").asString()).isEqualTo("30d");
		assertThat(response.get("metadata").toString()).isEqualTo("{\"owner\":\"alice\"}");
		assertThat(response.get("expires").asString()).isEqualTo("2026-04-09T09:15:42.318Z");
		assertThat(response.get("created_at").asString()).isEqualTo("2026-03-10T09:15:42.318Z");
		assertThat(response.get("created_by").asString()).isEqualTo("default_user_id");
		assertThat(response.get("router_settings").get("model_group_alias").toString()).isEqualTo("{}");
		assertThat(response.get("router_settings").get("num_retries").isNull()).isTrue();
		assertThat(response.has("soft_budget")).isFalse();
		assertThat(response.has("budget_reset_at")).isFalse();
	}

	@Test
	void expiresKeepsMicrosecondsButTrimsTrailingZerosLikePydantic() {
		this.proxy.setClock(Clock.fixed(Instant.parse("2026-03-10T09:15:42.640000Z"), ZoneOffset.UTC));

		JsonNode response = this.client.generate("{\"duration\":\"30s\"}");

		assertThat(response.get("expires").asString()).isEqualTo("2026-03-10T09:16:12.64Z");
	}

	@Test
	void wholeSecondsHaveNoFraction() {
		this.proxy.setClock(Clock.fixed(Instant.parse("2026-03-31T23:59:00Z"), ZoneOffset.UTC));

		JsonNode response = this.client.generate("{\"duration\":\"1m\"}");

		assertThat(response.get("expires").asString()).isEqualTo("2026-04-01T00:00:00Z");
		assertThat(info(response.get("key").asString()).get("expires").asString())
			.isEqualTo("2026-04-01T00:00:00+00:00");
	}

	@Test
	void durationIsAPrefixMatchInSecondsToMonths() {
		freezeClock();

		assertThat(expiresFor("30s")).isEqualTo("2026-03-10T09:16:12.318Z");
		assertThat(expiresFor("30min")).isEqualTo("2026-03-10T09:45:42.318Z");
		assertThat(expiresFor("1hr")).isEqualTo("2026-03-10T10:15:42.318Z");
		assertThat(expiresFor("2w")).isEqualTo("2026-03-24T09:15:42.318Z");
		assertThat(expiresFor("1mo")).isEqualTo("2026-04-10T09:15:42.318Z");
	}

	private String expiresFor(String duration) {
		return this.client.generate("{\"duration\":" + quote(duration) + "}").get("expires").asString();
	}

	@Test
	void durationWithoutKnownUnitIsA500() {
		for (String duration : List.of("30D", "3600", "1.5h", "1y")) {
			ProxyClient.Response response = this.client.post("/key/generate", "{\"duration\":" + quote(duration) + "}");

			assertThat(response.status()).isEqualTo(500);
			assertThat(response.error().get("message").asString())
				.isEqualTo("Unsupported duration unit, passed duration: " + duration);
			assertThat(response.error().get("type").asString()).isEqualTo("internal_server_error");
		}
		ProxyClient.Response garbage = this.client.post("/key/generate", "{\"duration\":\"soon\"}");
		assertThat(garbage.status()).isEqualTo(500);
		assertThat(garbage.error().get("message").asString()).isEqualTo("Invalid duration format");
		assertThat(this.proxy.keyCount()).isZero();
	}

	@Test
	void budgetDurationResetsOnAStandardBoundary() {
		freezeClock();

		String monthly = generateKey("{\"budget_duration\":\"30d\"}");
		String daily = generateKey("{\"budget_duration\":\"1d\"}");
		String hourly = generateKey("{\"budget_duration\":\"1h\"}");

		assertThat(info(monthly).get("budget_reset_at").asString()).isEqualTo("2026-04-01T00:00:00+00:00");
		assertThat(info(daily).get("budget_reset_at").asString()).isEqualTo("2026-03-11T00:00:00+00:00");
		assertThat(info(hourly).get("budget_reset_at").asString()).isEqualTo("2026-03-10T10:00:00+00:00");
	}

	@Test
	void clientChosenKeyIsUsed() {
		JsonNode response = this.client.generate("{\"key\":\"sk-my-own-key-1234\"}");

		assertThat(response.get("key").asString()).isEqualTo("sk-my-own-key-1234");
		assertThat(response.get("token").asString()).isEqualTo(hash("sk-my-own-key-1234"));
	}

	@Test
	void clientChosenKeyMustStartWithSk() {
		ProxyClient.Response response = this.client.post("/key/generate", "{\"key\":\"my-own-key-1234\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.error().get("message").asString()).isEqualTo(
				"{'error': \"Invalid key format. LiteLLM Virtual Key must start with 'sk-'. Received: my-o****1234\"}");
		assertThat(response.error().get("type").asString()).isEqualTo("internal_server_error");
		assertThat(response.error().get("code").asString()).isEqualTo("400");
	}

	@Test
	void repeatingAClientChosenKeyIsABadRequest() {
		this.client.generate("{\"key\":\"sk-idempotent-1234\",\"max_budget\":5}");

		ProxyClient.Response again = this.client.post("/key/generate",
				"{\"key\":\"sk-idempotent-1234\",\"max_budget\":50}");

		assertThat(again.status()).isEqualTo(400);
		assertThat(again.error().get("message").asString()).isEqualTo("Key already exists");
		assertThat(this.proxy.keyCount()).isEqualTo(1);
		assertThat(info("sk-idempotent-1234").get("max_budget").doubleValue()).isEqualTo(5.0);
	}

	@Test
	void aliasMustBeUnique() {
		generateKey("{\"key_alias\":\"billing\"}");

		ProxyClient.Response response = this.client.post("/key/generate", "{\"key_alias\":\"billing\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("{\"error\":{\"message\":\"Key with alias 'billing' already exists. "
				+ "Unique key aliases across all keys are required.\",\"type\":\"bad_request_error\","
				+ "\"param\":\"key_alias\",\"code\":\"400\"}}");
	}

	@Test
	void negativeMaxBudgetIsRejected() {
		ProxyClient.Response response = this.client.post("/key/generate", "{\"max_budget\":-10}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("{\"error\":{\"message\":\"{'error': 'max_budget must be a "
				+ "non-negative finite number. Received: -10.0'}\",\"type\":\"internal_server_error\","
				+ "\"param\":\"None\",\"code\":\"400\"}}");
	}

	@Test
	void metadataFieldsMoveIntoMetadata() {
		JsonNode response = this.client.generate("{\"metadata\":{\"a\":1},\"tags\":[\"prod\"],"
				+ "\"model_rpm_limit\":{\"gpt-4o\":10},\"enforced_params\":[\"user\"]}");

		assertThat(response.get("tags").isNull()).isTrue();
		assertThat(response.get("model_rpm_limit").isNull()).isTrue();
		assertThat(response.get("metadata").get("a").intValue()).isEqualTo(1);
		assertThat(response.get("metadata").get("tags").get(0).asString()).isEqualTo("prod");
		assertThat(response.get("metadata").get("model_rpm_limit").get("gpt-4o").intValue()).isEqualTo(10);
		assertThat(info(response.get("key").asString()).get("metadata").get("enforced_params").get(0).asString())
			.isEqualTo("user");
	}

	@Test
	void premiumFieldsNeedALicence() {
		this.proxy.setEnterpriseLicensed(false);

		ProxyClient.Response response = this.client.post("/key/generate", "{\"tags\":[\"prod\"]}");

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.error().get("message").asString())
			.startsWith("{'error': 'This feature is only available for LiteLLM Enterprise users: tags. "
					+ "You must be a LiteLLM Enterprise user to use this feature.")
			.contains("\\nPricing");
	}

	@Test
	void keyTypeSetsAllowedRoutes() {
		JsonNode response = this.client.generate("{\"key_type\":\"read_only\",\"allowed_routes\":[\"/x\"]}");

		assertThat(response.get("allowed_routes").toString()).isEqualTo("[\"info_routes\"]");
	}

	@Test
	void softBudgetCreatesABudgetRow() {
		JsonNode response = this.client.generate("{\"soft_budget\":5}");

		String budgetId = response.get("budget_id").asString();
		JsonNode budget = info(response.get("key").asString()).get("litellm_budget_table");
		assertThat(budget.get("budget_id").asString()).isEqualTo(budgetId);
		assertThat(budget.get("soft_budget").doubleValue()).isEqualTo(5.0);
	}

	@Test
	void objectPermissionIsStoredAndJoined() {
		JsonNode response = this.client.generate("{\"object_permission\":{\"vector_stores\":[\"vs1\"]}}");

		JsonNode info = info(response.get("key").asString());
		assertThat(response.get("object_permission").isNull()).isTrue();
		assertThat(info.get("object_permission").get("vector_stores").get(0).asString()).isEqualTo("vs1");
		assertThat(info.get("object_permission").get("object_permission_id").asString())
			.isEqualTo(info.get("object_permission_id").asString());
	}

	@Test
	void wronglyTypedFieldsAreFastApi422s() {
		ProxyClient.Response response = this.client.post("/key/generate",
				"{\"max_budget\":\"lots\",\"models\":\"gpt-4o\",\"key_type\":\"admin\"}");

		assertThat(response.status()).isEqualTo(422);
		JsonNode detail = response.json().get("detail");
		assertThat(detail).hasSize(3);
		assertThat(detail.get(0).toString()).isEqualTo("{\"type\":\"list_type\",\"loc\":[\"body\",\"models\"],"
				+ "\"msg\":\"Input should be a valid list\",\"input\":\"gpt-4o\"}");
		assertThat(detail.get(1).toString()).isEqualTo("{\"type\":\"float_parsing\",\"loc\":[\"body\",\"max_budget\"],"
				+ "\"msg\":\"Input should be a valid number, unable to parse string as a number\",\"input\":\"lots\"}");
		assertThat(detail.get(2).get("type").asString()).isEqualTo("enum");
		assertThat(detail.get(2).get("msg").asString())
			.isEqualTo("Input should be 'llm_api', 'management', 'read_only' or 'default'");
	}

	@Test
	void numbersInStringsAreCoercedLikePydantic() {
		JsonNode response = this.client.generate("{\"max_budget\":\"12.5\",\"tpm_limit\":\"100\",\"rpm_limit\":5.0}");

		assertThat(response.get("max_budget").doubleValue()).isEqualTo(12.5);
		assertThat(response.get("tpm_limit").isIntegralNumber()).isTrue();
		assertThat(response.get("rpm_limit").toString()).isEqualTo("5");
	}

	@Test
	void bodyWithoutJsonContentTypeIs422() {
		ProxyClient.Response response = this.client.send("POST", "/key/generate", "{}", "text/plain",
				java.util.Map.of());

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("detail").get(0).get("type").asString()).isEqualTo("model_attributes_type");
		assertThat(this.proxy.keyCount()).isZero();
	}

	@Test
	void emptyBodyIsAMissingBody() {
		ProxyClient.Response response = this.client.post("/key/generate", "");

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.body()).isEqualTo("{\"detail\":[{\"type\":\"missing\",\"loc\":[\"body\"],"
				+ "\"msg\":\"Field required\",\"input\":null}]}");
	}

}
