package dev.litellm.spring.test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.litellm.spring.LiteLlmAuthenticationException;
import dev.litellm.spring.LiteLlmBadRequestException;
import dev.litellm.spring.LiteLlmNotFoundException;
import dev.litellm.spring.LiteLlmPermissionDeniedException;
import dev.litellm.spring.keys.BulkKeyUpdate;
import dev.litellm.spring.keys.BulkUpdateKeysResponse;
import dev.litellm.spring.keys.GenerateKeyRequest;
import dev.litellm.spring.keys.GenerateKeyResponse;
import dev.litellm.spring.keys.KeyAliasQuery;
import dev.litellm.spring.keys.KeyAliasesResponse;
import dev.litellm.spring.keys.KeyInfo;
import dev.litellm.spring.keys.KeyManagementOperations;
import dev.litellm.spring.keys.ResetSpendResponse;
import dev.litellm.spring.keys.TeamKeysUpdate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The client's platform operations against the fake: service-account keys, bulk updates, spend resets, aliases
 * and many-key info, with the proxy's statuses, bodies and limits.
 */
class PlatformKeyOperationsTests extends FakeProxyTestSupport {

	private KeyManagementOperations keys;

	@BeforeEach
	void createOperations() {
		freezeClock();
		this.keys = clientFor(this.proxy.masterKey());
	}

	private KeyManagementOperations clientFor(String apiKey) {
		return blockingClient(apiKey);
	}

	private String key(String alias, String team) {
		return this.keys.generateKey(GenerateKeyRequest.builder().keyAlias(alias).teamId(team).build()).key();
	}

	// ---------------------------------------------------------------- service-account keys

	@Test
	void serviceAccountKeyBelongsToItsTeamAndNamesItsServiceAccount() {
		GenerateKeyResponse created = this.keys.generateServiceAccountKey(
				GenerateKeyRequest.builder().keyAlias("ci-runner").teamId("team-a").userId("someone").build());

		assertThat(created.additionalProperties()).isEmpty();
		assertThat(created.teamId()).isEqualTo("team-a");
		assertThat(created.userId()).isNull();
		assertThat(created.metadata()).containsEntry("service_account_id", "ci-runner");
		assertThat(this.proxy.lastRequest().path()).isEqualTo("/key/service-account/generate");
		assertThat(this.keys.keyInfo(created.key()).info().teamId()).isEqualTo("team-a");
	}

