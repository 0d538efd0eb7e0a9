package dev.litellm.spring.test;

import java.util.Map;

import dev.litellm.spring.LiteLlmPermissionDeniedException;
import dev.litellm.spring.keys.GenerateKeyRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The key fields newer proxies let only a proxy admin set: an internal user (a key with a user id) who sends them
 * on generate or update gets 403 and nothing is written.
 */
class AdminOnlyFieldsTests extends FakeProxyTestSupport {

	private static final String ESTIMATES_ADMIN_ONLY = "{'error': 'Only proxy admins can set "
			+ "default_estimated_output_tokens or default_estimated_output_tokens_per_model on a key. They decide how "
			+ "many output tokens the rate limiter reserves for a request that omits max_tokens.'}";

	private String aliceKey;

	private ProxyClient alice;

	@BeforeEach
	void createInternalUser() {
		this.aliceKey = generateKey("{\"user_id\":\"alice\"}");
		this.alice = this.client.as(this.aliceKey);
	}

	/** A key alice created herself, with the fields the proxy admin then set on it. */
	private String ownKeyWithAdminFields(String adminFields) {
		String own = this.alice.generate("{}").get("key").asString();
		assertThat(update(this.client, own, adminFields).status()).isEqualTo(200);
		return own;
	}

	private ProxyClient.Response update(ProxyClient as, String key, String fields) {
		return as.post("/key/update", "{\"key\":" + quote(key) + "," + fields + "}");
	}

