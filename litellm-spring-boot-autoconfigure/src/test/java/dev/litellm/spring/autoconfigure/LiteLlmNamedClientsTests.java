package dev.litellm.spring.autoconfigure;

import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.litellm.spring.keys.AuthHeader;
import dev.litellm.spring.keys.KeyListQuery;
import dev.litellm.spring.keys.KeyManagementOperations;
import dev.litellm.spring.keys.ReactiveKeyManagementOperations;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.ReactiveHealthContributorRegistry;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.util.unit.DataSize;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Named clients under {@code litellm.clients.<name>}: a qualified pair per name, beside the primary client, with
 * the settings it leaves out taken from {@code litellm.*}.
 */
class LiteLlmNamedClientsTests {

	private static final String PRIMARY_KEY = "sk-primary-master-key-00001";

	private static final String BILLING_KEY = "sk-billing-master-key-00001";

	private static final String LIST_BODY = "{\"keys\":[],\"total_count\":0,\"current_page\":1,\"total_pages\":0}";

	private final WireMockServer primary = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	private final WireMockServer billing = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	private ApplicationContextRunner contextRunner;

	@BeforeEach
	void startProxies() {
		for (WireMockServer proxy : new WireMockServer[] { this.primary, this.billing }) {
			proxy.start();
			proxy.stubFor(get(urlPathEqualTo("/key/list")).willReturn(okJson(LIST_BODY)));
		}
		this.contextRunner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(LiteLlmAutoConfiguration.class, WebClientAutoConfiguration.class))
			.withPropertyValues("litellm.base-url=" + this.primary.baseUrl(), "litellm.api-key=" + PRIMARY_KEY,
					"litellm.clients.billing.base-url=" + this.billing.baseUrl(),
					"litellm.clients.billing.api-key=" + BILLING_KEY);
	}

	@AfterEach
	void stopProxies() {
		this.primary.stop();
		this.billing.stop();
	}

	@Test
	void eachNamedClientIsAQualifiedPairBesideThePrimaryOne() {
		this.contextRunner.withUserConfiguration(BillingService.class).run((context) -> {
			assertThat(context).hasNotFailed()
				.hasBean("billingReactiveKeyManagementOperations")
				.hasBean("billingKeyManagementOperations");
			BillingService service = context.getBean(BillingService.class);
			service.billing.listKeys(KeyListQuery.all());
			service.billingReactive.listKeys(KeyListQuery.all()).block(Duration.ofSeconds(5));
			service.primary.listKeys(KeyListQuery.all());
			this.billing.verify(2, getRequestedFor(urlPathEqualTo("/key/list")).withHeader("Authorization",
					equalTo("Bearer " + BILLING_KEY)));
			this.primary.verify(1, getRequestedFor(urlPathEqualTo("/key/list")).withHeader("Authorization",
					equalTo("Bearer " + PRIMARY_KEY)));
			assertThat(context.getBean(KeyManagementOperations.class))
				.isSameAs(context.getBean("keyManagementOperations"));
		});
	}

	@Test
	void aNamedClientInheritsWhatItLeavesOut() {
		MockEnvironment environment = new MockEnvironment().withProperty("litellm.api-key", PRIMARY_KEY)
			.withProperty("litellm.auth-header", "x-litellm-api-key")
			.withProperty("litellm.pool.max-connections", "7")
			.withProperty("litellm.pool.max-idle-time", "3s")
			.withProperty("litellm.retry.max-attempts", "5")
			.withProperty("litellm.clients.billing.base-url", "http://billing:4000")
			.withProperty("litellm.clients.billing.pool.max-connections", "256")
			.withProperty("litellm.clients.billing.max-response-size", "1MB");
		LiteLlmClientProperties billing = LiteLlmNamedClientsRegistrar.clientProperties(environment, "billing");
		assertThat(billing.getBaseUrl()).isEqualTo("http://billing:4000");
		assertThat(billing.getApiKey()).isEqualTo(PRIMARY_KEY);
		assertThat(billing.getAuthHeader()).isEqualTo(AuthHeader.X_LITELLM_API_KEY);
		assertThat(billing.getPool().getMaxConnections()).as("set to the default, not left out").isEqualTo(256);
		assertThat(billing.getPool().getMaxIdleTime()).isEqualTo(Duration.ofSeconds(3));
		assertThat(billing.getRetry().getMaxAttempts()).isEqualTo(5);
		assertThat(billing.getMaxResponseSize()).isEqualTo(DataSize.ofMegabytes(1));
	}

	@Test
	void aNamedClientUsesTheInheritedKeyAndAuthHeader() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(LiteLlmAutoConfiguration.class, WebClientAutoConfiguration.class))
			.withPropertyValues("litellm.base-url=" + this.primary.baseUrl(), "litellm.api-key=" + PRIMARY_KEY,
					"litellm.auth-header=x-litellm-api-key", "litellm.clients.billing.base-url=" + this.billing.baseUrl())
			.run((context) -> {
				context.getBean("billingKeyManagementOperations", KeyManagementOperations.class)
					.listKeys(KeyListQuery.all());
				this.billing.verify(getRequestedFor(urlPathEqualTo("/key/list")).withHeader("x-litellm-api-key",
						equalTo("Bearer " + PRIMARY_KEY)));
			});
	}

	@Test
	void eachClientHasItsHealthContributor() {
		this.contextRunner
			.withConfiguration(AutoConfigurations.of(LiteLlmHealthContributorAutoConfiguration.class,
					HealthContributorRegistryAutoConfiguration.class))
			.withPropertyValues("litellm.clients.down.base-url=http://127.0.0.1:1")
			.run((context) -> {
				ReactiveHealthContributorRegistry registry = context.getBean(ReactiveHealthContributorRegistry.class);
				assertThat(health(registry, "litellm")).isEqualTo(Status.UP);
				assertThat(health(registry, "litellm-billing")).isEqualTo(Status.UP);
				assertThat(health(registry, "litellm-down")).isEqualTo(Status.DOWN);
				this.billing.verify(1, getRequestedFor(urlPathEqualTo("/key/list")));
			});
	}

	@Test
	void eachClientTagsItsOperationsWithItsName() {
		this.contextRunner
			.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class,
					MetricsAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class))
			.withBean(SimpleMeterRegistry.class)
			.run((context) -> {
				context.getBean(KeyManagementOperations.class).listKeys(KeyListQuery.all());
				context.getBean("billingKeyManagementOperations", KeyManagementOperations.class)
					.listKeys(KeyListQuery.all());
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				for (String client : new String[] { "default", "billing" }) {
					assertThat(registry.get("litellm.client.operation").tag("litellm.client", client).timer().count())
						.as(client)
						.isEqualTo(1);
				}
			});
	}

	@Test
	void aNamedClientsUnresolvedPlaceholderNamesItsProperty() {
		this.contextRunner.withPropertyValues("litellm.clients.billing.api-key=${LITELLM_TEST_UNSET_BILLING_KEY}")
			.run((context) -> {
				FailureAnalysis analysis = new InvalidLiteLlmPropertyFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains(
						"litellm.clients.billing.api-key refers to LITELLM_TEST_UNSET_BILLING_KEY, which is not set");
			});
	}

	@Test
	void aNamedClientsWrongAuthHeaderNamesItsProperty() {
		this.contextRunner.withPropertyValues("litellm.clients.billing.auth-header=basic").run((context) -> {
			FailureAnalysis analysis = new LiteLlmAuthHeaderFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("litellm.clients.billing.auth-header has the value 'basic'");
		});
	}

	@Test
	void aClientNameThatIsNoBeanNameIsRefused() {
		this.contextRunner.withPropertyValues("litellm.clients.[Billing EU].base-url=http://localhost:1")
			.run((context) -> {
				FailureAnalysis analysis = new InvalidLiteLlmPropertyFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains("litellm.clients names a client 'Billing EU'");
			});
	}

	@Test
	void noNamedClientWhenDisabled() {
		this.contextRunner.withPropertyValues("litellm.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean("billingKeyManagementOperations")
				.doesNotHaveBean("billingReactiveKeyManagementOperations"));
	}

	private static Status health(ReactiveHealthContributorRegistry registry, String name) {
		ReactiveHealthIndicator indicator = (ReactiveHealthIndicator) registry.getContributor(name);
		assertThat(indicator).as(name).isNotNull();
		return indicator.health().block(Duration.ofSeconds(10)).getStatus();
	}

	@Configuration(proxyBeanMethods = false)
	static class BillingService {

		final KeyManagementOperations billing;

		final ReactiveKeyManagementOperations billingReactive;

		final KeyManagementOperations primary;

		BillingService(@Qualifier("billing") KeyManagementOperations billing,
				@Qualifier("billing") ReactiveKeyManagementOperations billingReactive, KeyManagementOperations primary) {
			this.billing = billing;
			this.billingReactive = billingReactive;
			this.primary = primary;
		}

	}

}