	@Test
	void serviceAccountKeyWithoutTeamIsRefusedBeforeSendingAndByTheProxy() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.keys.generateServiceAccountKey(GenerateKeyRequest.builder().build()))
			.withMessageContaining("team_id");
		assertThat(this.proxy.requests("/key/service-account/generate")).isEmpty();

		ProxyClient.Response raw = this.client.post("/key/service-account/generate", "{\"key_alias\":\"x\"}");
		assertThat(raw.status()).isEqualTo(400);
		assertThat(raw.json().get("detail").get("error").asString()).startsWith("team_id is required");
	}

	// ---------------------------------------------------------------- /key/bulk_update

	@Test
	void bulkUpdateAppliesEachItemAndReportsUnknownKeys() {
		String first = key("a", "team-a");
		String second = key("b", "team-a");
		String unknown = "sk-doesNotExist0123456789";

		BulkUpdateKeysResponse response = this.keys.bulkUpdateKeys(List.of(
				BulkKeyUpdate.builder(first).maxBudget(20.0).build(),
				BulkKeyUpdate.builder(unknown).maxBudget(5.0).build(),
				BulkKeyUpdate.builder(hash(second)).teamId("team-b").build()));

		assertThat(response.totalRequested()).isEqualTo(3);
		assertThat(response.successfulUpdates()).extracting(BulkUpdateKeysResponse.SuccessfulUpdate::key)
			.containsExactly(first, hash(second));
		assertThat(response.successfulUpdates().get(0).keyInfo().maxBudget()).isEqualTo(20.0);
		assertThat(response.failedUpdates()).singleElement().satisfies((failed) -> {
			assertThat(failed.key()).isEqualTo(unknown);
			assertThat(failed.failedReason()).isEqualTo("Key not found");
			assertThat(failed.keyInfo()).isNull();
		});
		assertThat(this.keys.keyInfo(first).info().maxBudget()).isEqualTo(20.0);
		assertThat(this.keys.keyInfo(second).info().teamId()).isEqualTo("team-b");
		assertThat(response.toString()).doesNotContain(first, unknown);
	}

	@Test
	void bulkUpdateOfMoreThan500ItemsIsSentIn500sAndMergedInOrder() {
		String first = key("a", "team-a");
		String last = key("b", "team-a");
		List<BulkKeyUpdate> updates = new ArrayList<>();
		updates.add(BulkKeyUpdate.builder(first).maxBudget(1.0).build());
		for (int i = 0; i < 1000; i++) {
			updates.add(BulkKeyUpdate.builder("sk-missing-%020d".formatted(i)).maxBudget(1.0).build());
		}
		updates.add(BulkKeyUpdate.builder(last).maxBudget(2.0).build());

		BulkUpdateKeysResponse response = this.keys.bulkUpdateKeys(updates);

		assertThat(this.proxy.requests("/key/bulk_update")).extracting((request) -> request.bodyJson().get("keys").size())
			.containsExactly(500, 500, 2);
		assertThat(response.totalRequested()).isEqualTo(1002);
		assertThat(response.successfulUpdates()).extracting(BulkUpdateKeysResponse.SuccessfulUpdate::key)
			.containsExactly(first, last);
		assertThat(response.failedUpdates()).hasSize(1000);
		assertThat(response.failedUpdates().get(0).key()).isEqualTo("sk-missing-%020d".formatted(0));
	}

	@Test
	void bulkUpdateIsForProxyAdminsOnly() {
		String own = key("mine", "team-a");

		assertThatExceptionOfType(LiteLlmPermissionDeniedException.class)
			.isThrownBy(() -> clientFor(own).bulkUpdateKeys(List.of(BulkKeyUpdate.builder(own).maxBudget(1).build())))
			.satisfies((ex) -> assertThat(ex.errorMessage()).isEqualTo("Only proxy admins can perform bulk key updates"));
	}

	@Test
	void fakeRefusesAnEmptyOrTooLongList() {
		assertThat(this.client.post("/key/bulk_update", "{\"keys\":[]}").status()).isEqualTo(422);
		StringBuilder items = new StringBuilder();
		for (int i = 0; i < 501; i++) {
			items.append((i > 0) ? "," : "").append("{\"key\":\"sk-x").append(i).append("\"}");
		}
		ProxyClient.Response tooLong = this.client.post("/key/bulk_update", "{\"keys\":[" + items + "]}");
		assertThat(tooLong.status()).isEqualTo(422);
		assertThat(tooLong.json().get("detail").get(0).get("type").asString()).isEqualTo("too_long");
	}

	// ---------------------------------------------------------------- /team/key/bulk_update

	@Test
	void teamBulkUpdateChangesEveryUsableKeyOfTheTeam() {
		String a = key("a", "team-a");
		String b = key("b", "team-a");
		String blocked = key("c", "team-a");
		String other = key("d", "team-b");
		this.keys.blockKey(blocked);

		BulkUpdateKeysResponse response = this.keys
			.bulkUpdateTeamKeys(TeamKeysUpdate.builder("team-a").allKeysInTeam().maxBudget(50.0).build());

		assertThat(response.totalRequested()).isEqualTo(2);
		assertThat(response.successfulUpdates()).hasSize(2);
		assertThat(this.keys.keyInfo(a).info().maxBudget()).isEqualTo(50.0);
		assertThat(this.keys.keyInfo(b).info().maxBudget()).isEqualTo(50.0);
		assertThat(this.keys.keyInfo(blocked).info().maxBudget()).isNull();
		assertThat(this.keys.keyInfo(other).info().maxBudget()).isNull();
		assertThat(this.proxy.requests("/team/key/bulk_update").get(0).bodyJson().toString()).isEqualTo(
				"{\"team_id\":\"team-a\",\"all_keys_in_team\":true,\"update_fields\":{\"max_budget\":50.0}}");
	}

	@Test
	void teamBulkUpdateOfNamedKeysReportsKeysOfAnotherTeam() {
		String mine = key("a", "team-a");
		String theirs = key("b", "team-b");

		BulkUpdateKeysResponse response = this.keys.bulkUpdateTeamKeys(
				TeamKeysUpdate.builder("team-a").keys(List.of(mine, theirs)).rpmLimit(10).build());

		assertThat(response.successfulUpdates()).extracting(BulkUpdateKeysResponse.SuccessfulUpdate::key)
			.containsExactly(mine);
		assertThat(response.failedUpdates()).singleElement()
			.satisfies((failed) -> assertThat(failed.failedReason()).isEqualTo("Key does not belong to team team-a"));
	}

	@Test
	void fakeForbidsUnknownUpdateFieldsAndNonAdmins() {
		ProxyClient.Response extra = this.client.post("/team/key/bulk_update",
				"{\"team_id\":\"t\",\"all_keys_in_team\":true,\"update_fields\":{\"key_alias\":\"x\"}}");
		assertThat(extra.status()).isEqualTo(422);
		assertThat(extra.json().get("detail").get(0).get("type").asString()).isEqualTo("extra_forbidden");

		String own = key("mine", "team-a");
		assertThatExceptionOfType(LiteLlmAuthenticationException.class).isThrownBy(() -> clientFor(own)
			.bulkUpdateTeamKeys(TeamKeysUpdate.builder("team-a").allKeysInTeam().maxBudget(1).build()))
			.satisfies((ex) -> assertThat(ex.errorMessage())
				.startsWith("Team member does not have permissions for endpoint: /key/update."));
	}

	// ---------------------------------------------------------------- /key/{key}/reset_spend

	@Test
	void resetSpendSendsTheHashAndAnswersBeforeAndAfter() {
		String key = this.keys.generateKey(GenerateKeyRequest.builder().maxBudget(100.0).budgetDuration("30d").build())
			.key();
		this.proxy.setSpend(key, 42.5);

		ResetSpendResponse response = this.keys.resetSpend(key, 2.5);

		assertThat(this.proxy.lastRequest().path()).isEqualTo("/key/" + hash(key) + "/reset_spend");
		assertThat(this.proxy.lastRequest().toString()).doesNotContain(key);
		assertThat(response.additionalProperties()).isEmpty();
		assertThat(response.keyHash()).isEqualTo(hash(key));
		assertThat(response.previousSpend()).isEqualTo(42.5);
		assertThat(response.spend()).isEqualTo(2.5);
		assertThat(response.maxBudget()).isEqualTo(100.0);
		assertThat(response.budgetResetAt()).isNotNull();
		assertThat(this.keys.keyInfo(key).info().spend()).isEqualTo(2.5);
	}

	@Test
	void resetSpendErrorsCarryTheProxysMessage() {
		String key = this.keys.generateKey(GenerateKeyRequest.builder().maxBudget(5.0).build()).key();
		this.proxy.setSpend(key, 3.0);

		assertThatExceptionOfType(LiteLlmBadRequestException.class).isThrownBy(() -> this.keys.resetSpend(key, 4.0))
			.satisfies((ex) -> assertThat(ex.errorMessage()).isEqualTo("reset_to (4.0) must be <= current spend (3.0)"));
		assertThatExceptionOfType(LiteLlmNotFoundException.class)
			.isThrownBy(() -> this.keys.resetSpend("sk-doesNotExist0123456789", 0))
			.satisfies((ex) -> assertThat(ex.errorMessage())
				.isEqualTo("Key " + hash("sk-doesNotExist0123456789") + " not found."));
		assertThatExceptionOfType(LiteLlmPermissionDeniedException.class)
			.isThrownBy(() -> clientFor(key).resetSpend(key, 0));
		assertThat(this.client.post("/key/" + hash(key) + "/reset_spend", "{\"reset_to\":true}").status())
			.isEqualTo(422);
	}

	// ---------------------------------------------------------------- /key/aliases

	@Test
	void aliasesArePagedFilteredAndStreamedLazily() {
		for (String alias : List.of("ci-a", "ci-b", "ci-c", "batch", "CI-d")) {
			key(alias, alias.equals("batch") ? "team-b" : "team-a");
		}

		KeyAliasesResponse page = this.keys.listKeyAliases(KeyAliasQuery.builder().search("ci").size(2).build());

		assertThat(page.additionalProperties()).isEmpty();
		assertThat(page.aliases()).containsExactly("CI-d", "ci-a");
		assertThat(page.totalCount()).isEqualTo(4);
		assertThat(page.totalPages()).isEqualTo(2);
		assertThat(page.currentPage()).isEqualTo(1);
		assertThat(page.size()).isEqualTo(2);
		assertThat(this.keys.listKeyAliases(KeyAliasQuery.builder().teamId("team-b").build()).aliases())
			.containsExactly("batch");

		int before = this.proxy.requests("/key/aliases").size();
		try (Stream<String> aliases = this.keys.streamKeyAliases(KeyAliasQuery.builder().size(2).build())) {
			assertThat(aliases.limit(1)).containsExactly("CI-d");
		}
		// Before a page's last alias is taken, nothing more is fetched.
		assertThat(this.proxy.requests("/key/aliases")).hasSize(before + 1);
		assertThat(this.keys.streamKeyAliases(KeyAliasQuery.builder().size(2).build()).toList()).hasSize(5);
	}

	@Test
	void aliasesOfANonAdminAreThoseOfItsTeam() {
		String mine = key("mine", "team-a");
		key("teammate", "team-a");
		key("stranger", "team-b");

		assertThat(clientFor(mine).listKeyAliases(KeyAliasQuery.all()).aliases()).containsExactly("mine", "teammate");
		assertThat(this.client.get("/key/aliases?size=101").status()).isEqualTo(422);
	}

	// ---------------------------------------------------------------- /v2/key/info

	@Test
	void keyInfosAsksForManyKeysByHashInOneCall() {
		String a = key("a", "team-a");
		String b = key("b", "team-a");

		List<KeyInfo> infos = this.keys.keyInfos(List.of(a, hash(b), "sk-doesNotExist0123456789"));

		assertThat(infos).extracting(KeyInfo::keyAlias).containsExactly("a", "b");
		assertThat(this.proxy.requests("/v2/key/info")).singleElement().satisfies((request) -> {
			assertThat(request.bodyJson().get("keys").toString()).doesNotContain("sk-");
			assertThat(request.bodyJson().get("keys").get(0).asString()).isEqualTo(hash(a));
		});
		assertThat(this.proxy.requests("/key/info")).isEmpty();
	}

	@Test
	void everyOperationIsRefusedBeforeSendingOnBadInput() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.keys.bulkUpdateKeys(List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> this.keys.resetSpend("sk-abcdefghijklmnop", -1));
		assertThatIllegalArgumentException().isThrownBy(() -> this.keys.keyInfos(List.of()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TeamKeysUpdate.builder("team-a").maxBudget(1).build());
		assertThat(this.proxy.requests()).isEmpty();
	}

}
