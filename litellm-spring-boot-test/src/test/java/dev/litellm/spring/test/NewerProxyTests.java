package dev.litellm.spring.test;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What proxies after v1.81 do differently, as the fake models it by default: update by alias, the new validations,
 * the new fields stored and returned, {@code status} on {@code /key/info}, the new list filters, and internal users
 * managing their own keys.
 */
class NewerProxyTests extends FakeProxyTestSupport {

	@Test
	void theFakeModelsTheNewestProxyByDefault() {
		assertThat(this.proxy.version()).isEqualTo(ProxyVersion.LATEST);
	}

	@Test
	void updateFindsTheKeyByItsAlias() {
		String key = generateKey("{\"key_alias\":\"svc\"}");

		ProxyClient.Response response = this.client.post("/key/update", "{\"key_alias\":\"svc\",\"max_budget\":4}");

		assertThat(response.status()).isEqualTo(200);
		assertThat(info(key).get("max_budget").doubleValue()).isEqualTo(4.0);
	}

	@Test
	void updateByAnUnknownAliasIsNotFound() {
		ProxyClient.Response response = this.client.post("/key/update", "{\"key_alias\":\"x\",\"max_budget\":4}");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).isEqualTo("{\"error\":{\"message\":\"Key not found. No key with key_alias='x'.\","
				+ "\"type\":\"not_found_error\",\"param\":\"key_alias\",\"code\":\"404\"}}");
	}

	@Test
	void invalidBudgetDurationsAreBadRequests() {
		for (String duration : new String[] { "0d", "soon" }) {
			ProxyClient.Response response = this.client.post("/key/generate",
					"{\"budget_duration\":" + quote(duration) + "}");

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.error().get("message").asString()).isEqualTo("{'error': \"Invalid budget_duration '"
					+ duration + "'. Use a format like '1h', '24h', '7d', or '30d'.\"}");
		}
		String key = generateKey();
		assertThat(this.client.post("/key/update", "{\"key\":" + quote(key) + ",\"budget_duration\":\"0h\"}").status())
			.isEqualTo(400);
	}

	@Test
	void customKeysNeedSixteenCharacters() {
		ProxyClient.Response shortKey = this.client.post("/key/generate", "{\"key\":\"sk-short\"}");
		String old = generateKey();
		ProxyClient.Response shortNewKey = this.client.post("/key/regenerate",
				"{\"key\":" + quote(old) + ",\"new_key\":\"sk-tiny\"}");

		assertThat(shortKey.status()).isEqualTo(400);
		assertThat(shortKey.error().get("message").asString()).contains("must be at least 16 characters long.");
		assertThat(shortNewKey.status()).isEqualTo(400);
		assertThat(shortNewKey.error().get("message").asString()).contains("must be at least 16 characters long.");
		assertThat(this.client.post("/key/generate", "{\"key\":\"sk-sixteen-chars\"}").status()).isEqualTo(200);
	}

	@Test
	void customKeysCanBeDisabled() {
		this.proxy.setCustomApiKeysDisabled(true);

		ProxyClient.Response response = this.client.post("/key/generate", "{\"key\":\"sk-custom-key-value-1\"}");

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.error().get("message").asString()).isEqualTo("{'error': 'Custom API key values are "
				+ "disabled by your administrator. Keys must be auto-generated.'}");
		assertThat(this.client.post("/key/generate", "{}").status()).isEqualTo(200);
		this.proxy.reset();
		assertThat(this.client.post("/key/generate", "{\"key\":\"sk-custom-key-value-1\"}").status()).isEqualTo(200);
	}

	@Test
	void customKeysCanBeDisabledFromTheBuilder() {
		try (FakeLiteLlmProxy disabled = FakeLiteLlmProxy.builder().customApiKeysDisabled(true).start()) {
			ProxyClient.Response response = new ProxyClient(disabled).post("/key/generate",
					"{\"key\":\"sk-custom-key-value-1\"}");

			assertThat(response.status()).isEqualTo(403);
		}
	}

	@Test
	void keyTypeIsStoredAndReturned() {
		JsonNode generated = this.client.generate("{\"key_type\":\"read_only\"}");

		assertThat(generated.get("key_type").asString()).isEqualTo("read_only");
		assertThat(info(generated.get("key").asString()).get("key_type").asString()).isEqualTo("read_only");
	}

	@Test
	void newFieldsAreStoredAsColumnsOrMetadataAndReturned() {
		this.proxy.addBudget("b1");
		JsonNode generated = this.client.generate("{\"tpd_limit\":1000,\"budget_fallbacks\":{\"gpt-4o\":[\"mini\"]},"
				+ "\"budget_limits\":[{\"budget_duration\":\"1d\",\"max_budget\":2.5}],\"mcp_rpm_limit\":{\"s\":3},"
				+ "\"tag_rpm_limit\":{\"t\":4},\"enable_prompt_caching\":true,\"throttle_on_budget_exceeded\":true,"
				+ "\"default_estimated_output_tokens\":256,\"end_user_budget_id\":\"b1\"}");
		JsonNode info = info(generated.get("key").asString());

		assertThat(generated.get("tpd_limit").intValue()).isEqualTo(1000);
		assertThat(generated.get("mcp_rpm_limit").get("s").intValue()).isEqualTo(3);
		assertThat(generated.get("enable_prompt_caching").booleanValue()).isTrue();
		assertThat(generated.get("budget_limits").get(0).get("max_budget").doubleValue()).isEqualTo(2.5);
		assertThat(info.get("tpd_limit").intValue()).isEqualTo(1000);
		assertThat(info.get("budget_fallbacks").get("gpt-4o").get(0).asString()).isEqualTo("mini");
		assertThat(info.get("budget_limits").get(0).get("budget_duration").asString()).isEqualTo("1d");
		JsonNode metadata = info.get("metadata");
		assertThat(metadata.get("mcp_rpm_limit").get("s").intValue()).isEqualTo(3);
		assertThat(metadata.get("tag_rpm_limit").get("t").intValue()).isEqualTo(4);
		assertThat(metadata.get("enable_prompt_caching").booleanValue()).isTrue();
		assertThat(metadata.get("throttle_on_budget_exceeded").booleanValue()).isTrue();
		assertThat(metadata.get("default_estimated_output_tokens").intValue()).isEqualTo(256);
		assertThat(metadata.get("end_user_budget_id").asString()).isEqualTo("b1");
	}

	@Test
	void newObjectPermissionFieldsAreStored() {
		String key = generateKey("{\"object_permission\":{\"search_tools\":[\"web\"],\"skills\":[\"sql\"],"
				+ "\"mcp_tool_search_enabled\":true}}");

		JsonNode permission = info(key).get("object_permission");

		assertThat(permission.get("search_tools").get(0).asString()).isEqualTo("web");
		assertThat(permission.get("skills").get(0).asString()).isEqualTo("sql");
		assertThat(permission.get("mcp_tool_search_enabled").booleanValue()).isTrue();
	}

	@Test
	void updateStoresTheNewFieldsAndOnlyDetachesProjects() {
		String key = generateKey("{\"project_id\":\"p1\"}");

		ProxyClient.Response moved = this.client.post("/key/update",
				"{\"key\":" + quote(key) + ",\"project_id\":\"p2\"}");
		ProxyClient.Response detached = this.client.post("/key/update",
				"{\"key\":" + quote(key) + ",\"project_id\":null,\"tpd_limit\":9,\"tag_rpm_limit\":{\"t\":1}}");

		assertThat(moved.status()).isEqualTo(400);
		assertThat(moved.error().get("message").asString())
			.contains("Project reassignment is not supported. Use null to detach the key.");
		assertThat(detached.status()).isEqualTo(200);
		assertThat(detached.json().get("project_id").isNull()).isTrue();
		assertThat(detached.json().get("tpd_limit").intValue()).isEqualTo(9);
		assertThat(info(key).get("metadata").get("tag_rpm_limit").get("t").intValue()).isEqualTo(1);
	}

	@Test
	void disableGlobalGuardrailsIsPremium() {
		this.proxy.setEnterpriseLicensed(false);

		ProxyClient.Response response = this.client.post("/key/generate", "{\"disable_global_guardrails\":true}");

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.error().get("message").asString())
			.contains("This feature is only available for LiteLLM Enterprise users: disable_global_guardrails.");
	}

	@Test
	void writesStampSettingsUpdatedAt() {
		freezeClock();
		String key = generateKey();
		this.proxy.advanceClock(Duration.ofMinutes(5));

		this.client.post("/key/block", "{\"key\":" + quote(key) + "}");

		assertThat(info(key).get("settings_updated_at").asString()).isEqualTo("2026-03-10T09:20:42.318000+00:00");
	}

	@Test
	void infoCarriesTheStatusOfEveryKey() {
		freezeClock();
		String active = generateKey();
		String blocked = generateKey();
		String expiring = generateKey("{\"duration\":\"1h\"}");
		this.client.post("/key/block", "{\"key\":" + quote(blocked) + "}");
		this.proxy.advanceClock(Duration.ofHours(2));

		assertThat(info(active).get("status").asString()).isEqualTo("active");
		assertThat(info(blocked).get("status").asString()).isEqualTo("revoked");
		assertThat(info(expiring).get("status").asString()).isEqualTo("expired");
		assertThat(this.client.get("/key/info?key=sk-never-existed").status()).isEqualTo(404);
	}

	@Test
	void listFiltersByStatusSearchAgentAndExpiry() {
		freezeClock();
		String alpha = generateKey("{\"key_alias\":\"Alpha-one\",\"agent_id\":\"a1\"}");
		generateKey("{\"key_alias\":\"beta\",\"duration\":\"1h\"}");
		String blocked = generateKey("{\"key_alias\":\"gamma\"}");
		this.client.post("/key/block", "{\"key\":" + quote(blocked) + "}");
		this.proxy.advanceClock(Duration.ofHours(2));

		assertThat(count("search=alpha")).isEqualTo(1);
		assertThat(count("search=" + hash(alpha))).isEqualTo(1);
		assertThat(count("agent_id=a1")).isEqualTo(1);
		assertThat(count("expires=expired")).isEqualTo(1);
		assertThat(count("expires=active")).isEqualTo(2);
		assertThat(count("status=active")).isEqualTo(1);
		assertThat(count("status=revoked")).isEqualTo(1);
		assertThat(count("status=expired")).isEqualTo(1);
		assertThat(count("key_alias=pha")).isZero();
		assertThat(count("key_alias=pha&substring_matching=true")).isEqualTo(1);
	}

	private int count(String query) {
		return this.client.get("/key/list?" + query).json().get("total_count").intValue();
	}

	@Test
	void serviceAccountKeysNeedATeamAndKeepTheirId() {
		ProxyClient.Response noTeam = this.client.post("/key/generate",
				"{\"metadata\":{\"service_account_id\":\"svc\"}}");
		String key = generateKey("{\"team_id\":\"t1\",\"metadata\":{\"service_account_id\":\"svc\"}}");
		ProxyClient.Response changed = this.client.post("/key/update",
				"{\"key\":" + quote(key) + ",\"metadata\":{\"service_account_id\":\"other\"}}");

		assertThat(noTeam.status()).isEqualTo(400);
		assertThat(noTeam.error().get("message").asString()).contains("team_id is required for service account keys");
		assertThat(changed.status()).isEqualTo(400);
		assertThat(changed.error().get("message").asString())
			.contains("service_account_id is immutable once set and cannot be changed via update.");
	}

	@Test
	void internalUsersManageTheirOwnKeysButCannotBlockThem() {
		String alice = generateKey("{\"user_id\":\"alice\"}");
		String bobs = generateKey("{\"user_id\":\"bob\"}");
		ProxyClient asAlice = this.client.as(alice);

		JsonNode own = asAlice.generate("{\"key_alias\":\"mine\"}");
		String ownKey = own.get("key").asString();

		assertThat(own.get("user_id").asString()).isEqualTo("alice");
		assertThat(asAlice.post("/key/update", "{\"key\":" + quote(ownKey) + ",\"key_alias\":\"still-mine\"}")
			.status()).isEqualTo(200);
		ProxyClient.Response othersUpdate = asAlice.post("/key/update", "{\"key\":" + quote(bobs) + ",\"max_budget\":1}");
		assertThat(othersUpdate.status()).isEqualTo(403);
		ProxyClient.Response othersDelete = asAlice.post("/key/delete", "{\"keys\":[" + quote(bobs) + "]}");
		assertThat(othersDelete.status()).isEqualTo(403);
		assertThat(othersDelete.error().get("message").asString()).isEqualTo("You are not authorized to delete this key");
		ProxyClient.Response block = asAlice.post("/key/block", "{\"key\":" + quote(ownKey) + "}");
		assertThat(block.status()).isEqualTo(403);
		assertThat(block.json().at("/detail/error").asString()).startsWith(
				"Only proxy admins, team admins, or org admins can call /key/block. user_role=internal_user");
		ProxyClient.Response unknown = asAlice.post("/key/unblock", "{\"key\":\"" + "b".repeat(64) + "\"}");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().at("/detail/error").asString()).isEqualTo("Key not found: " + "b".repeat(64));
		JsonNode listed = asAlice.get("/key/list").json();
		assertThat(listed.get("total_count").intValue()).isEqualTo(2);
		assertThat(listed.get("keys").toString()).doesNotContain(hash(bobs));
		assertThat(asAlice.post("/key/delete", "{\"keys\":[" + quote(ownKey) + "]}").status()).isEqualTo(200);
		assertThat(this.proxy.hasKey(bobs)).isTrue();
	}

}
