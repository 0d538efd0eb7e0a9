package dev.litellm.spring.test;

import java.util.ArrayList;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fake modelling LiteLLM v1.81.14 where that release differs from the newest proxy: its statuses and messages,
 * and none of the later fields, filters or checks.
 */
@FakeProxyVersion(ProxyVersion.V1_81)
class V181BehaviourTests extends FakeProxyTestSupport {

	private ProxyClient.Response update(String json) {
		return this.client.post("/key/update", json);
	}

	@Test
	void unknownKeyIsA401ThatEchoesTheRawKey() {
		ProxyClient.Response response = update("{\"key\":\"sk-does-not-exist\",\"max_budget\":1}");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.body()).isEqualTo("{\"error\":{\"message\":\"Authentication Error: invalid user key - "
				+ "user key does not exist in db. User Key=sk-does-not-exist\",\"type\":\"auth_error\","
				+ "\"param\":\"None\",\"code\":\"401\"}}");
	}

	@Test
	void keyIsRequired() {
		ProxyClient.Response response = update("{\"max_budget\":1}");

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.body()).isEqualTo("{\"detail\":[{\"type\":\"missing\",\"loc\":[\"body\",\"key\"],"
				+ "\"msg\":\"Field required\",\"input\":{\"max_budget\":1}}]}");
	}

	@Test
	void negativeMaxBudgetIsAnAuthError400() {
		String key = generateKey();

		ProxyClient.Response response = update("{\"key\":" + quote(key) + ",\"max_budget\":-2.5}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.error().get("message").asString())
			.isEqualTo("{'error': 'max_budget cannot be negative. Received: -2.5'}");
		assertThat(response.error().get("type").asString()).isEqualTo("auth_error");
	}

	@Test
	void unknownKeyIsAPlainText500() {
		ProxyClient.Response block = this.client.post("/key/block", "{\"key\":\"sk-never-generated\"}");
		ProxyClient.Response unblock = this.client.post("/key/unblock", "{\"key\":\"" + "a".repeat(64) + "\"}");

		assertThat(block.status()).isEqualTo(500);
		assertThat(block.contentType()).startsWith("text/plain");
		assertThat(block.body()).isEqualTo("Internal Server Error");
		assertThat(unblock.status()).isEqualTo(500);
	}

	@Test
	void negativeMaxBudgetIsRejected() {
		ProxyClient.Response response = this.client.post("/key/generate", "{\"max_budget\":-10}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("{\"error\":{\"message\":\"{'error': 'max_budget cannot be negative. "
				+ "Received: -10.0'}\",\"type\":\"internal_server_error\",\"param\":\"None\",\"code\":\"400\"}}");
	}

	@Test
	void repeatingAClientChosenKeyLeavesTheStoredKeyAlone() {
		this.client.generate("{\"key\":\"sk-idempotent-1234\",\"max_budget\":5}");

		ProxyClient.Response again = this.client.post("/key/generate",
				"{\"key\":\"sk-idempotent-1234\",\"max_budget\":50}");

		assertThat(again.status()).isEqualTo(200);
		assertThat(this.proxy.keyCount()).isEqualTo(1);
		assertThat(info("sk-idempotent-1234").get("max_budget").doubleValue()).isEqualTo(5.0);
	}

	@Test
	void onlyDeletedIsAValidStatus() {
		ProxyClient.Response response = this.client.get("/key/list?status=active");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.error().get("message").asString())
			.isEqualTo("{'error': \"Invalid status value. Currently only 'deleted' is supported.\"}");
	}

	@Test
	void theFakeReportsItsVersion() {
		assertThat(this.proxy.version()).isEqualTo(ProxyVersion.V1_81);
	}

	@Test
	void blockAnswersTheOlderVerificationTokenModel() {
		String key = generateKey();

		JsonNode body = this.client.post("/key/block", "{\"key\":" + quote(key) + "}").json();

		assertThat(new ArrayList<>(body.propertyNames())).endsWith("key_rotation_at", "router_settings");
	}

	@Test
	void deletedKeysAreNotFoundAndInfoHasNoStatus() {
		String kept = generateKey();
		String gone = generateKey();
		this.client.post("/key/delete", "{\"keys\":[" + quote(gone) + "]}");

		JsonNode info = info(kept);

		assertThat(this.client.get("/key/info?key=" + gone).status()).isEqualTo(404);
		assertThat(info.has("status")).isFalse();
		assertThat(info.has("key_type")).isFalse();
		assertThat(info.has("settings_updated_at")).isFalse();
		assertThat(new ArrayList<>(info.propertyNames())).endsWith("budget_limits", "litellm_budget_table",
				"litellm_organization_table", "litellm_project_table", "object_permission", "jwt_key_mappings");
	}

	@Test
	void generateAnswersWithoutTheLaterFieldsAndSkipsTheLaterChecks() {
		JsonNode response = this.client.generate("{\"key\":\"sk-short\",\"budget_duration\":\"0d\","
				+ "\"tpd_limit\":5}");

		assertThat(response.has("key_type")).isFalse();
		assertThat(response.has("tpd_limit")).isFalse();
		assertThat(response.has("budget_limits")).isFalse();
		assertThat(response.get("key").asString()).isEqualTo("sk-short");
		assertThat(info("sk-short").has("tpd_limit")).isFalse();
	}

	@Test
	void onlyTheMasterKeyManagesKeys() {
		String alice = generateKey("{\"user_id\":\"alice\"}");

		ProxyClient.Response generate = this.client.as(alice).post("/key/generate", "{}");
		ProxyClient.Response block = this.client.as(alice).post("/key/block", "{\"key\":" + quote(alice) + "}");

		assertThat(generate.status()).isEqualTo(401);
		assertThat(block.status()).isEqualTo(401);
	}

	@Test
	void budgetChangesAndAdminOnlyFieldsAreTheMasterKeysAsIsEveryWrite() {
		this.proxy.setSelfServeBudgetPolicy(SelfServeBudgetPolicy.CEILING);
		ProxyClient alice = this.client.as(generateKey("{\"user_id\":\"alice\",\"max_budget\":20}"));
		String alicesKey = generateKey("{\"user_id\":\"alice\",\"max_budget\":10}");

		ProxyClient.Response lower = alice.post("/key/update", "{\"key\":" + quote(alicesKey) + ",\"max_budget\":5}");
		ProxyClient.Response permissions = alice.post("/key/generate", "{\"permissions\":{}}");

		assertThat(lower.status()).isEqualTo(401);
		assertThat(lower.error().get("message").asString())
			.startsWith("Authentication Error, Only proxy admin can be used to generate, delete, update info");
		assertThat(permissions.status()).isEqualTo(401);
		assertThat(info(alicesKey).get("max_budget").doubleValue()).isEqualTo(10.0);
	}

	@Test
	void laterAdminOnlyFieldsAreIgnoredUnchecked() {
		String key = generateKey("{\"permissions\":{\"pii\":false},\"end_user_budget_id\":\"no-such-budget\","
				+ "\"throttle_on_budget_exceeded\":true,\"default_estimated_output_tokens\":1}");

		JsonNode info = info(key);
		assertThat(info.get("permissions").get("pii").booleanValue()).isFalse();
		assertThat(info.get("metadata").has("end_user_budget_id")).isFalse();
		assertThat(info.get("metadata").has("throttle_on_budget_exceeded")).isFalse();
		assertThat(info.get("metadata").has("default_estimated_output_tokens")).isFalse();
	}

	@Test
	void listFiltersOfNewerProxiesAreIgnored() {
		generateKey("{\"key_alias\":\"alpha\",\"agent_id\":\"a1\"}");
		generateKey("{\"key_alias\":\"beta\"}");

		JsonNode list = this.client.get("/key/list?search=alp&agent_id=a1").json();

		assertThat(list.get("total_count").intValue()).isEqualTo(2);
	}

	@Test
	void laterBudgetFieldsAreIgnoredUnchecked() {
		String key = generateKey("{\"budget_limits\":[{\"budget_duration\":\"0d\",\"max_budget\":-1}],"
				+ "\"model_max_budget\":{\"gpt-4o\":{\"budget_limit\":1,\"time_period\":\"1d\"}}}");

		assertThat(update("{\"key\":" + quote(key) + ",\"soft_budget\":5}").status()).isEqualTo(200);

		JsonNode info = info(key);
		assertThat(info.get("budget_limits").isNull()).isTrue();
		assertThat(info.get("budget_id").isNull()).isTrue();
		assertThat(info.get("litellm_budget_table").isNull()).isTrue();
		assertThat(info.has("budget_limits_usage")).isFalse();
		assertThat(info.has("model_max_budget_usage")).isFalse();
	}

	@Test
	void teamBulkUpdateDoesNotExistYet() {
		ProxyClient.Response response = this.client.post("/team/key/bulk_update",
				"{\"team_id\":\"t\",\"all_keys_in_team\":true,\"update_fields\":{\"max_budget\":1}}");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).isEqualTo("{\"detail\":\"Not Found\"}");
	}

	@Test
	void regenerateCanGiveAKeyTheAliasOfAnotherAsOnNewerProxies() {
		String first = generateKey("{\"key_alias\":\"shared\"}");
		String second = generateKey();

		ProxyClient.Response regenerated = this.client.post("/key/regenerate",
				"{\"key\":" + quote(second) + ",\"key_alias\":\"shared\"}");

		assertThat(regenerated.status()).isEqualTo(200);
		assertThat(info(first).get("key_alias").asString()).isEqualTo("shared");
		assertThat(info(regenerated.json().get("key").asString()).get("key_alias").asString()).isEqualTo("shared");
		assertThat(update("{\"key_alias\":\"shared\",\"max_budget\":1}").status()).isEqualTo(422);
	}

}
