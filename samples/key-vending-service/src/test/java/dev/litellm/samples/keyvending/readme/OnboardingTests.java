package dev.litellm.samples.keyvending.readme;

import dev.litellm.spring.keys.GenerateKeyRequest;
import dev.litellm.spring.keys.KeyManagementOperations;
import dev.litellm.spring.test.AutoConfigureFakeLiteLlm;
import dev.litellm.spring.test.FakeLiteLlmProxy;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

// The README's testing example, verbatim.
@SpringBootTest
@AutoConfigureFakeLiteLlm
class OnboardingTests {

	@Autowired
	KeyManagementOperations keys;

	@Autowired
	FakeLiteLlmProxy proxy;

	@Test
	void issuesAKey() {
		keys.withChangedBy("onboarding").generateKey(GenerateKeyRequest.builder().keyAlias("new-team").build());
		assertThat(proxy.lastRequest().changedBy()).isEqualTo("onboarding");
	}

}
