package dev.litellm.spring.test;

import java.util.List;

import dev.litellm.spring.LiteLlmBadRequestException;
import dev.litellm.spring.LiteLlmPermissionDeniedException;
import dev.litellm.spring.keys.BudgetLimit;
import dev.litellm.spring.keys.GenerateKeyRequest;
import dev.litellm.spring.keys.UpdateKeyRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Who may set a key's budget on the newest proxy: on {@code /key/update} a proxy admin or an admin of the key's team
 * always, the key's owner (an internal user who created it) only as {@code self_serve_budget_policy} allows; on
 * {@code /key/generate} an internal user up to their own key's {@code max_budget}.
 */
class SelfServeBudgetPolicyTests extends FakeProxyTestSupport {

	private static final String NEEDS_ADMIN = "{'error': 'Only proxy admins, team admins, or org admins can call "
			+ "/key/update (max_budget/spend). user_role=internal_user, user_id=alice'}";

	private static final String WEEKLY = "{\"budget_duration\":\"7d\",\"max_budget\":15}";

	private ProxyClient alice;

	private String aliceKey;

	@BeforeEach
	void createInternalUser() {
		this.aliceKey = generateKey("{\"user_id\":\"alice\",\"max_budget\":20}");
		this.alice = this.client.as(this.aliceKey);
	}

	/** A key alice creates herself: she is its creator and its owner. */
	private String ownKey(String json) {
		return this.alice.generate(json).get("key").asString();
	}

	private ProxyClient.Response update(ProxyClient as, String key, String fields) {
		return as.post("/key/update", "{\"key\":" + quote(key) + "," + fields + "}");
	}

	private int status(String key, String fields) {
		return update(this.alice, key, fields).status();
	}

