package dev.litellm.spring.keys;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import dev.litellm.spring.observation.DefaultLiteLlmOperationObservationConvention;
import dev.litellm.spring.observation.LiteLlmOperationContext;
import dev.litellm.spring.observation.LiteLlmOperationObservationConvention;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static dev.litellm.spring.keys.TestKeys.KEY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meters Micrometer's default meter handler records from the {@code litellm.client.operation} observation,
 * as in an application with metrics: a timer tagged with exactly the observation's key values for each ending
 * (and the error Micrometer adds, the same as the observation's), and the key values a user's convention or an
 * observation filter give instead or in addition.
 */
class OperationMetricsTests extends ProxyTestSupport {

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final ObservationRegistry registry = ObservationRegistry.create();

	@BeforeEach
	void recordMeters() {
		this.registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(this.meters));
	}

	@Test
	void successIsTimedWithTheOperationsKeyValues() {
		stubAny(okJson(fixture("info.json")));
		ReactiveKeyManagementTemplate client = build(clientBuilder().observationRegistry(this.registry));

		client.keyInfo(KEY).block(Api.TIMEOUT);
		client.keyInfo(KEY).block(Api.TIMEOUT);

		assertThat(operationTimers()).singleElement().satisfies((timer) -> {
			assertThat(tags(timer)).containsExactlyInAnyOrderEntriesOf(Map.of("litellm.client", "default",
					"litellm.operation", "key.info", "outcome", "SUCCESS", "status", "200", "error", "none",
					"strategy", "none"));
			assertThat(timer.count()).isEqualTo(2);
		});
		assertThat(this.meters.find(DefaultLiteLlmOperationObservationConvention.NAME + ".active")
			.longTaskTimer()
			.activeTasks()).isZero();
	}

	@Test
	void apiErrorsAreTimedByStatusAndException() {
		ReactiveKeyManagementTemplate client = build(clientBuilder().observationRegistry(this.registry));
		stubAny(envelope(404, "Key not found in database", "not_found_error", "key"));
		Api.REACTIVE.failure(Api.Clients.of(client), KeyCall.keyInfo(KEY));
		Api.REACTIVE.failure(Api.Clients.of(client), KeyCall.keyInfo(KEY));
		stubAny(envelope(401, "Authentication Error, No api key passed in.", "auth_error", "None"));
		Api.REACTIVE.failure(Api.Clients.of(client), KeyCall.keyInfo(KEY));

		assertThat(operationTimers()).hasSize(2)
			.anySatisfy((timer) -> {
				assertThat(tags(timer)).containsExactlyInAnyOrderEntriesOf(Map.of("litellm.client", "default",
						"litellm.operation", "key.info", "outcome", "CLIENT_ERROR", "status", "404", "error",
						"LiteLlmNotFoundException", "strategy", "none"));
				assertThat(timer.count()).isEqualTo(2);
			})
			.anySatisfy((timer) -> assertThat(tags(timer)).containsEntry("status", "401")
				.containsEntry("error", "LiteLlmAuthenticationException"));
	}

	@Test
	void aUsersConventionGivesItsOwnNameAndKeyValues() {
		stubAny(okJson(fixture("health.json")));
		LiteLlmOperationObservationConvention convention = new LiteLlmOperationObservationConvention() {

			@Override
			public String getName() {
				return "proxy.calls";
			}

			@Override
			public KeyValues getLowCardinalityKeyValues(LiteLlmOperationContext context) {
				KeyValues keyValues = KeyValues.of("call", context.getOperation());
				return (context.getOutcome() != null) ? keyValues.and("result", context.getOutcome().name())
						: keyValues;
			}

		};
		ReactiveKeyManagementTemplate client = build(
				clientBuilder().observationRegistry(this.registry).observationConvention(convention));

		client.keyHealth().block(Api.TIMEOUT);

		assertThat(this.meters.find(DefaultLiteLlmOperationObservationConvention.NAME).meters()).isEmpty();
		assertThat(this.meters.get("proxy.calls").timer()).satisfies((timer) -> assertThat(tags(timer))
			.containsExactlyInAnyOrderEntriesOf(Map.of("call", "key.health", "result", "SUCCESS", "error", "none")));
		assertThat(this.meters.get("proxy.calls.active").longTaskTimer().getId().getTags())
			.containsExactly(Tag.of("call", "key.health"));
	}

	@Test
	void aConventionExtendingTheDefaultOneAddsToItsKeyValues() {
		stubAny(okJson(fixture("health.json")));
		DefaultLiteLlmOperationObservationConvention convention = new DefaultLiteLlmOperationObservationConvention() {

			@Override
			public KeyValues getLowCardinalityKeyValues(LiteLlmOperationContext context) {
				return super.getLowCardinalityKeyValues(context).and("region", "eu");
			}

		};
		ReactiveKeyManagementTemplate client = build(
				clientBuilder().observationRegistry(this.registry).observationConvention(convention));

		client.keyHealth().block(Api.TIMEOUT);

		assertThat(operationTimers()).singleElement()
			.satisfies((timer) -> assertThat(tags(timer)).containsEntry("region", "eu")
				.containsEntry("outcome", "SUCCESS")
				.containsEntry("litellm.operation", "key.health"));
	}

	@Test
	void keyValuesAnObservationFilterOrHandlerAddsAreKept() {
		stubAny(okJson(fixture("health.json")));
		this.registry.observationConfig()
			.observationFilter((context) -> context.addLowCardinalityKeyValue(KeyValue.of("zone", "a")));
		this.registry.observationConfig().observationHandler(new ObservationHandler<>() {

			@Override
			public boolean supportsContext(Observation.Context context) {
				return context instanceof LiteLlmOperationContext;
			}

			@Override
			public void onStart(Observation.Context context) {
				context.addLowCardinalityKeyValue(KeyValue.of("app", "vending"));
			}

		});
		ReactiveKeyManagementTemplate client = build(clientBuilder().observationRegistry(this.registry));

		client.keyHealth().block(Api.TIMEOUT);

		assertThat(operationTimers()).singleElement()
			.satisfies((timer) -> assertThat(tags(timer)).containsExactlyInAnyOrderEntriesOf(Map.of("litellm.client",
					"default", "litellm.operation", "key.health", "outcome", "SUCCESS", "status", "200", "error",
					"none", "strategy", "none", "zone", "a", "app", "vending")));
	}

	private Collection<Timer> operationTimers() {
		return this.meters.find(DefaultLiteLlmOperationObservationConvention.NAME).timers();
	}

	private static Map<String, String> tags(Meter meter) {
		return meter.getId().getTags().stream().collect(Collectors.toMap(Tag::getKey, Tag::getValue));
	}

}
