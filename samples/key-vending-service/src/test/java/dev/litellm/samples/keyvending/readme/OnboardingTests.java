package dev.litellm.samples.keyvending.readme;

import dev.litellm.spring.keys.GenerateKeyRequest;
import dev.litellm.spring.keys.KeyManagementOperations;
import dev.litellm.spring.keys.ReactiveKeyManagementTemplate;
import dev.litellm.spring.keys.KeyManagementTemplate;
import dev.litellm.spring.test.AutoConfigureFakeLiteLlm;
import dev.litellm.spring.test.FakeLiteLlmProxy;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

// The README's testing example, verbatim, plus the README's other examples run against the fake.
@SpringBootTest
@AutoConfigureFakeLiteLlm
class OnboardingTests {

	@Autowired
	KeyManagementOperations keys;

	@Autowired
	FakeLiteLlmProxy proxy;

	@Autowired
	TeamKeys teamKeys;

	@Autowired
	ReactiveTeamKeys reactiveTeamKeys;

	@Test
	void issuesAKey() {
		keys.withChangedBy("onboarding").generateKey(GenerateKeyRequest.builder().keyAlias("new-team").build());
		assertThat(proxy.lastRequest().changedBy()).isEqualTo("onboarding");
	}

	@Test
	void blockingExampleWorks() {
		String key = teamKeys.issue("platform");
		assertThat(key).startsWith("sk-");
		assertThat(teamKeys.aliases("platform")).containsExactly("platform-ci");
		teamKeys.raiseBudget(key);
		assertThat(keys.keyInfo(key).info().maxBudget()).isEqualTo(100.0);
	}

	@Test
	void reactiveExampleWorks() {
		String key = teamKeys.issue("research");
		String rotated = reactiveTeamKeys.rotate(key).block();
		assertThat(rotated).startsWith("sk-").isNotEqualTo(key);
		keys.blockKey(rotated);
		assertThat(reactiveTeamKeys.blockedKeys("research").collectList().block()).hasSize(1);
	}

	@Test
	void standaloneBuilderExampleWorks() {
		ReactiveKeyManagementTemplate reactive = ReactiveKeyManagementTemplate.builder()
			.baseUrl(proxy.baseUrl())
			.apiKey(proxy.masterKey())
			.build();
		KeyManagementOperations blocking = new KeyManagementTemplate(reactive);
		assertThat(blocking.currentKeyInfo().key()).hasSize(64);
		reactive.close();
	}

}
