package dev.litellm.spring.test;

import dev.litellm.spring.autoconfigure.LiteLlmAutoConfiguration;
import dev.litellm.spring.keys.GenerateKeyRequest;
import dev.litellm.spring.keys.GenerateKeyResponse;
import dev.litellm.spring.keys.KeyManagementOperations;
import dev.litellm.spring.keys.ReactiveKeyManagementOperations;
import dev.litellm.spring.keys.ReactiveKeyManagementTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AutoConfigureFakeLiteLlm} still points the auto-configured client at the fake when the application adds a
 * qualified client of its own for a second proxy: the starter's pair stays, and stays the primary one.
 */
@SpringBootTest(classes = FakeProxyBesideQualifiedClientTests.Application.class)
@AutoConfigureFakeLiteLlm
class FakeProxyBesideQualifiedClientTests {

	@Autowired
	KeyManagementOperations keys;

	@Autowired
	ReactiveKeyManagementOperations reactiveKeys;

	@Autowired
	@Qualifier("second")
	KeyManagementOperations secondKeys;

	@Autowired
	FakeLiteLlmProxy proxy;

	@Test
	void bothPrimaryBeansTalkToTheFake() {
		GenerateKeyResponse blocking = this.keys.generateKey(GenerateKeyRequest.builder().keyAlias("blocking").build());
		GenerateKeyResponse reactive = this.reactiveKeys
			.generateKey(GenerateKeyRequest.builder().keyAlias("reactive").build())
			.block();

		assertThat(this.proxy.hasKey(blocking.key())).isTrue();
		assertThat(this.proxy.hasKey(reactive.key())).isTrue();
		assertThat(this.secondKeys).isNotSameAs(this.keys);
	}

	@SpringBootConfiguration
	@ImportAutoConfiguration(LiteLlmAutoConfiguration.class)
	static class Application {

		@Bean
		@Qualifier("second")
		KeyManagementOperations secondProxyKeys() {
			return ReactiveKeyManagementTemplate.builder()
				.name("second")
				.baseUrl("http://127.0.0.1:1")
				.apiKey("sk-second-proxy-key-0000001")
				.buildBlocking();
		}

	}

}
