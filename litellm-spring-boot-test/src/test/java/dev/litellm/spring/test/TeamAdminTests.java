package dev.litellm.spring.test;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routes a team admin may call besides a proxy admin, with team admins registered on the fake:
 * {@code /key/{key}/reset_spend} and {@code /team/key/bulk_update}, their order of checks, statuses and messages.
 */
class TeamAdminTests extends FakeProxyTestSupport {

	private String teamKey;

	private ProxyClient teamAdmin;

	private ProxyClient otherTeamsAdmin;

	private ProxyClient member;

	@BeforeEach
	void createTeam() {
		this.proxy.addTeamAdmin("team-a", "ada");
		this.proxy.addTeamAdmin("team-b", "bob");
		this.teamKey = generateKey("{\"team_id\":\"team-a\",\"user_id\":\"carl\",\"max_budget\":10}");
		this.teamAdmin = this.client.as(generateKey("{\"user_id\":\"ada\"}"));
		this.otherTeamsAdmin = this.client.as(generateKey("{\"user_id\":\"bob\"}"));
		this.member = this.client.as(generateKey("{\"user_id\":\"carl\",\"team_id\":\"team-a\"}"));
	}

	private ProxyClient.Response resetSpend(ProxyClient as, String key, String body) {
		return as.post("/key/" + key + "/reset_spend", body);
	}

	// ---------------------------------------------------------------- /key/{key}/reset_spend

