package dev.litellm.spring.test;

import dev.litellm.spring.autoconfigure.LiteLlmAutoConfiguration;
import dev.litellm.spring.keys.GenerateKeyRequest;
import dev.litellm.spring.keys.GenerateKeyResponse;
import dev.litellm.spring.keys.KeyManagementOperations;
import dev.litellm.spring.keys.ReactiveKeyManagementOperations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two proxies in one context: the primary client on the fake of {@link AutoConfigureFakeLiteLlm}, and the named
 * client {@code billing} on a second fake, configured under {@code litellm.clients.billing}.
 */
@SpringBootTest(classes = NamedClientsWithFakeProxiesTests.Application.class)
@AutoConfigureFakeLiteLlm
class NamedClientsWithFakeProxiesTests {

	private static final FakeLiteLlmProxy BILLING = FakeLiteLlmProxy.builder()
		.masterKey("sk-billing-fake-master-key-01")
		.start();

	@Autowired
	KeyManagementOperations keys;

	@Autowired
	@Qualifier("billing")
	KeyManagementOperations billingKeys;

	@Autowired
	@Qualifier("billing")
	ReactiveKeyManagementOperations reactiveBillingKeys;

	@Autowired
	FakeLiteLlmProxy proxy;

	@DynamicPropertySource
	static void billingProxy(DynamicPropertyRegistry registry) {
		registry.add("litellm.clients.billing.base-url", BILLING::baseUrl);
		registry.add("litellm.clients.billing.api-key", BILLING::masterKey);
	}

	@AfterAll
	static void stopBillingProxy() {
		BILLING.close();
	}

	@Test
	void eachClientTalksToItsOwnProxy() {
		GenerateKeyResponse primaryKey = this.keys.generateKey(GenerateKeyRequest.builder().keyAlias("primary").build());
		GenerateKeyResponse billingKey = this.billingKeys
			.generateKey(GenerateKeyRequest.builder().keyAlias("billing").build());
		GenerateKeyResponse reactiveBillingKey = this.reactiveBillingKeys
			.generateKey(GenerateKeyRequest.builder().keyAlias("billing-reactive").build())
			.block();

		assertThat(this.proxy.hasKey(primaryKey.key())).isTrue();
		assertThat(this.proxy.hasKey(billingKey.key())).isFalse();
		assertThat(BILLING.hasKey(billingKey.key())).isTrue();
		assertThat(BILLING.hasKey(reactiveBillingKey.key())).isTrue();
		assertThat(BILLING.hasKey(primaryKey.key())).isFalse();
		assertThat(BILLING.requests("/key/generate")).allSatisfy((request) -> assertThat(request.header("authorization"))
			.isEqualTo("Bearer " + BILLING.masterKey()));
	}

	@SpringBootConfiguration
	@ImportAutoConfiguration(LiteLlmAutoConfiguration.class)
	static class Application {

	}

}
