package dev.litellm.spring.test;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The budgets of newer proxies beside {@code max_budget}: {@code soft_budget} on update, the {@code budget_limits}
 * windows (validated, stored with their {@code reset_at}) and the usage maps {@code /key/info} reports.
 */
class BudgetFieldsTests extends FakeProxyTestSupport {

	@BeforeEach
	void fixClock() {
		freezeClock();
	}

	private ProxyClient.Response update(String key, String fields) {
		return this.client.post("/key/update", "{\"key\":" + quote(key) + "," + fields + "}");
	}

	// ---------------------------------------------------------------- soft_budget on /key/update

	@Test
	void updateKeepsTheSoftBudgetInTheKeysBudgetRow() {
		String key = generateKey();

		assertThat(update(key, "\"soft_budget\":5").status()).isEqualTo(200);
		JsonNode first = info(key).get("litellm_budget_table");
		assertThat(update(key, "\"soft_budget\":7.5").status()).isEqualTo(200);
		JsonNode second = info(key).get("litellm_budget_table");

		assertThat(first.get("soft_budget").doubleValue()).isEqualTo(5.0);
		assertThat(second.get("soft_budget").doubleValue()).isEqualTo(7.5);
		assertThat(second.get("budget_id").asString()).isEqualTo(first.get("budget_id").asString())
			.isEqualTo(info(key).get("budget_id").asString());
	}

	@Test
	void updateChangesTheSoftBudgetSetAtGenerationAndNullRemovesIt() {
		String key = generateKey("{\"soft_budget\":2}");
		String budgetId = info(key).get("budget_id").asString();

		update(key, "\"soft_budget\":3");
		assertThat(info(key).at("/litellm_budget_table/soft_budget").doubleValue()).isEqualTo(3.0);
		update(key, "\"soft_budget\":null");

		assertThat(info(key).at("/litellm_budget_table/soft_budget").isNull()).isTrue();
		assertThat(info(key).get("budget_id").asString()).isEqualTo(budgetId);
	}

	@Test
	void updateWithoutSoftBudgetLeavesItAlone() {
		String key = generateKey("{\"soft_budget\":2}");

		update(key, "\"max_budget\":9");

		assertThat(info(key).at("/litellm_budget_table/soft_budget").doubleValue()).isEqualTo(2.0);
	}

	@Test
	void softBudgetOnUpdateIsValidatedLikeMaxBudget() {
		String key = generateKey();

		ProxyClient.Response negative = update(key, "\"soft_budget\":-1");

		assertThat(negative.status()).isEqualTo(400);
		assertThat(negative.error().get("message").asString())
			.contains("soft_budget must be a non-negative finite number. Received: -1.0");
		assertThat(info(key).get("litellm_budget_table").isNull()).isTrue();
	}

	// ---------------------------------------------------------------- budget_limits

	@Test
	void budgetLimitsAreStoredWithTheirNextResetAndWithoutUnknownFields() {
		JsonNode generated = this.client.generate("{\"budget_limits\":[{\"budget_duration\":\"1h\",\"max_budget\":5,"
				+ "\"note\":\"x\",\"reset_at\":\"2020-01-01T00:00:00Z\"},"
				+ "{\"budget_duration\":\"1d\",\"max_budget\":\"20\"}]}");
		String key = generated.get("key").asString();

		String expected = "[{\"budget_duration\":\"1h\",\"max_budget\":5.0,\"reset_at\":\"2026-03-10T10:00:00+00:00\"},"
				+ "{\"budget_duration\":\"1d\",\"max_budget\":20.0,\"reset_at\":\"2026-03-11T00:00:00+00:00\"}]";
		assertThat(generated.get("budget_limits").toString()).isEqualTo(expected);
		assertThat(info(key).get("budget_limits").toString()).isEqualTo(expected);

		update(key, "\"budget_limits\":[{\"budget_duration\":\"7d\",\"max_budget\":50}]");

		assertThat(info(key).get("budget_limits").toString()).isEqualTo(
				"[{\"budget_duration\":\"7d\",\"max_budget\":50.0,\"reset_at\":\"2026-03-16T00:00:00+00:00\"}]");
	}

