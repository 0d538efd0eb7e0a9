package dev.litellm.samples.keyvending.readme;

import dev.litellm.spring.keys.GenerateKeyRequest;
import dev.litellm.spring.keys.KeyManagementOperations;
import dev.litellm.spring.keys.KeyManagementTemplate;
import dev.litellm.spring.keys.ReactiveKeyManagementTemplate;
import dev.litellm.spring.keys.ResetSpendResponse;
import dev.litellm.spring.test.FakeLiteLlmProxy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the README's team-admin example against the fake proxy: a team admin resets the spend of a team's key.
 */
class TeamAdminExampleTests {

	@Test
	void aTeamAdminResetsTheSpendOfTheTeamsKey() {
		try (FakeLiteLlmProxy proxy = FakeLiteLlmProxy.builder().teamAdmin("team-a", "ada").start()) {
			KeyManagementOperations master = client(proxy, proxy.masterKey());
			String teamKey = master.generateKey(GenerateKeyRequest.builder().teamId("team-a").build()).key();
			String adaKey = master.generateKey(GenerateKeyRequest.builder().userId("ada").build()).key();
			proxy.setSpend(teamKey, 4.0);

			ResetSpendResponse reset = client(proxy, adaKey).resetSpend(teamKey, 0.0);

			assertThat(reset.previousSpend()).isEqualTo(4.0);
			assertThat(reset.spend()).isEqualTo(0.0);
		}
	}

	private static KeyManagementOperations client(FakeLiteLlmProxy proxy, String apiKey) {
		return new KeyManagementTemplate(
				ReactiveKeyManagementTemplate.builder().baseUrl(proxy.baseUrl()).apiKey(apiKey).build());
	}

}
