package dev.litellm.spring.autoconfigure;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.litellm.spring.keys.KeyManagementOperations;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.test.simple.SimpleTracer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.boot.webclient.autoconfigure.WebClientObservationAutoConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether the client's WebClient records {@code http.client.requests} beside {@code litellm.client.operation}:
 * {@code litellm.observations.http-client-requests}, and when it is not set, whether the application traces. The
 * WebClient is built from Boot's builder, which Boot's WebClient observation support gives the application's
 * registry.
 */
class LiteLlmHttpClientObservationTests {

	private static final String HTTP = "http.client.requests";

	private static final String OPERATION = "litellm.client.operation";

	private final WireMockServer proxy = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	private ApplicationContextRunner contextRunner;

	@BeforeEach
	void startProxy() {
		this.proxy.start();
		this.proxy.stubFor(get(urlPathEqualTo("/key/info")).willReturn(okJson("{\"key\":\"abc\",\"info\":{}}")));
		this.contextRunner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(LiteLlmAutoConfiguration.class, WebClientAutoConfiguration.class,
					WebClientObservationAutoConfiguration.class, SslAutoConfiguration.class))
			.withBean(ObservationRegistry.class, () -> this.registry)
			.withPropertyValues("litellm.base-url=" + this.proxy.baseUrl(),
					"litellm.api-key=sk-http-observation-master-01");
	}

	@AfterEach
	void stopProxy() {
		this.proxy.stop();
	}

	@Test
	void byDefaultOnlyTheOperationIsRecordedWithTheStatusOfTheAnswer() {
		this.contextRunner.run((context) -> {
			context.getBean(KeyManagementOperations.class).keyInfo("abc");
			assertThat(this.registry).hasNumberOfObservationsWithNameEqualTo(HTTP, 0)
				.hasNumberOfObservationsWithNameEqualTo(OPERATION, 1)
				.hasObservationWithNameEqualTo(OPERATION)
				.that()
				.hasLowCardinalityKeyValue("status", "200")
				.hasLowCardinalityKeyValue("outcome", "SUCCESS");
		});
	}

	@Test
	void recordsEachAttemptAsAChildOfTheOperationWhenSwitchedOn() {
		this.contextRunner.withPropertyValues("litellm.observations.http-client-requests=true").run((context) -> {
			context.getBean(KeyManagementOperations.class).keyInfo("abc");
			assertThat(this.registry).hasNumberOfObservationsWithNameEqualTo(HTTP, 1)
				.hasNumberOfObservationsWithNameEqualTo(OPERATION, 1)
				.hasHandledContextsThatSatisfy((contexts) -> {
					Observation.Context http = contexts.stream()
						.filter((observed) -> HTTP.equals(observed.getName()))
						.findFirst()
						.orElseThrow();
					assertThat(http.getParentObservation()).isNotNull();
					assertThat(http.getParentObservation().getContextView().getName()).isEqualTo(OPERATION);
					assertThat(http.getLowCardinalityKeyValue("uri").getValue()).isEqualTo("/key/info");
				});
		});
	}

	@Test
	void recordsEachAttemptWhenTheApplicationTraces() {
		this.contextRunner.withBean(Tracer.class, SimpleTracer::new).run((context) -> {
			context.getBean(KeyManagementOperations.class).keyInfo("abc");
			assertThat(this.registry).hasNumberOfObservationsWithNameEqualTo(HTTP, 1);
		});
	}

	@Test
	void theSwitchWinsOverTracing() {
		this.contextRunner.withBean(Tracer.class, SimpleTracer::new)
			.withPropertyValues("litellm.observations.http-client-requests=false")
			.run((context) -> {
				context.getBean(KeyManagementOperations.class).keyInfo("abc");
				assertThat(this.registry).hasNumberOfObservationsWithNameEqualTo(HTTP, 0)
					.hasNumberOfObservationsWithNameEqualTo(OPERATION, 1);
			});
	}

	@Test
	void namedClientsInheritTheSwitchAndCanSetTheirOwn() {
		this.contextRunner
			.withPropertyValues("litellm.observations.http-client-requests=true",
					"litellm.clients.inherits.base-url=" + this.proxy.baseUrl(),
					"litellm.clients.own.base-url=" + this.proxy.baseUrl(),
					"litellm.clients.own.observations.http-client-requests=false")
			.withBean(NamedClients.class)
			.run((context) -> {
				context.getBean(NamedClients.class).inherits.keyInfo("abc");
				assertThat(this.registry).hasNumberOfObservationsWithNameEqualTo(HTTP, 1);
				context.getBean(NamedClients.class).own.keyInfo("abc");
				assertThat(this.registry).hasNumberOfObservationsWithNameEqualTo(HTTP, 1)
					.hasNumberOfObservationsWithNameEqualTo(OPERATION, 2);
			});
	}

	static class NamedClients {

		final KeyManagementOperations inherits;

		final KeyManagementOperations own;

		NamedClients(@Qualifier("inherits") KeyManagementOperations inherits,
				@Qualifier("own") KeyManagementOperations own) {
			this.inherits = inherits;
			this.own = own;
		}

	}

}
