package dev.litellm.samples.keyvending.readme;

import java.util.List;

import dev.litellm.spring.keys.KeyInfo;
import dev.litellm.spring.keys.KeyManagementOperations;
import dev.litellm.spring.test.AutoConfigureFakeLiteLlm;
import dev.litellm.spring.test.FakeLiteLlmProxy;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the README's platform example against the fake proxy.
 */
@SpringBootTest
@AutoConfigureFakeLiteLlm
class PlatformKeysExampleTests {

	@Autowired
	KeyManagementOperations keys;

	@Autowired
	FakeLiteLlmProxy proxy;

	@Autowired
	PlatformKeys platformKeys;

	@Test
	void platformExampleManagesATeamsKeys() {
		String ci = this.platformKeys.ciKey("platform");
		String token = this.keys.keyInfos(List.of(ci)).get(0).token();

		assertThat(this.platformKeys.raiseBudgets(List.of(token))).isEmpty();
		assertThat(this.keys.keyInfo(ci).info().maxBudget()).isEqualTo(200.0);
		this.platformKeys.raiseTeamBudget("platform");
		assertThat(this.keys.keyInfos(List.of(ci))).extracting(KeyInfo::maxBudget).containsExactly(500.0);
		this.proxy.setSpend(ci, 12.5);
		assertThat(this.platformKeys.settleDispute(ci)).isEqualTo(12.5);
		assertThat(this.platformKeys.aliasPicker("plat")).containsExactly("platform-ci");
	}

}