	@Test
	void aTeamAdminResetsTheSpendOfTheTeamsKeys() {
		this.proxy.setSpend(this.teamKey, 4);

		ProxyClient.Response response = resetSpend(this.teamAdmin, this.teamKey, "{\"reset_to\":1}");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("previous_spend").doubleValue()).isEqualTo(4.0);
		assertThat(info(this.teamKey).get("spend").doubleValue()).isEqualTo(1.0);
	}

	@Test
	void othersMayNotResetTheSpendOfATeamsKey() {
		this.proxy.setSpend(this.teamKey, 4);

		for (ProxyClient caller : new ProxyClient[] { this.otherTeamsAdmin, this.member }) {
			ProxyClient.Response response = resetSpend(caller, this.teamKey, "{\"reset_to\":1}");

			assertThat(response.status()).isEqualTo(403);
			assertThat(response.body()).isEqualTo(
					"{\"detail\":{\"error\":\"You must be a proxy admin or team admin to reset key spend\"}}");
		}
		assertThat(info(this.teamKey).get("spend").doubleValue()).isEqualTo(4.0);
	}

	@Test
	void aKeyWithoutATeamIsForTheProxyAdminOnly() {
		String own = generateKey("{\"user_id\":\"ada\"}");
		this.proxy.setSpend(own, 2);

		assertThat(resetSpend(this.teamAdmin, own, "{\"reset_to\":0}").status()).isEqualTo(403);
		assertThat(resetSpend(this.client, own, "{\"reset_to\":0}").status()).isEqualTo(200);
	}

	@Test
	void theKeyIsLookedUpFirstThenTheValueThenTheCaller() {
		this.proxy.setSpend(this.teamKey, 4);

		ProxyClient.Response unknown = resetSpend(this.member, "sk-unknown-key-0123456789", "{\"reset_to\":0}");
		ProxyClient.Response aboveSpend = resetSpend(this.member, this.teamKey, "{\"reset_to\":5}");
		ProxyClient.Response negative = resetSpend(this.member, this.teamKey, "{\"reset_to\":-1}");
		this.proxy.setSpend(this.teamKey, 12);
		ProxyClient.Response aboveBudget = resetSpend(this.client, hash(this.teamKey), "{\"reset_to\":11}");

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body())
			.isEqualTo("{\"detail\":{\"error\":\"Key sk-unknown-key-0123456789 not found.\"}}");
		assertThat(aboveSpend.status()).isEqualTo(400);
		assertThat(aboveSpend.json().at("/detail/error").asString())
			.isEqualTo("reset_to (5.0) must be <= current spend (4.0)");
		assertThat(negative.json().at("/detail/error").asString()).isEqualTo("reset_to must be >= 0");
		assertThat(aboveBudget.status()).isEqualTo(400);
		assertThat(aboveBudget.json().at("/detail/error").asString())
			.isEqualTo("reset_to (11.0) must be <= budget (10.0)");
	}

	// ---------------------------------------------------------------- /team/key/bulk_update

	private ProxyClient.Response bulk(ProxyClient as, String body) {
		return as.post("/team/key/bulk_update", body);
	}

	@Test
	void aTeamAdminUpdatesTheTeamsKeys() {
		ProxyClient.Response response = bulk(this.teamAdmin,
				"{\"team_id\":\"team-a\",\"all_keys_in_team\":true,\"update_fields\":{\"max_budget\":3}}");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("total_requested").intValue()).isEqualTo(2);
		assertThat(info(this.teamKey).get("max_budget").doubleValue()).isEqualTo(3.0);
	}

	@Test
	void othersGetTheTeamMemberPermissionError() {
		for (ProxyClient caller : new ProxyClient[] { this.otherTeamsAdmin, this.member }) {
			ProxyClient.Response response = bulk(caller, "{\"team_id\":\"team-a\",\"key_ids\":["
					+ quote(this.teamKey) + "],\"update_fields\":{\"max_budget\":3}}");

			assertThat(response.status()).isEqualTo(401);
			assertThat(response.error().get("type").asString()).isEqualTo("team_member_permission_error");
			assertThat(response.error().get("param").asString()).isEqualTo("/key/update");
			assertThat(response.error().get("message").asString()).startsWith("Team member does not have permissions "
					+ "for endpoint: /key/update. You only have access to the following endpoints: ['/key/info', "
					+ "'/key/health'] for team team-a.");
		}
		assertThat(info(this.teamKey).get("max_budget").doubleValue()).isEqualTo(10.0);
	}

	@Test
	void aTeamWithoutKeysIsNotFoundBeforeTheCallerIsChecked() {
		ProxyClient.Response response = bulk(this.member,
				"{\"team_id\":\"team-z\",\"all_keys_in_team\":true,\"update_fields\":{\"max_budget\":3}}");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).isEqualTo("{\"detail\":{\"error\":\"No keys found for team\"}}");
	}

	@Test
	void theSelectionAndTheFieldsAreValidatedAsTheProxysModelsDo() {
		ProxyClient.Response both = bulk(this.client, "{\"team_id\":\"team-a\",\"key_ids\":[\"x\"],"
				+ "\"all_keys_in_team\":true,\"update_fields\":{\"max_budget\":3}}");
		ProxyClient.Response neither = bulk(this.client,
				"{\"team_id\":\"team-a\",\"update_fields\":{\"max_budget\":3}}");
		ProxyClient.Response empty = bulk(this.client, "{\"team_id\":\"team-a\",\"all_keys_in_team\":true,"
				+ "\"update_fields\":{}}");
		ProxyClient.Response halfTemp = bulk(this.client, "{\"team_id\":\"team-a\",\"all_keys_in_team\":true,"
				+ "\"update_fields\":{\"temp_budget_increase\":5}}");
		ProxyClient.Response softBudget = bulk(this.client, "{\"team_id\":\"team-a\",\"all_keys_in_team\":true,"
				+ "\"update_fields\":{\"soft_budget\":5}}");

		assertThat(message(both))
			.isEqualTo("Value error, Provide either `key_ids` or `all_keys_in_team=True`, not both.");
		assertThat(message(neither))
			.isEqualTo("Value error, Must provide either `key_ids` (non-empty) or `all_keys_in_team=True`.");
		assertThat(message(empty)).isEqualTo("Value error, update_fields must specify at least one field to update.");
		assertThat(empty.json().at("/detail/0/loc").toString()).isEqualTo("[\"body\",\"update_fields\"]");
		assertThat(message(halfTemp))
			.isEqualTo("Value error, temp_budget_increase and temp_budget_expiry must be set together");
		assertThat(softBudget.json().at("/detail/0/type").asString()).isEqualTo("extra_forbidden");
	}

	@Test
	void updateFieldsTakeTheBudgetsAndLimitsOfTheProxysAllowList() {
		ProxyClient.Response response = bulk(this.client, "{\"team_id\":\"team-a\",\"all_keys_in_team\":true,"
				+ "\"update_fields\":{\"budget_limits\":[{\"budget_duration\":\"1h\",\"max_budget\":1}],"
				+ "\"model_tpm_limit\":{\"gpt-4o\":10},\"budget_id\":\"tier-1\"}}");

		assertThat(response.status()).isEqualTo(200);
		JsonNode info = info(this.teamKey);
		assertThat(info.at("/budget_limits/0/budget_duration").asString()).isEqualTo("1h");
		assertThat(info.at("/metadata/model_tpm_limit/gpt-4o").intValue()).isEqualTo(10);
		assertThat(info.get("budget_id").asString()).isEqualTo("tier-1");
	}

	@Test
	void teamAdminsFromTheBuilderOutliveAReset() {
		try (FakeLiteLlmProxy proxy = FakeLiteLlmProxy.builder().teamAdmin("team-a", "ada").start()) {
			ProxyClient admin = new ProxyClient(proxy);
			proxy.addTeamAdmin("team-a", "eve");
			proxy.reset();
			String key = admin.generate("{\"team_id\":\"team-a\"}").get("key").asString();
			proxy.setSpend(key, 1);
			ProxyClient ada = admin.as(admin.generate("{\"user_id\":\"ada\"}").get("key").asString());
			ProxyClient eve = admin.as(admin.generate("{\"user_id\":\"eve\"}").get("key").asString());

			assertThat(ada.post("/key/" + key + "/reset_spend", "{\"reset_to\":0}").status()).isEqualTo(200);
			assertThat(eve.post("/key/" + key + "/reset_spend", "{\"reset_to\":0}").status()).isEqualTo(403);
		}
	}

	// ---------------------------------------------------------------- /key/block, /key/unblock

	@Test
	void aTeamAdminBlocksAndUnblocksTheTeamsKeysOnly() {
		String body = "{\"key\":" + quote(this.teamKey) + "}";

		assertThat(this.teamAdmin.post("/key/block", body).status()).isEqualTo(200);
		assertThat(info(this.teamKey).get("blocked").booleanValue()).isTrue();
		assertThat(this.otherTeamsAdmin.post("/key/unblock", body).status()).isEqualTo(403);
		assertThat(this.teamAdmin.post("/key/unblock", body).status()).isEqualTo(200);
		assertThat(info(this.teamKey).get("blocked").booleanValue()).isFalse();
	}

	private static String message(ProxyClient.Response response) {
		assertThat(response.status()).isEqualTo(422);
		return response.json().at("/detail/0/msg").asString();
	}

}
