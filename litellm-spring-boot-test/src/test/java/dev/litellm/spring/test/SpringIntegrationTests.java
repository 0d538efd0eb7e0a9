package dev.litellm.spring.test;

import java.util.List;

import dev.litellm.spring.test.internal.FakeLiteLlmContextCustomizerFactory;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

@SpringBootTest(classes = SpringIntegrationTests.TinyApplication.class,
		properties = "litellm.base-url=http://configured-elsewhere:4000")
@AutoConfigureFakeLiteLlm(masterKey = "sk-spring-master")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SpringIntegrationTests {

	@Autowired
	FakeLiteLlmProxy proxy;

	@Autowired
	LiteLlmConnection connection;

	@Test
	@Order(1)
	void propertiesPointAtTheRunningFake() {
		assertThat(this.proxy.isRunning()).isTrue();
		assertThat(this.connection.baseUrl()).isEqualTo(this.proxy.baseUrl());
		assertThat(this.connection.apiKey()).isEqualTo("sk-spring-master").isEqualTo(this.proxy.masterKey());
	}

	@Test
	@Order(2)
	void theConfiguredConnectionReachesTheFake() {
		ProxyClient client = new ProxyClient(this.proxy).as(this.connection.apiKey());

		assertThat(client.post("/key/generate", "{}").status()).isEqualTo(200);
		assertThat(this.proxy.keyCount()).isEqualTo(1);
	}

	@Test
	@Order(3)
	void theFakeIsResetAfterEachTest() {
		assertThat(this.proxy.keyCount()).isZero();
		assertThat(this.proxy.requests()).isEmpty();
	}

	@Test
	void classesWithoutTheAnnotationGetNoCustomizer() {
		assertThat(new FakeLiteLlmContextCustomizerFactory().createContextCustomizer(String.class, List.of()))
			.isNull();
	}

	@Test
	void equalSettingsShareACachedContext() {
		FakeLiteLlmContextCustomizerFactory factory = new FakeLiteLlmContextCustomizerFactory();

		assertThat(factory.createContextCustomizer(SpringIntegrationTests.class, List.of()))
			.isEqualTo(factory.createContextCustomizer(SameSettings.class, List.of()))
			.isNotEqualTo(factory.createContextCustomizer(OtherSettings.class, List.of()));
	}

	@Test
	void closingTheContextStopsTheFake() {
		ContextCustomizer customizer = new FakeLiteLlmContextCustomizerFactory()
			.createContextCustomizer(OtherSettings.class, List.of());
		GenericApplicationContext context = new GenericApplicationContext();
		customizer.customizeContext(context, mock(MergedContextConfiguration.class));
		context.refresh();
		FakeLiteLlmProxy started = context.getBean(FakeLiteLlmProxy.class);

		assertThat(started.isRunning()).isTrue();
		assertThat(started.isEnterpriseLicensed()).isFalse();
		assertThat(context.getEnvironment().getProperty("litellm.base-url")).isEqualTo(started.baseUrl());

		context.close();

		assertThat(started.isRunning()).isFalse();
	}

	@AutoConfigureFakeLiteLlm(masterKey = "sk-spring-master")
	static class SameSettings {

	}

	@AutoConfigureFakeLiteLlm(enterpriseLicensed = false)
	static class OtherSettings {

	}

	record LiteLlmConnection(String baseUrl, String apiKey) {
	}

	@SpringBootConfiguration
	static class TinyApplication {

		@Bean
		LiteLlmConnection liteLlmConnection(@Value("${litellm.base-url}") String baseUrl,
				@Value("${litellm.api-key}") String apiKey) {
			return new LiteLlmConnection(baseUrl, apiKey);
		}

	}

}
