package dev.litellm.spring.autoconfigure;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.litellm.spring.LiteLlmTransportException;
import dev.litellm.spring.keys.KeyManagementOperations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests that {@code litellm.ssl.bundle} applies a Spring Boot SSL bundle to the LiteLLM client, and to it only.
 * The proxy here serves a self-signed certificate that only the bundle trusts.
 */
class LiteLlmSslBundleTests {

	private final WireMockServer proxy = new WireMockServer(WireMockConfiguration.options()
		.dynamicHttpsPort()
		.httpDisabled(true)
		.keystorePath("src/test/resources/ssl/proxy-server.p12")
		.keystoreType("PKCS12")
		.keystorePassword("changeit")
		.keyManagerPassword("changeit"));

	private ApplicationContextRunner contextRunner;

	@BeforeEach
	void startProxy() {
		this.proxy.start();
		this.proxy.stubFor(get(urlPathEqualTo("/key/info")).willReturn(okJson("{\"key\":\"abc\",\"info\":{}}")));
		this.contextRunner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(LiteLlmAutoConfiguration.class, WebClientAutoConfiguration.class,
					SslAutoConfiguration.class))
			.withPropertyValues("litellm.base-url=https://localhost:" + this.proxy.httpsPort(),
					"litellm.api-key=sk-ssl-test-master-key-01", "litellm.retry.enabled=false",
					"spring.ssl.bundle.pem.litellm-proxy.truststore.certificate=classpath:ssl/proxy-server.crt");
	}

	@AfterEach
	void stopProxy() {
		this.proxy.stop();
	}

	@Test
	void trustsTheProxyThroughTheBundle() {
		this.contextRunner.withPropertyValues("litellm.ssl.bundle=litellm-proxy").run((context) -> {
			assertThat(context.getBean(KeyManagementOperations.class).keyInfo("abc").key()).isEqualTo("abc");
		});
	}

	@Test
	void withoutTheBundleTheProxyIsNotTrusted() {
		this.contextRunner.run((context) -> assertThatExceptionOfType(LiteLlmTransportException.class)
			.isThrownBy(() -> context.getBean(KeyManagementOperations.class).keyInfo("abc")));
	}

	@Test
	void theBundleDoesNotApplyToOtherWebClients() {
		this.contextRunner.withPropertyValues("litellm.ssl.bundle=litellm-proxy").run((context) -> {
			WebClient other = context.getBean(WebClient.Builder.class).build();
			assertThatExceptionOfType(WebClientRequestException.class).isThrownBy(() -> other.get()
				.uri("https://localhost:" + this.proxy.httpsPort() + "/key/info")
				.retrieve()
				.toBodilessEntity()
				.block());
		});
	}

}