	private static void assertRefused(ProxyClient.Response response, String message) {
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.error().get("message").asString()).isEqualTo(message);
	}

	@Test
	void anInternalUserMayNotSetThemOnANewKey() {
		String[][] cases = { { "\"allowed_routes\":[\"/key/list\"]", "allowed_routes" },
				{ "\"allowed_passthrough_routes\":[\"/vertex\"]", "allowed_passthrough_routes" },
				{ "\"metadata\":{\"allowed_passthrough_routes\":[\"/vertex\"]}", "metadata.allowed_passthrough_routes" },
				{ "\"disable_global_guardrails\":true", "disable_global_guardrails" },
				{ "\"metadata\":{\"disable_global_guardrails\":true}", "disable_global_guardrails" } };
		for (String[] field : cases) {
			ProxyClient.Response response = this.alice.post("/key/generate", "{" + field[0] + "}");

			assertThat(response.status()).as(field[0]).isEqualTo(403);
			assertThat(response.error().get("message").asString())
				.isEqualTo("{'error': 'Only proxy admins can set `" + field[1] + "` on a key.'}");
		}
		assertThat(this.proxy.keyCount()).isEqualTo(1);
	}

	@Test
	void emptyOrFalseValuesAreNotRefused() {
		ProxyClient.Response response = this.alice.post("/key/generate",
				"{\"allowed_routes\":[],\"allowed_passthrough_routes\":[],\"disable_global_guardrails\":false}");

		assertThat(response.status()).isEqualTo(200);
	}

	@Test
	void anInternalUserMayNotSetThemOnItsOwnKey() {
		String own = this.alice.generate("{}").get("key").asString();

		ProxyClient.Response response = this.alice.post("/key/update",
				"{\"key\":" + quote(own) + ",\"allowed_routes\":[\"/key/list\"]}");

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.error().get("message").asString())
			.isEqualTo("{'error': 'Only proxy admins can set `allowed_routes` on a key.'}");
		assertThat(info(own).get("allowed_routes").isEmpty()).isTrue();
	}

	@Test
	void resendingAGuardrailOptOutTheKeyHasIsNoOptOut() {
		String own = this.alice.generate("{}").get("key").asString();
		assertThat(this.client.post("/key/update", "{\"key\":" + quote(own) + ",\"disable_global_guardrails\":true}")
			.status()).isEqualTo(200);

		ProxyClient.Response response = this.alice.post("/key/update",
				"{\"key\":" + quote(own) + ",\"disable_global_guardrails\":true,\"key_alias\":\"renamed\"}");

		assertThat(response.status()).isEqualTo(200);
	}

	@Test
	void theProxyAdminMaySetThem() {
		ProxyClient.Response response = this.client.post("/key/generate", "{\"user_id\":\"alice\","
				+ "\"allowed_routes\":[\"/key/list\"],\"allowed_passthrough_routes\":[\"/vertex\"],"
				+ "\"disable_global_guardrails\":true}");

		assertThat(response.status()).isEqualTo(200);
	}

	@Test
	void permissionsAreForTheProxyAdminEvenWhenEmpty() {
		String own = this.alice.generate("{}").get("key").asString();
		String refused = "{'error': 'Only proxy admins can set `permissions`.'}";

		assertRefused(this.alice.post("/key/generate", "{\"permissions\":{}}"), refused);
		assertRefused(update(this.alice, own, "\"permissions\":{\"pii\":false}"), refused);
		assertThatExceptionOfType(LiteLlmPermissionDeniedException.class)
			.isThrownBy(() -> blockingClient(this.aliceKey)
				.generateKey(GenerateKeyRequest.builder().permissions(Map.of("pii", false)).build()))
			.satisfies((ex) -> assertThat(ex.errorMessage()).contains("Only proxy admins can set `permissions`."));
		assertThat(update(this.client, own, "\"permissions\":{\"pii\":false}").status()).isEqualTo(200);
		assertThat(info(own).get("permissions").get("pii").booleanValue()).isFalse();
	}

	@Test
	void onlyTheProxyAdminMayEnableThrottlingOnBudgetExceeded() {
		String refused = "{'error': 'Only proxy admins can enable throttle_on_budget_exceeded on a key.'}";
		String own = this.alice.generate("{\"throttle_on_budget_exceeded\":false}").get("key").asString();

		assertRefused(this.alice.post("/key/generate", "{\"throttle_on_budget_exceeded\":true}"), refused);
		assertRefused(update(this.alice, own, "\"throttle_on_budget_exceeded\":true"), refused);
		String throttled = ownKeyWithAdminFields("\"throttle_on_budget_exceeded\":true");
		assertThat(update(this.alice, throttled, "\"throttle_on_budget_exceeded\":true").status()).isEqualTo(200);
		assertThat(update(this.alice, throttled, "\"throttle_on_budget_exceeded\":false").status()).isEqualTo(200);
		assertThat(info(throttled).at("/metadata/throttle_on_budget_exceeded").booleanValue()).isFalse();
	}

	@Test
	void outputTokenEstimatesAreForTheProxyAdminWhateverTheWay() {
		assertRefused(this.alice.post("/key/generate", "{\"default_estimated_output_tokens\":256}"),
				ESTIMATES_ADMIN_ONLY);
		assertRefused(this.alice.post("/key/generate", "{\"metadata\":{\"default_estimated_output_tokens\":1}}"),
				ESTIMATES_ADMIN_ONLY);
		assertRefused(this.alice.post("/key/generate",
				"{\"default_estimated_output_tokens_per_model\":{\"gpt-4\":4096}}"), ESTIMATES_ADMIN_ONLY);
		assertThat(this.proxy.keyCount()).isEqualTo(1);
		assertThat(this.client.post("/key/generate", "{\"default_estimated_output_tokens\":256}").status())
			.isEqualTo(200);
	}

	@Test
	void anOwnerMayResendTheStoredEstimatesButNotChangeOrClearThem() {
		String own = ownKeyWithAdminFields("\"default_estimated_output_tokens\":512,"
				+ "\"default_estimated_output_tokens_per_model\":{\"gpt-4\":4096}");

		assertThat(update(this.alice, own, "\"default_estimated_output_tokens\":512,\"key_alias\":\"mine\"")
			.status()).isEqualTo(200);
		assertRefused(update(this.alice, own, "\"default_estimated_output_tokens\":1"), ESTIMATES_ADMIN_ONLY);
		assertRefused(update(this.alice, own, "\"default_estimated_output_tokens_per_model\":{\"gpt-4\":1}"),
				ESTIMATES_ADMIN_ONLY);
		assertRefused(update(this.alice, own, "\"metadata\":{\"team\":\"x\"}"), ESTIMATES_ADMIN_ONLY);
		assertThat(info(own).at("/metadata/default_estimated_output_tokens").intValue()).isEqualTo(512);
	}

	@Test
	void endUserBudgetIdIsForTheProxyAdminAndMustNameABudget() {
		String refused = "{'error': 'Only proxy admins can set end_user_budget_id on a key.'}";
		this.proxy.addBudget("free-tier");

		assertRefused(this.alice.post("/key/generate", "{\"end_user_budget_id\":\"free-tier\"}"), refused);
		assertRefused(this.alice.post("/key/generate", "{\"metadata\":{\"end_user_budget_id\":\"free-tier\"}}"),
				refused);
		ProxyClient.Response unknown = this.client.post("/key/generate", "{\"end_user_budget_id\":\"gold\"}");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.error().get("message").asString())
			.isEqualTo("{'error': 'end_user_budget_id=gold does not match any budget.'}");
		assertThat(this.client.post("/key/generate", "{\"end_user_budget_id\":\"\"}").status()).isEqualTo(200);
		String budgeted = this.client.generate("{\"end_user_budget_id\":\"free-tier\"}").get("key").asString();
		assertThat(info(budgeted).at("/metadata/end_user_budget_id").asString()).isEqualTo("free-tier");
		this.proxy.reset();
		assertThat(this.client.post("/key/generate", "{\"end_user_budget_id\":\"free-tier\"}").status())
			.isEqualTo(400);
	}

	@Test
	void anOwnerMayKeepTheKeysEndUserBudgetButNotDropIt() {
		this.proxy.addBudget("free-tier");
		String own = ownKeyWithAdminFields("\"end_user_budget_id\":\"free-tier\"");

		assertThat(update(this.alice, own, "\"end_user_budget_id\":\"free-tier\"").status()).isEqualTo(200);
		assertThat(update(this.alice, own, "\"metadata\":{\"end_user_budget_id\":\"free-tier\"}").status())
			.isEqualTo(200);
		assertRefused(update(this.alice, own, "\"metadata\":{\"team\":\"x\"}"),
				"{'error': 'Only proxy admins can set end_user_budget_id on a key.'}");
		assertThat(update(this.client, own, "\"end_user_budget_id\":\"\"").status()).isEqualTo(200);
	}

	@Test
	void aRegeneratedKeysEndUserBudgetMustNameABudgetToo() {
		String key = generateKey();
		this.proxy.addBudget("free-tier");

		ProxyClient.Response unknown = this.client.post("/key/" + key + "/regenerate",
				"{\"end_user_budget_id\":\"gold\"}");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.error().get("message").asString())
			.isEqualTo("{'error': 'end_user_budget_id=gold does not match any budget.'}");
		assertThat(this.proxy.hasKey(key)).isTrue();
		String regenerated = this.client.post("/key/" + key + "/regenerate", "{\"end_user_budget_id\":\"free-tier\"}")
			.json()
			.get("key")
			.asString();
		assertThat(info(regenerated).at("/metadata/end_user_budget_id").asString()).isEqualTo("free-tier");
	}

}
