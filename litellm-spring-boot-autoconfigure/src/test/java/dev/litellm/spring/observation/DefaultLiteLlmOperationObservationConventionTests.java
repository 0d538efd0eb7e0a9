package dev.litellm.spring.observation;

import java.util.Map;
import java.util.stream.Collectors;

import dev.litellm.spring.observation.LiteLlmOperationContext.Outcome;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DefaultLiteLlmOperationObservationConvention}: the key values of every ending, whether kept
 * from an earlier call with the same ending or made anew, name the client, operation, outcome, status, error and
 * strategy of that ending.
 */
class DefaultLiteLlmOperationObservationConventionTests {

	private final DefaultLiteLlmOperationObservationConvention convention = new DefaultLiteLlmOperationObservationConvention();

	@Test
	void aRunningOperationHasAnUnknownOutcomeAndNoStatus() {
		assertThat(keyValues(new LiteLlmOperationContext("key.generate", "billing")))
			.containsExactlyInAnyOrderEntriesOf(Map.of("litellm.client", "billing", "litellm.operation",
					"key.generate", "outcome", "UNKNOWN", "status", "none", "error", "none", "strategy", "none"));
	}

	@Test
	void eachClientAndOperationHasItsOwnKeyValues() {
		LiteLlmOperationContext info = ended("key.info", "default", Outcome.SUCCESS, 200, null);
		LiteLlmOperationContext generate = ended("key.generate", "default", Outcome.SUCCESS, 200, null);
		LiteLlmOperationContext billing = ended("key.info", "billing", Outcome.SUCCESS, 200, null);

		assertThat(keyValues(info)).containsEntry("litellm.operation", "key.info")
			.containsEntry("litellm.client", "default")
			.containsEntry("status", "200");
		assertThat(keyValues(generate)).containsEntry("litellm.operation", "key.generate");
		assertThat(keyValues(billing)).containsEntry("litellm.client", "billing");
	}

	@Test
	void moreEndingsThanAreKeptStillHaveTheirOwnKeyValues() {
		for (int round = 0; round < 2; round++) {
			for (int status = 400; status < 600; status++) {
				Outcome outcome = (status < 500) ? Outcome.CLIENT_ERROR : Outcome.SERVER_ERROR;
				LiteLlmOperationContext context = ended("key.update", "default", outcome, status,
						(status % 2 == 0) ? new IllegalStateException() : new IllegalArgumentException());

				assertThat(keyValues(context)).containsExactlyInAnyOrderEntriesOf(Map.of("litellm.client",
						"default", "litellm.operation", "key.update", "outcome", outcome.name(), "status",
						Integer.toString(status), "error",
						(status % 2 == 0) ? "IllegalStateException" : "IllegalArgumentException", "strategy",
						"none"));
			}
		}
	}

	@Test
	void anEndingSeenBeforeHasTheSameKeyValues() {
		KeyValues first = this.convention.getLowCardinalityKeyValues(
				ended("key.info", "default", Outcome.CLIENT_ERROR, 404, new IllegalStateException()));
		KeyValues second = this.convention.getLowCardinalityKeyValues(
				ended("key.info", "default", Outcome.CLIENT_ERROR, 404, new IllegalStateException()));

		assertThat(second).isSameAs(first);
	}

	@Test
	void aRotationNamesItsStrategy() {
		LiteLlmOperationContext rotation = ended("key.rotate", "default", Outcome.SUCCESS, 0, null);
		rotation.setStrategy("REPLACE");

		assertThat(keyValues(rotation)).containsEntry("strategy", "REPLACE").containsEntry("status", "none");
	}

	private static LiteLlmOperationContext ended(String operation, String client, Outcome outcome, int status,
			Throwable error) {
		LiteLlmOperationContext context = new LiteLlmOperationContext(operation, client);
		context.setOutcome(outcome);
		context.setStatusCode(status);
		if (error != null) {
			context.setError(error);
		}
		return context;
	}

	private Map<String, String> keyValues(LiteLlmOperationContext context) {
		return this.convention.getLowCardinalityKeyValues(context)
			.stream()
			.collect(Collectors.toMap(KeyValue::getKey, KeyValue::getValue));
	}

}
