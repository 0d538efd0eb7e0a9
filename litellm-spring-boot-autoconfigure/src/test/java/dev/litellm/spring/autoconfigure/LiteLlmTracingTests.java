package dev.litellm.spring.autoconfigure;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.litellm.spring.keys.KeyManagementTemplate;
import dev.litellm.spring.keys.ReactiveKeyManagementTemplate;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.exporter.FinishedSpan;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.handler.PropagatingSenderTracingObservationHandler;
import io.micrometer.tracing.propagation.Propagator;
import io.micrometer.tracing.test.simple.SimpleTracer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With tracing, each operation is a span and, when the client records {@code http.client.requests}, the HTTP
 * exchange of each attempt is its child.
 */
class LiteLlmTracingTests {

	private final WireMockServer proxy = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	private final SimpleTracer tracer = new SimpleTracer();

	@BeforeEach
	void startProxy() {
		this.proxy.start();
		this.proxy.stubFor(get(urlPathEqualTo("/key/info")).willReturn(okJson("{\"key\":\"abc\",\"info\":{}}")));
	}

	@AfterEach
	void stopProxy() {
		this.proxy.stop();
	}

	@Test
	void operationSpanWrapsTheHttpClientSpan() {
		KeyManagementTemplate keys = tracedClient(true);

		keys.keyInfo("sk-tracing-test-virtual-0001");

		List<FinishedSpan> spans = List.copyOf(this.tracer.getSpans());
		assertThat(spans).hasSize(2);
		FinishedSpan operation = spans.stream().filter((span) -> span.getName().equals("litellm key.info")).findFirst().orElseThrow();
		FinishedSpan http = spans.stream().filter((span) -> span != operation).findFirst().orElseThrow();
		assertThat(http.getParentId()).isEqualTo(operation.getSpanId());
		assertThat(http.getTraceId()).isEqualTo(operation.getTraceId());
		assertThat(operation.getTags()).containsEntry("litellm.operation", "key.info").containsEntry("outcome", "SUCCESS");
		spans.forEach((span) -> assertThat(span.getTags().values()).noneMatch((value) -> value.contains("sk-")));
	}

	@Test
	void withoutHttpClientRequestsTheOperationIsTheOnlySpan() {
		KeyManagementTemplate keys = tracedClient(false);

		keys.keyInfo("sk-tracing-test-virtual-0001");

		assertThat(this.tracer.getSpans()).singleElement().satisfies((span) -> {
			assertThat(span.getName()).isEqualTo("litellm key.info");
			assertThat(span.getTags()).containsEntry("status", "200");
		});
	}

	private KeyManagementTemplate tracedClient(boolean httpClientRequests) {
		return ReactiveKeyManagementTemplate.builder()
			.baseUrl(this.proxy.baseUrl())
			.apiKey("sk-tracing-test-master-00001")
			.observationRegistry(tracingRegistry())
			.httpClientRequestsObservation(httpClientRequests)
			.buildBlocking();
	}

	private ObservationRegistry tracingRegistry() {
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig()
			.observationHandler(new ObservationHandler.FirstMatchingCompositeObservationHandler(
					new PropagatingSenderTracingObservationHandler<>(this.tracer, Propagator.NOOP),
					new DefaultTracingObservationHandler(this.tracer)));
		return registry;
	}

}
