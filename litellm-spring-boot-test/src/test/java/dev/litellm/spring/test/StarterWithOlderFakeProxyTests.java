package dev.litellm.spring.test;

import dev.litellm.spring.LiteLlmServerException;
import dev.litellm.spring.keys.KeyManagementOperations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link AutoConfigureFakeLiteLlm#version()} picks the proxy release the fake models.
 */
@SpringBootTest(classes = StarterWithFakeProxyTests.Application.class)
@AutoConfigureFakeLiteLlm(version = ProxyVersion.V1_81)
class StarterWithOlderFakeProxyTests {

	@Autowired
	KeyManagementOperations keys;

	@Autowired
	FakeLiteLlmProxy proxy;

	@Test
	void theFakeBehavesLikeTheChosenRelease() {
		assertThat(this.proxy.version()).isEqualTo(ProxyVersion.V1_81);
		assertThatExceptionOfType(LiteLlmServerException.class).isThrownBy(() -> this.keys.blockKey("sk-never-made-1"))
			.satisfies(ex -> assertThat(ex.statusCode()).isEqualTo(500));
	}

}
