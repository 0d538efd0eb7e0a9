package dev.litellm.spring.autoconfigure;

import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.litellm.spring.keys.KeyListQuery;
import dev.litellm.spring.keys.ReactiveKeyManagementOperations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LiteLlmHealthIndicator}'s time to live: repeated health checks reuse one probe of the proxy.
 */
class LiteLlmHealthIndicatorTests {

	private static final String EMPTY_PAGE = "{\"keys\":[],\"total_count\":0,\"current_page\":1,\"total_pages\":0}";

	private final WireMockServer proxy = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	private ApplicationContextRunner contextRunner;

	@BeforeEach
	void startProxy() {
		this.proxy.start();
		this.proxy.stubFor(get(urlPathEqualTo("/key/list")).willReturn(okJson(EMPTY_PAGE)));
		this.contextRunner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(LiteLlmAutoConfiguration.class, WebClientAutoConfiguration.class,
					SslAutoConfiguration.class, LiteLlmHealthContributorAutoConfiguration.class))
			.withPropertyValues("litellm.base-url=" + this.proxy.baseUrl(), "litellm.api-key=sk-health-master-0001",
					"litellm.retry.max-attempts=1");
	}

	@AfterEach
	void stopProxy() {
		this.proxy.stop();
	}

	@Test
	void repeatedChecksReuseOneProbeByDefault() {
		this.contextRunner.run((context) -> {
			warmUp(context.getBean(ReactiveKeyManagementOperations.class));
			LiteLlmHealthIndicator indicator = context.getBean(LiteLlmHealthIndicator.class);
			for (int i = 0; i < 5; i++) {
				assertThat(check(indicator).getStatus()).isEqualTo(Status.UP);
			}
			this.proxy.verify(1, getRequestedFor(urlPathEqualTo("/key/list")));
		});
	}

	@Test
	void aZeroTimeToLiveProbesOnEveryCheck() {
		this.contextRunner.withPropertyValues("management.health.litellm.cache-time-to-live=0").run((context) -> {
			warmUp(context.getBean(ReactiveKeyManagementOperations.class));
			LiteLlmHealthIndicator indicator = context.getBean(LiteLlmHealthIndicator.class);
			check(indicator);
			check(indicator);
			this.proxy.verify(2, getRequestedFor(urlPathEqualTo("/key/list")));
		});
	}

	@Test
	void probesAgainOnceTheTimeToLiveHasPassed() {
		VirtualTimeScheduler clock = VirtualTimeScheduler.create();
		this.contextRunner.run((context) -> {
			ReactiveKeyManagementOperations operations = context.getBean(ReactiveKeyManagementOperations.class);
			warmUp(operations);
			LiteLlmHealthIndicator indicator = new LiteLlmHealthIndicator(operations, this.proxy.baseUrl(),
					Duration.ofSeconds(3), Duration.ofSeconds(5), clock);
			assertThat(check(indicator).getStatus()).isEqualTo(Status.UP);
			this.proxy.stubFor(get(urlPathEqualTo("/key/list")).willReturn(aResponse().withStatus(500)));
			clock.advanceTimeBy(Duration.ofSeconds(4));
			assertThat(check(indicator).getStatus()).isEqualTo(Status.UP);
			this.proxy.verify(1, getRequestedFor(urlPathEqualTo("/key/list")));
			clock.advanceTimeBy(Duration.ofSeconds(2));
			assertThat(check(indicator).getStatus()).isEqualTo(Status.DOWN);
			assertThat(check(indicator).getStatus()).isEqualTo(Status.DOWN);
			this.proxy.verify(2, getRequestedFor(urlPathEqualTo("/key/list")));
		});
	}

	/**
	 * One call before counting, so that a cold client's first call cannot exceed the probe's timeout.
	 */
	private void warmUp(ReactiveKeyManagementOperations operations) {
		operations.listKeys(KeyListQuery.builder().size(1).build()).block(Duration.ofSeconds(30));
		this.proxy.resetRequests();
	}

	private static Health check(LiteLlmHealthIndicator indicator) {
		Health health = indicator.health().block(Duration.ofSeconds(5));
		assertThat(health).isNotNull();
		return health;
	}

}