	@Test
	void budgetLimitItemsMustBeWindows() {
		ProxyClient.Response notAnObject = this.client.post("/key/generate", "{\"budget_limits\":[\"1h\"]}");
		ProxyClient.Response missing = this.client.post("/key/generate", "{\"budget_limits\":[{\"max_budget\":1}]}");
		ProxyClient.Response notANumber = this.client.post("/key/generate",
				"{\"budget_limits\":[{\"budget_duration\":\"1h\",\"max_budget\":\"lots\"}]}");

		assertThat(notAnObject.status()).isEqualTo(422);
		assertThat(notAnObject.json().at("/detail/0/type").asString()).isEqualTo("model_type");
		assertThat(notAnObject.json().at("/detail/0/loc").toString()).isEqualTo("[\"body\",\"budget_limits\",0]");
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.json().at("/detail/0").toString()).isEqualTo("{\"type\":\"missing\",\"loc\":[\"body\","
				+ "\"budget_limits\",0,\"budget_duration\"],\"msg\":\"Field required\",\"input\":{\"max_budget\":1}}");
		assertThat(notANumber.status()).isEqualTo(422);
		assertThat(notANumber.json().at("/detail/0/loc").toString())
			.isEqualTo("[\"body\",\"budget_limits\",0,\"max_budget\"]");
		assertThat(this.proxy.keyCount()).isZero();
	}

	@Test
	void budgetLimitDurationsAndBudgetsAreCheckedLikeTheKeys() {
		ProxyClient.Response badDuration = this.client.post("/key/generate",
				"{\"budget_limits\":[{\"budget_duration\":\"1h\",\"max_budget\":1},"
						+ "{\"budget_duration\":\"0d\",\"max_budget\":1}]}");
		ProxyClient.Response negative = this.client.post("/key/generate",
				"{\"budget_limits\":[{\"budget_duration\":\"1h\",\"max_budget\":-2}]}");
		String key = generateKey();
		ProxyClient.Response badUpdate = update(key,
				"\"budget_limits\":[{\"budget_duration\":\"soon\",\"max_budget\":1}]");

		assertThat(badDuration.status()).isEqualTo(400);
		assertThat(badDuration.error().get("message").asString()).isEqualTo(
				"{'error': \"Invalid budget_duration '0d'. Use a format like '1h', '24h', '7d', or '30d'.\"}");
		assertThat(negative.status()).isEqualTo(400);
		assertThat(negative.error().get("message").asString())
			.isEqualTo("{'error': 'max_budget must be a non-negative finite number. Received: -2.0'}");
		assertThat(badUpdate.status()).isEqualTo(400);
		assertThat(info(key).get("budget_limits").isNull()).isTrue();
	}

	// ---------------------------------------------------------------- usage maps

	@Test
	void infoReportsTheUsageOfEachWindowAndOfEachModelBudget() {
		String key = generateKey("{\"budget_limits\":[{\"budget_duration\":\"1h\",\"max_budget\":5},"
				+ "{\"budget_duration\":\"30d\",\"max_budget\":100}],\"model_max_budget\":{\"gpt-4o\":"
				+ "{\"budget_limit\":2.5,\"time_period\":\"1d\"},\"no-period\":{\"budget_limit\":1}}}");

		JsonNode info = info(key);

		assertThat(info.get("budget_limits_usage").toString())
			.isEqualTo("{\"1h\":{\"current_spend\":0.0},\"30d\":{\"current_spend\":0.0}}");
		assertThat(info.get("model_max_budget_usage").toString())
			.isEqualTo("{\"gpt-4o\":{\"current_spend\":0.0,\"budget_limit\":2.5,\"time_period\":\"1d\"}}");
		JsonNode many = this.client.post("/v2/key/info", "{\"keys\":[" + quote(key) + "]}").json();
		assertThat(many.at("/info/0/budget_limits_usage").toString())
			.isEqualTo(info.get("budget_limits_usage").toString());
		assertThat(many.at("/info/0/model_max_budget_usage").toString())
			.isEqualTo(info.get("model_max_budget_usage").toString());
	}

	@Test
	void keysWithoutWindowsOrModelBudgetsHaveNoUsageMaps() {
		JsonNode info = info(generateKey());

		assertThat(info.has("budget_limits_usage")).isFalse();
		assertThat(info.has("model_max_budget_usage")).isFalse();
	}

	@Test
	void aDeletedKeyServedFromTheArchiveHasNoUsageMaps() {
		String key = generateKey("{\"model_max_budget\":{\"gpt-4o\":{\"budget_limit\":1,\"time_period\":\"1d\"}}}");
		assertThat(info(key).has("model_max_budget_usage")).isTrue();
		this.client.post("/key/delete", "{\"keys\":[" + quote(key) + "]}");

		JsonNode archived = info(key);

		assertThat(archived.get("status").asString()).isEqualTo("deleted");
		assertThat(archived.has("model_max_budget_usage")).isFalse();
	}

	@Test
	void resetSpendRestartsTheWindowsFromNow() {
		String key = generateKey("{\"budget_limits\":[{\"budget_duration\":\"1h\",\"max_budget\":5}]}");
		this.proxy.setSpend(key, 3);

		assertThat(this.client.post("/key/" + key + "/reset_spend", "{\"reset_to\":0}").status()).isEqualTo(200);

		assertThat(info(key).at("/budget_limits/0/reset_at").asString()).isEqualTo("2026-03-10T10:15:42.318000+00:00");
	}

}