	private static void assertNeedsAdmin(ProxyClient.Response response) {
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.error().get("message").asString()).isEqualTo(NEEDS_ADMIN);
		assertThat(response.error().get("type").asString()).isEqualTo("auth_error");
		assertThat(response.error().get("code").asString()).isEqualTo("403");
	}

	@Test
	void aNewKeysBudgetIsCappedAtTheCallersOwn() {
		ProxyClient.Response above = this.alice.post("/key/generate", "{\"max_budget\":30}");
		ProxyClient.Response windowAbove = this.alice.post("/key/generate",
				"{\"max_budget\":10,\"budget_limits\":[{\"budget_duration\":\"24h\",\"max_budget\":25}]}");

		assertThat(above.status()).isEqualTo(400);
		assertThat(above.error().get("message").asString())
			.isEqualTo("{'error': \"max_budget (30.0) cannot exceed the caller's own max_budget (20.0).\"}");
		assertThat(windowAbove.status()).isEqualTo(400);
		assertThat(windowAbove.error().get("message").asString()).isEqualTo("{'error': \"budget_limits entry "
				+ "max_budget (25.0) cannot exceed the caller's own max_budget (20.0).\"}");
		assertThatExceptionOfType(LiteLlmBadRequestException.class)
			.isThrownBy(() -> blockingClient(this.aliceKey).generateKey(GenerateKeyRequest.builder()
				.budgetLimits(List.of(BudgetLimit.of("24h", 25.0)))
				.build()))
			.satisfies((ex) -> assertThat(ex.errorMessage()).contains("cannot exceed the caller's own max_budget"));
		assertThat(this.proxy.keyCount()).isEqualTo(1);
		assertThat(this.alice.post("/key/generate", "{\"max_budget\":20,\"budget_limits\":[" + WEEKLY + "]}")
			.status()).isEqualTo(200);
		assertThat(this.client.post("/key/generate", "{\"user_id\":\"alice\",\"max_budget\":30}").status())
			.isEqualTo(200);
	}

	@Test
	void aCallerWithoutABudgetIsNotCapped() {
		ProxyClient bob = this.client.as(generateKey("{\"user_id\":\"bob\"}"));

		assertThat(bob.post("/key/generate", "{\"max_budget\":1000}").status()).isEqualTo(200);
	}

	@Test
	void byDefaultEvenLoweringItsOwnKeysBudgetNeedsAnAdmin() {
		String own = ownKey("{\"max_budget\":10}");

		assertNeedsAdmin(update(this.alice, own, "\"max_budget\":5"));
		assertThatExceptionOfType(LiteLlmPermissionDeniedException.class)
			.isThrownBy(() -> blockingClient(this.aliceKey)
				.updateKey(UpdateKeyRequest.builder(own).maxBudget(5.0).build()))
			.satisfies((ex) -> assertThat(ex.errorMessage()).contains("/key/update (max_budget/spend)"));
		assertThat(info(own).get("max_budget").doubleValue()).isEqualTo(10.0);
		assertThat(update(this.client, own, "\"max_budget\":5").status()).isEqualTo(200);
		assertThat(info(own).get("max_budget").doubleValue()).isEqualTo(5.0);
	}

	@Test
	void resendingTheStoredBudgetOrChangingOtherFieldsIsNoBudgetChange() {
		String own = ownKey("{\"max_budget\":10}");

		assertThat(status(own, "\"max_budget\":10,\"key_alias\":\"renamed\"")).isEqualTo(200);
		assertThat(status(own, "\"spend\":null,\"metadata\":{\"team\":\"x\"}")).isEqualTo(200);
	}

	@Test
	void lowerOnlyLetsTheOwnerTightenButNotLoosen() {
		this.proxy.setSelfServeBudgetPolicy(SelfServeBudgetPolicy.LOWER_ONLY);
		String own = ownKey("{\"max_budget\":10}");
		String unlimited = ownKey("{}");

		assertThat(status(own, "\"max_budget\":5")).isEqualTo(200);
		assertThat(status(unlimited, "\"max_budget\":50")).isEqualTo(200);
		assertThat(status(unlimited, "\"budget_limits\":[{\"budget_duration\":\"24h\",\"max_budget\":5}]"))
			.isEqualTo(200);
		assertNeedsAdmin(update(this.alice, own, "\"max_budget\":8"));
		assertNeedsAdmin(update(this.alice, own, "\"max_budget\":null"));
		assertThat(info(own).get("max_budget").doubleValue()).isEqualTo(5.0);
	}

	@Test
	void windowsTightenWhenEveryStoredDurationSurvivesWithNoHigherCap() {
		this.proxy.setSelfServeBudgetPolicy(SelfServeBudgetPolicy.LOWER_ONLY);
		String own = ownKey("{\"budget_limits\":[" + WEEKLY + "]}");

		assertThat(status(own, "\"budget_limits\":[" + WEEKLY + ",{\"budget_duration\":\"24h\",\"max_budget\":5}]"))
			.isEqualTo(200);
		assertThat(status(own, "\"budget_limits\":[{\"budget_duration\":\"7d\",\"max_budget\":12},"
				+ "{\"budget_duration\":\"24h\",\"max_budget\":5}]")).isEqualTo(200);
		assertNeedsAdmin(update(this.alice, own, "\"budget_limits\":[{\"budget_duration\":\"7d\",\"max_budget\":18},"
				+ "{\"budget_duration\":\"24h\",\"max_budget\":5}]"));
		assertNeedsAdmin(update(this.alice, own, "\"budget_limits\":[{\"budget_duration\":\"7d\",\"max_budget\":12},"
				+ "{\"budget_duration\":\"1d\",\"max_budget\":5}]"));
		assertNeedsAdmin(update(this.alice, own, "\"budget_limits\":[]"));
		assertNeedsAdmin(update(this.alice, own, "\"budget_limits\":null"));
		assertThat(info(own).get("budget_limits")).hasSize(2);
	}

	@Test
	void loosenedWinsOverTightened() {
		this.proxy.setSelfServeBudgetPolicy(SelfServeBudgetPolicy.LOWER_ONLY);
		String own = ownKey("{\"max_budget\":10,\"budget_limits\":[" + WEEKLY + "]}");

		assertNeedsAdmin(update(this.alice, own, "\"max_budget\":5,\"budget_limits\":[]"));
	}

	@Test
	void ceilingLetsTheOwnerLoosenWithinTheirOwnBudget() {
		this.proxy.setSelfServeBudgetPolicy(SelfServeBudgetPolicy.CEILING);
		String own = ownKey("{\"max_budget\":10,\"budget_limits\":[" + WEEKLY + "]}");

		assertThat(status(own, "\"max_budget\":20")).isEqualTo(200);
		ProxyClient.Response above = update(this.alice, own, "\"max_budget\":30");
		ProxyClient.Response windowAbove = update(this.alice, own,
				"\"budget_limits\":[{\"budget_duration\":\"7d\",\"max_budget\":25}]");

		assertThat(above.status()).isEqualTo(400);
		assertThat(above.error().get("message").asString())
			.isEqualTo("{'error': \"max_budget (30.0) cannot exceed the caller's own max_budget (20.0).\"}");
		assertThat(above.error().get("type").asString()).isEqualTo("auth_error");
		assertThat(windowAbove.status()).isEqualTo(400);
		assertThat(windowAbove.error().get("message").asString()).isEqualTo("{'error': \"budget_limits entry "
				+ "max_budget (25.0) cannot exceed the caller's own max_budget (20.0).\"}");
		assertThat(info(own).get("max_budget").doubleValue()).isEqualTo(20.0);
		assertThat(status(own, "\"max_budget\":null")).isEqualTo(200);
	}

	@Test
	void spendSoftBudgetAndALinkedBudgetAlwaysNeedAnAdmin() {
		this.proxy.setSelfServeBudgetPolicy(SelfServeBudgetPolicy.CEILING);
		String own = ownKey("{\"max_budget\":10}");
		String linked = ownKey("{\"max_budget\":10,\"soft_budget\":8}");

		assertNeedsAdmin(update(this.alice, own, "\"spend\":0"));
		assertNeedsAdmin(update(this.alice, own, "\"soft_budget\":1"));
		assertNeedsAdmin(update(this.alice, own, "\"soft_budget\":null"));
		assertNeedsAdmin(update(this.alice, linked, "\"max_budget\":5"));
		assertThat(update(this.client, linked, "\"max_budget\":5,\"spend\":1").status()).isEqualTo(200);
	}

	@Test
	void aKeyTheOwnerDidNotCreateNeedsAnAdmin() {
		this.proxy.setSelfServeBudgetPolicy(SelfServeBudgetPolicy.CEILING);
		String givenToAlice = generateKey("{\"user_id\":\"alice\",\"max_budget\":10}");

		assertNeedsAdmin(update(this.alice, givenToAlice, "\"max_budget\":5"));
		ProxyClient.Response rename = update(this.alice, givenToAlice, "\"key_alias\":\"renamed\"");
		assertThat(rename.status()).isEqualTo(403);
		assertThat(rename.error().get("message").asString()).isEqualTo("{'error': 'Only proxy admins, team admins, "
				+ "or org admins can call /key/update. user_role=internal_user, user_id=alice'}");
	}

	@Test
	void onATeamKeyTheTeamsAdminMayAndItsMembersMayNot() {
		this.proxy.setSelfServeBudgetPolicy(SelfServeBudgetPolicy.CEILING);
		this.proxy.addTeamAdmin("team-a", "ada");
		ProxyClient ada = this.client.as(generateKey("{\"user_id\":\"ada\"}"));
		String adasTeamKey = generateKey("{\"user_id\":\"ada\",\"team_id\":\"team-a\",\"max_budget\":10}");
		String alicesTeamKey = this.alice.generate("{\"team_id\":\"team-a\",\"max_budget\":10}").get("key").asString();

		assertThat(update(ada, adasTeamKey, "\"max_budget\":50").status()).isEqualTo(200);
		assertThat(status(alicesTeamKey, "\"key_alias\":\"renamed\"")).isEqualTo(200);
		assertThat(status(alicesTeamKey, "\"max_budget\":5")).isEqualTo(200);
		assertNeedsAdmin(update(this.alice, alicesTeamKey, "\"max_budget\":15"));
	}

	@Test
	void thePolicyIsSetOnTheBuilderAndRestoredByReset() {
		try (FakeLiteLlmProxy lowerOnly = FakeLiteLlmProxy.builder()
			.selfServeBudgetPolicy(SelfServeBudgetPolicy.LOWER_ONLY)
			.start()) {
			ProxyClient admin = new ProxyClient(lowerOnly);

			lowerOnly.setSelfServeBudgetPolicy(SelfServeBudgetPolicy.DISABLED);
			assertThat(lowerOwnKeysBudget(admin)).isEqualTo(403);
			lowerOnly.reset();
			assertThat(lowerOwnKeysBudget(admin)).isEqualTo(200);
		}
	}

	/** Has a new internal user create a key with a budget of 10 and lower it to 5. */
	private int lowerOwnKeysBudget(ProxyClient admin) {
		ProxyClient bob = admin.as(admin.generate("{\"user_id\":\"bob\"}").get("key").asString());
		String own = bob.generate("{\"max_budget\":10}").get("key").asString();
		return update(bob, own, "\"max_budget\":5").status();
	}

}
