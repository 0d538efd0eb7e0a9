package dev.litellm.spring.test;

import dev.litellm.spring.autoconfigure.LiteLlmAutoConfiguration;
import dev.litellm.spring.keys.GenerateKeyRequest;
import dev.litellm.spring.keys.GenerateKeyResponse;
import dev.litellm.spring.keys.KeyListQuery;
import dev.litellm.spring.keys.KeyManagementOperations;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-configured client in a Spring Boot test, pointed at the fake by {@link AutoConfigureFakeLiteLlm} alone.
 */
@SpringBootTest(classes = StarterWithFakeProxyTests.Application.class)
@AutoConfigureFakeLiteLlm
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StarterWithFakeProxyTests {

	@Autowired
	KeyManagementOperations keys;

	@Autowired
	FakeLiteLlmProxy proxy;

	@Test
	@Order(1)
	void theAutoConfiguredClientTalksToTheFake() {
		GenerateKeyResponse generated = this.keys.generateKey(GenerateKeyRequest.builder().keyAlias("boot").build());

		assertThat(this.proxy.hasKey(generated.key())).isTrue();
		assertThat(this.keys.keyInfo(generated.key()).info().keyAlias()).isEqualTo("boot");
		assertThat(this.proxy.requests("/key/generate")).singleElement()
			.satisfies(request -> assertThat(request.header("authorization"))
				.isEqualTo("Bearer " + FakeLiteLlmProxy.DEFAULT_MASTER_KEY));
	}

	@Test
	@Order(2)
	void eachTestStartsFromAnEmptyProxy() {
		assertThat(this.keys.listKeys(KeyListQuery.all()).totalCount()).isZero();
	}

	@SpringBootConfiguration
	@ImportAutoConfiguration(LiteLlmAutoConfiguration.class)
	static class Application {

	}

}
