package dev.litellm.spring.autoconfigure;

import java.util.List;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.litellm.spring.keys.AbandonedKeyCreationListener;
import dev.litellm.spring.keys.ChangedByResolver;
import dev.litellm.spring.keys.KeyManagementOperations;
import dev.litellm.spring.keys.KeyManagementTemplate;
import dev.litellm.spring.keys.ReactiveKeyManagementOperations;
import dev.litellm.spring.keys.ReactiveKeyManagementTemplate;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LiteLlmAutoConfiguration}.
 */
class LiteLlmAutoConfigurationTests {

	private static final String API_KEY = "sk-autoconfig-master-key-0001";

	private static final String INFO_BODY = "{\"key\":\"abc\",\"info\":{\"key_alias\":\"a\"}}";

	private final WireMockServer proxy = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	private ApplicationContextRunner contextRunner;

	@BeforeEach
	void startProxy() {
		this.proxy.start();
		this.proxy.stubFor(get(urlPathEqualTo("/key/info")).willReturn(okJson(INFO_BODY)));
		this.proxy.stubFor(get(urlPathEqualTo("/other")).willReturn(aResponse().withStatus(204)));
		this.contextRunner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(LiteLlmAutoConfiguration.class, WebClientAutoConfiguration.class,
					SslAutoConfiguration.class))
			.withPropertyValues("litellm.base-url=" + this.proxy.baseUrl(), "litellm.api-key=" + API_KEY);
	}

	@AfterEach
	void stopProxy() {
		this.proxy.stop();
	}

	@Test
	void definesBothClientsFromTheTwoRequiredProperties() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(ReactiveKeyManagementTemplate.class)
				.hasSingleBean(KeyManagementTemplate.class);
			context.getBean(KeyManagementOperations.class).keyInfo("abc");
			this.proxy.verify(getRequestedFor(urlPathEqualTo("/key/info")).withHeader("Authorization",
					equalTo("Bearer " + API_KEY)));
		});
	}

	@Test
	void sendsTheKeyInXLiteLlmApiKeyWhenConfigured() {
		this.contextRunner.withPropertyValues("litellm.auth-header=x-litellm-api-key").run((context) -> {
			context.getBean(KeyManagementOperations.class).keyInfo("abc");
			this.proxy.verify(getRequestedFor(urlPathEqualTo("/key/info"))
				.withHeader("x-litellm-api-key", equalTo("Bearer " + API_KEY))
				.withHeader("Authorization", absent()));
		});
	}

	@Test
	void backsOffAsAPairForAUserReactiveClient() {
		this.contextRunner.withUserConfiguration(UserReactiveClientConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(ReactiveKeyManagementOperations.class)
				.doesNotHaveBean("reactiveKeyManagementOperations")
				.doesNotHaveBean(KeyManagementOperations.class);
			assertThat(context.getBean(ReactiveKeyManagementOperations.class))
				.isSameAs(context.getBean(UserReactiveClientConfiguration.class).client);
		});
	}

	@Test
	void backsOffAsAPairForAUserBlockingClient() {
		this.contextRunner.withUserConfiguration(UserBlockingClientConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(KeyManagementOperations.class)
				.hasBean("userBlockingClient")
				.doesNotHaveBean("keyManagementOperations")
				.doesNotHaveBean(ReactiveKeyManagementOperations.class);
		});
	}

	@Test
	void keepsThePrimaryPairBesideAQualifiedUserClient() {
		this.contextRunner.withUserConfiguration(QualifiedSecondClientConfiguration.class).run((context) -> {
			assertThat(context).hasBean("reactiveKeyManagementOperations")
				.hasBean("keyManagementOperations")
				.hasBean("secondProxyKeys");
			assertThat(context.getBean(KeyManagementOperations.class))
				.isSameAs(context.getBean("keyManagementOperations"));
			context.getBean(KeyManagementOperations.class).keyInfo("abc");
			this.proxy.verify(getRequestedFor(urlPathEqualTo("/key/info")).withHeader("Authorization",
					equalTo("Bearer " + API_KEY)));
		});
	}

	@Test
	void keepsThePrimaryPairBesideANonDefaultCandidateUserClient() {
		this.contextRunner.withUserConfiguration(NonDefaultSecondClientConfiguration.class).run((context) -> {
			assertThat(context).hasBean("reactiveKeyManagementOperations").hasBean("keyManagementOperations");
			assertThat(context.getBean(ReactiveKeyManagementOperations.class))
				.isSameAs(context.getBean("reactiveKeyManagementOperations"));
		});
	}

	@Test
	void isOffWhenDisabled() {
		this.contextRunner.withPropertyValues("litellm.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed()
				.doesNotHaveBean(ReactiveKeyManagementOperations.class)
				.doesNotHaveBean(KeyManagementOperations.class)
				.doesNotHaveBean(LiteLlmProperties.class);
		});
	}

	@Test
	void missingBaseUrlFailsWithAnalysisNamingTheProperty() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(LiteLlmAutoConfiguration.class, WebClientAutoConfiguration.class))
			.withPropertyValues("litellm.api-key=" + API_KEY)
			.run((context) -> {
				FailureAnalysis analysis = analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("litellm.base-url is not set");
				assertThat(analysis.getAction()).contains("base-url: http://localhost:4000");
				assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(API_KEY);
			});
	}

	@Test
	void malformedBaseUrlFailsWithAnalysisNamingTheProperty() {
		this.contextRunner.withPropertyValues("litellm.base-url=localhost:4000").run((context) -> {
			FailureAnalysis analysis = analyze(context.getStartupFailure());
			assertThat(analysis.getDescription())
				.contains("litellm.base-url must be an absolute http or https URL, but was 'localhost:4000'");
			assertThat(analysis.getAction()).contains("http://localhost:4000");
			assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(API_KEY);
		});
	}

	@Test
	void baseUrlWithCredentialsFailsWithoutEchoingThem() {
		this.contextRunner.withPropertyValues("litellm.base-url=http://admin:" + API_KEY + "@localhost:4000")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("litellm.base-url must not carry credentials");
				assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(API_KEY);
			});
	}

	@ParameterizedTest
	@CsvSource({ "litellm.read-timeout=0s, litellm.read-timeout", "litellm.connect-timeout=30d, litellm.connect-timeout",
			"litellm.call-timeout=-1s, litellm.call-timeout",
			"litellm.pool.max-pending-acquires=0, litellm.pool.max-pending-acquires",
			"litellm.max-response-size=0B, litellm.max-response-size" })
	void anOutOfRangeConnectionSettingFailsWithAnalysisNamingTheProperty(String setting, String property) {
		this.contextRunner.withPropertyValues(setting).run((context) -> {
			FailureAnalysis analysis = analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains(property + " must be");
			assertThat(analysis.getAction()).contains(property);
		});
	}

	@Test
	void anAbandonedCreationListenerBeanIsTheClientsListener() {
		AbandonedKeyCreationListener listener = (creation) -> {
		};
		this.contextRunner.withBean(AbandonedKeyCreationListener.class, () -> listener)
			.run((context) -> assertThat(context.getBean(ReactiveKeyManagementTemplate.class))
				.extracting("parts")
				.extracting((parts) -> ((Supplier<?>) parts).get())
				.extracting("batch.abandonedCreations")
				.isSameAs(listener));
	}

	@Test
	void missingApiKeyFailsWithAnalysisNamingTheProperty() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(LiteLlmAutoConfiguration.class, WebClientAutoConfiguration.class))
			.withPropertyValues("litellm.base-url=http://localhost:4000")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("litellm.api-key is not set");
				assertThat(analysis.getAction()).contains("litellm.api-key").contains("litellm.enabled=false");
			});
	}

	@Test
	void apiKeyWithWhitespaceFailsWithoutEchoingIt() {
		this.contextRunner.withPropertyValues("litellm.api-key=" + API_KEY + " " + API_KEY).run((context) -> {
			FailureAnalysis analysis = analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("litellm.api-key must not contain whitespace");
			assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(API_KEY);
		});
	}

	@Test
	void unresolvedApiKeyPlaceholderFailsNamingThePropertyAndTheVariable() {
		this.contextRunner.withPropertyValues("litellm.api-key=${LITELLM_TEST_UNSET_KEY}").run((context) -> {
			FailureAnalysis analysis = analyze(context.getStartupFailure());
			assertThat(analysis.getDescription())
				.contains("litellm.api-key refers to LITELLM_TEST_UNSET_KEY, which is not set");
			assertThat(analysis.getAction()).contains("Set LITELLM_TEST_UNSET_KEY");
			assertThat(this.proxy.getAllServeEvents()).isEmpty();
		});
	}

	@Test
	void partlyResolvedApiKeyFailsWithoutPrintingTheValue() {
		this.contextRunner.withPropertyValues("litellm.api-key=" + API_KEY + "${LITELLM_TEST_UNSET_SUFFIX}")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("litellm.api-key refers to LITELLM_TEST_UNSET_SUFFIX");
				assertThat(analysis.getDescription() + analysis.getAction() + context.getStartupFailure())
					.doesNotContain(API_KEY)
					.doesNotContain("sk-");
			});
	}

	@Test
	void unresolvedBaseUrlPlaceholderFailsNamingThePropertyAndTheVariable() {
		this.contextRunner.withPropertyValues("litellm.base-url=${LITELLM_TEST_UNSET_URL}").run((context) -> {
			FailureAnalysis analysis = analyze(context.getStartupFailure());
			assertThat(analysis.getDescription())
				.contains("litellm.base-url refers to LITELLM_TEST_UNSET_URL, which is not set");
			assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(API_KEY);
		});
	}

	@Test
	void resolvedPlaceholderIsUsed() {
		this.contextRunner.withPropertyValues("litellm.api-key=${test.key}", "test.key=" + API_KEY).run((context) -> {
			context.getBean(KeyManagementOperations.class).keyInfo("abc");
			this.proxy.verify(getRequestedFor(urlPathEqualTo("/key/info")).withHeader("Authorization",
					equalTo("Bearer " + API_KEY)));
		});
	}

	@Test
	void wrongAuthHeaderFailsWithTheDocumentedSpellings() {
		this.contextRunner.withPropertyValues("litellm.auth-header=bearer").run((context) -> {
			FailureAnalysis analysis = new LiteLlmAuthHeaderFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("litellm.auth-header has the value 'bearer'");
			assertThat(analysis.getAction()).contains("authorization")
				.contains("x-litellm-api-key")
				.doesNotContain("X_LITELLM_API_KEY");
			assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(API_KEY);
		});
	}

	@Test
	void authHeaderAnalysisDoesNotShowAKeyPastedIntoIt() {
		this.contextRunner.withPropertyValues("litellm.auth-header=" + API_KEY).run((context) -> {
			FailureAnalysis analysis = new LiteLlmAuthHeaderFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("litellm.auth-header").doesNotContain(API_KEY);
		});
	}

	@Test
	void unknownSslBundleFailsWithAnalysisNamingTheProperty() {
		this.contextRunner.withPropertyValues("litellm.ssl.bundle=missing").run((context) -> {
			FailureAnalysis analysis = analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("litellm.ssl.bundle names an unknown SSL bundle 'missing'");
		});
	}

	@Test
	void propertiesToStringHidesTheApiKey() {
		this.contextRunner.run((context) -> assertThat(context.getBean(LiteLlmProperties.class).toString())
			.doesNotContain(API_KEY)
			.contains("apiKey=******"));
	}

	@Test
	void customizerBeansCustomizeOnlyTheLiteLlmWebClient() {
		this.contextRunner.withUserConfiguration(CustomizerConfiguration.class).run((context) -> {
			context.getBean(KeyManagementOperations.class).keyInfo("abc");
			this.proxy.verify(getRequestedFor(urlPathEqualTo("/key/info")).withHeader("X-Team", equalTo("platform")));
			context.getBean(WebClient.Builder.class)
				.build()
				.get()
				.uri(this.proxy.baseUrl() + "/other")
				.retrieve()
				.toBodilessEntity()
				.block();
			this.proxy.verify(getRequestedFor(urlPathEqualTo("/other")).withHeader("X-Team", absent())
				.withHeader("Authorization", absent())
				.withHeader("litellm-changed-by", absent()));
		});
	}

	@Test
	void registersNoGlobalWebClientInfrastructure() {
		this.contextRunner.run((context) -> assertThat(context)
			.doesNotHaveBean(org.springframework.boot.webclient.WebClientCustomizer.class)
			.doesNotHaveBean(org.springframework.http.client.reactive.ClientHttpConnector.class)
			.doesNotHaveBean(org.springframework.http.codec.CodecConfigurer.class)
			.doesNotHaveBean(org.springframework.web.reactive.function.client.ClientRequestObservationConvention.class));
	}

	@Test
	void resolvesTheActorFromTheSecurityPrincipalByDefault() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(SecurityPrincipalChangedByResolver.class));
	}

	@Test
	void userResolverReplacesThePrincipalStep() {
		this.contextRunner.withBean(ChangedByResolver.class, () -> () -> Mono.just("robot")).run((context) -> {
			assertThat(context).hasSingleBean(ChangedByResolver.class)
				.doesNotHaveBean(SecurityPrincipalChangedByResolver.class);
		});
	}

	@Test
	void principalStepCanBeTurnedOff() {
		this.contextRunner.withPropertyValues("litellm.audit.use-security-principal=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ChangedByResolver.class));
	}

	@Test
	void runsWithoutSpringSecurity() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(SecurityContextHolder.class)).run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(ChangedByResolver.class);
			context.getBean(KeyManagementOperations.class).keyInfo("abc");
		});
	}

	@Test
	void runsWithoutActuator() {
		this.contextRunner
			.withConfiguration(AutoConfigurations.of(LiteLlmHealthContributorAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader(ReactiveHealthIndicator.class,
					org.springframework.boot.actuate.endpoint.SanitizingFunction.class))
			.run((context) -> {
				assertThat(context).hasNotFailed().doesNotHaveBean(LiteLlmHealthIndicator.class);
				context.getBean(KeyManagementOperations.class).keyInfo("abc");
			});
	}

	@Test
	void runsWithoutMicrometerMetrics() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				context.getBean(KeyManagementOperations.class).keyInfo("abc");
			});
	}

	@Test
	void definesTheHealthIndicatorWithActuator() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(LiteLlmHealthContributorAutoConfiguration.class))
			.run((context) -> assertThat(context).hasSingleBean(LiteLlmHealthIndicator.class)
				.hasBean("litellmHealthIndicator"));
	}

	@Test
	void healthIndicatorCanBeDisabled() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(LiteLlmHealthContributorAutoConfiguration.class))
			.withPropertyValues("management.health.litellm.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(LiteLlmHealthIndicator.class));
	}

	@Test
	void recordsTheOperationTimerWithAMeterRegistry() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class,
				org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration.class,
				org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration.class))
			.withBean(SimpleMeterRegistry.class)
			.run((context) -> {
				context.getBean(KeyManagementOperations.class).keyInfo("abc");
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.get("litellm.client.operation")
					.tag("litellm.operation", "key.info")
					.tag("outcome", "SUCCESS")
					.tag("error", "none")
					.timer()
					.count()).isEqualTo(1);
			});
	}

	private static FailureAnalysis analyze(Throwable failure) {
		assertThat(failure).isNotNull();
		FailureAnalysis analysis = new InvalidLiteLlmPropertyFailureAnalyzer().analyze(failure);
		assertThat(analysis).as("failure analysis of %s", failure).isNotNull();
		return analysis;
	}

	@Configuration(proxyBeanMethods = false)
	static class UserReactiveClientConfiguration {

		final ReactiveKeyManagementTemplate client = ReactiveKeyManagementTemplate.builder()
			.baseUrl("http://localhost:1")
			.apiKey("sk-user-defined-0000000000")
			.build();

		@Bean
		ReactiveKeyManagementOperations userReactiveClient() {
			return this.client;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserBlockingClientConfiguration {

		@Bean
		KeyManagementOperations userBlockingClient() {
			return ReactiveKeyManagementTemplate.builder()
				.baseUrl("http://localhost:1")
				.apiKey("sk-user-defined-0000000000")
				.buildBlocking();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class QualifiedSecondClientConfiguration {

		@Bean
		@Qualifier("second")
		KeyManagementOperations secondProxyKeys() {
			return ReactiveKeyManagementTemplate.builder()
				.name("second")
				.baseUrl("http://localhost:1")
				.apiKey("sk-second-proxy-000000000")
				.buildBlocking();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class NonDefaultSecondClientConfiguration {

		@Bean(defaultCandidate = false)
		ReactiveKeyManagementOperations secondProxyReactiveKeys() {
			return ReactiveKeyManagementTemplate.builder()
				.baseUrl("http://localhost:1")
				.apiKey("sk-second-proxy-000000000")
				.build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomizerConfiguration {

		@Bean
		LiteLlmWebClientCustomizer teamHeaderCustomizer() {
			return (builder) -> builder.defaultHeaders((headers) -> headers.put("X-Team", List.of("platform")));
		}

	}

}
