package dev.litellm.samples.keyvending.readme;

import dev.litellm.spring.keys.GenerateKeyRequest;
import dev.litellm.spring.keys.KeyManagementOperations;
import dev.litellm.spring.keys.KeyManagementTemplate;
import dev.litellm.spring.keys.ReactiveKeyManagementTemplate;
import dev.litellm.spring.test.AutoConfigureFakeLiteLlm;
import dev.litellm.spring.test.FakeLiteLlmProxy;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the README's usage examples against the fake proxy.
 */
@SpringBootTest
@AutoConfigureFakeLiteLlm
class ReadmeExamplesTests {

	@Autowired
	KeyManagementOperations keys;

	@Autowired
	FakeLiteLlmProxy proxy;

	@Autowired
	TeamKeys teamKeys;

	@Autowired
	ReactiveTeamKeys reactiveTeamKeys;

	@Test
	void blockingExampleIssuesListsAndUpdates() {
		String key = teamKeys.issue("platform");
		assertThat(key).startsWith("sk-");
		assertThat(teamKeys.aliases("platform")).containsExactly("platform-ci");
		teamKeys.raiseBudget(key);
		assertThat(keys.keyInfo(key).info().maxBudget()).isEqualTo(100.0);
	}

	@Test
	void reactiveExampleRotatesAndFindsBlockedKeys() {
		String key = teamKeys.issue("research");
		String rotated = reactiveTeamKeys.rotate(key).block();
		assertThat(rotated).startsWith("sk-").isNotEqualTo(key);
		keys.blockKey(rotated);
		assertThat(reactiveTeamKeys.blockedKeys("research").collectList().block()).hasSize(1);
	}

	@Test
	void standaloneClientTalksToTheProxy() {
		try (ReactiveKeyManagementTemplate reactive = ReactiveKeyManagementTemplate.builder()
			.baseUrl(proxy.baseUrl())
			.apiKey(proxy.masterKey())
			.build()) {
			KeyManagementOperations blocking = new KeyManagementTemplate(reactive);
			String key = blocking.generateKey(GenerateKeyRequest.builder().build()).key();
			assertThat(blocking.keyInfo(key).info().spend()).isZero();
		}
	}

}
