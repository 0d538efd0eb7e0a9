package dev.litellm.spring.keys;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.Test;

import static dev.litellm.spring.keys.TestKeys.KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A rotation is one {@code key.rotate} observation, tagged with its strategy, and the parent of the observations
 * of the calls it makes.
 */
class KeyRotationObservationTests extends ProxyTestSupport {

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	@Test
	void aRotationIsTheParentOfItsCalls() {
		stubGet("/key/info", fixture("info.json"));
		stubPost("/key/regenerate", fixture("regenerate.json"));
		ReactiveKeyManagementTemplate client = build(clientBuilder().observationRegistry(this.registry));

		client.rotateKey(KEY, RotateKeyRequest.builder().gracePeriod("1h").strategy(RotationStrategy.REGENERATE).build())
			.block();

		Observation.Context rotate = only("key.rotate");
		assertThat(lowCardinality(rotate)).containsExactlyInAnyOrderEntriesOf(Map.of("litellm.client", "default",
				"litellm.operation", "key.rotate", "strategy", "REGENERATE", "outcome", "SUCCESS", "status", "none", "error",
				"none"));
		Observation.Context regenerate = only("key.regenerate");
		assertThat(regenerate.getParentObservation()).isNotNull();
		assertThat(regenerate.getParentObservation().getContextView()).isSameAs(rotate);
		assertThat(only("key.info").getParentObservation().getContextView()).isSameAs(rotate);
	}

	@Test
	void aFailedRotationNamesItsStrategyAndError() {
		stubAny(envelope(404, "Key not found", "not_found_error", "key"));
		ReactiveKeyManagementTemplate client = build(clientBuilder().observationRegistry(this.registry));

		assertThatExceptionOfType(KeyRotationException.class).isThrownBy(() -> client
			.rotateKey(KEY, RotateKeyRequest.builder().gracePeriod("1h").strategy(RotationStrategy.REPLACE).build())
			.block());

		Observation.Context rotate = only("key.rotate");
		assertThat(lowCardinality(rotate)).containsEntry("strategy", "REPLACE")
			.containsEntry("outcome", "CLIENT_ERROR")
			.containsEntry("status", "404")
			.containsEntry("error", "KeyRotationException");
		assertThat(only("key.info").getParentObservation().getContextView()).isSameAs(rotate);
	}

	private Observation.Context only(String operation) {
		List<Observation.Context> found = new java.util.ArrayList<>();
		assertThat(this.registry).hasHandledContextsThatSatisfy((contexts) -> contexts.stream()
			.filter((context) -> operation.equals(lowCardinality(context).get("litellm.operation")))
			.forEach(found::add));
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private static Map<String, String> lowCardinality(Observation.Context context) {
		return context.getLowCardinalityKeyValues()
			.stream()
			.collect(Collectors.toMap(KeyValue::getKey, KeyValue::getValue));
	}

}
