package dev.litellm.spring.observation;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.litellm.spring.observation.LiteLlmOperationContext.Outcome;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the key values of {@link LiteLlmOperationContext}: those a convention adds as a whole are returned as
 * they are while nothing else changed them, and every other change is reflected as Micrometer's context reflects
 * it; no method of Micrometer's context that reads or changes them is left to see only its own map.
 */
class LiteLlmOperationContextTests {

	private static final KeyValues STARTED = KeyValues.of("litellm.operation", "key.info", "outcome", "UNKNOWN",
			"status", "none");

	private static final KeyValues STOPPED = KeyValues.of("litellm.operation", "key.info", "outcome", "SUCCESS",
			"status", "200");

	private final LiteLlmOperationContext context = new LiteLlmOperationContext("key.info");

	@Test
	void aConventionsKeyValuesAreReturnedAsGiven() {
		this.context.addLowCardinalityKeyValues(STARTED);
		assertThat(this.context.getLowCardinalityKeyValues()).isSameAs(STARTED);

		this.context.addLowCardinalityKeyValues(STOPPED);
		assertThat(this.context.getLowCardinalityKeyValues()).isSameAs(STOPPED);
		assertThat(this.context.getLowCardinalityKeyValue("outcome").getValue()).isEqualTo("SUCCESS");
	}

	@Test
	void keyValuesWithMoreKeysReplaceThoseBefore() {
		this.context.addLowCardinalityKeyValues(STARTED);
		KeyValues more = STOPPED.and("strategy", "REPLACE");

		this.context.addLowCardinalityKeyValues(more);

		assertThat(this.context.getLowCardinalityKeyValues()).isSameAs(more);
	}

	@Test
	void keyValuesWithFewerKeysAreAddedToThoseBefore() {
		this.context.addLowCardinalityKeyValues(STARTED);

		this.context.addLowCardinalityKeyValues(KeyValues.of("outcome", "SUCCESS", "error", "none"));

		assertThat(keyValues(this.context)).containsExactlyInAnyOrderEntriesOf(Map.of("litellm.operation",
				"key.info", "outcome", "SUCCESS", "status", "none", "error", "none"));
	}

	@Test
	void aKeyValueAddedAloneIsKeptThroughTheNextConventionsKeyValues() {
		this.context.addLowCardinalityKeyValues(STARTED);
		this.context.addLowCardinalityKeyValue(KeyValue.of("zone", "a"));
		assertThat(keyValues(this.context)).containsEntry("zone", "a").containsEntry("outcome", "UNKNOWN");

		this.context.addLowCardinalityKeyValues(STOPPED);

		assertThat(keyValues(this.context)).containsExactlyInAnyOrderEntriesOf(Map.of("litellm.operation",
				"key.info", "outcome", "SUCCESS", "status", "200", "zone", "a"));
	}

	@Test
	void removedKeyValuesAreGone() {
		this.context.addLowCardinalityKeyValues(STARTED);
		this.context.removeLowCardinalityKeyValue("status");
		assertThat(keyValues(this.context)).containsOnlyKeys("litellm.operation", "outcome");

		this.context.addLowCardinalityKeyValues(STARTED);
		this.context.removeLowCardinalityKeyValues("status", "outcome");
		assertThat(keyValues(this.context)).containsOnlyKeys("litellm.operation");
	}

	@Test
	void allKeyValuesAndToStringShowTheKeyValues() {
		this.context.addLowCardinalityKeyValues(STOPPED);
		this.context.addHighCardinalityKeyValue(KeyValue.of("trace", "t-1"));

		assertThat(this.context.getAllKeyValues()).isEqualTo(STOPPED.and("trace", "t-1"));
		assertThat(this.context.toString()).contains("outcome='SUCCESS'");
	}

	@Test
	void theDefaultConventionsKeyValuesAreTheSameForTheSameEnding() {
		DefaultLiteLlmOperationObservationConvention convention = new DefaultLiteLlmOperationObservationConvention();
		this.context.setOutcome(Outcome.SUCCESS);
		this.context.setStatusCode(200);
		LiteLlmOperationContext other = new LiteLlmOperationContext("key.info");
		other.setOutcome(Outcome.SUCCESS);
		other.setStatusCode(200);

		assertThat(convention.getLowCardinalityKeyValues(other))
			.isSameAs(convention.getLowCardinalityKeyValues(this.context));
	}

	@Test
	void aKeyValueIsFoundByItsKey() {
		this.context.addLowCardinalityKeyValues(STARTED);

		assertThat(this.context.getLowCardinalityKeyValue("status")).isEqualTo(KeyValue.of("status", "none"));
		assertThat(this.context.getLowCardinalityKeyValue("zone")).isNull();
		this.context.addLowCardinalityKeyValue(KeyValue.of("zone", "a"));
		assertThat(this.context.getLowCardinalityKeyValue("zone")).isEqualTo(KeyValue.of("zone", "a"));
		assertThat(this.context.getLowCardinalityKeyValue("status")).isEqualTo(KeyValue.of("status", "none"));
	}

	@Test
	void everyMethodOfMicrometersContextOnLowCardinalityKeyValuesIsOverridden() {
		Stream.of(Observation.Context.class.getDeclaredMethods())
			.filter((method) -> Modifier.isPublic(method.getModifiers())
					&& method.getName().contains("LowCardinality"))
			.forEach((method) -> assertThat(overrides(method)).as(method.toString()).isTrue());
	}

	private static boolean overrides(Method method) {
		try {
			return LiteLlmOperationContext.class.getDeclaredMethod(method.getName(), method.getParameterTypes()) != null;
		}
		catch (NoSuchMethodException ex) {
			return false;
		}
	}

	private static Map<String, String> keyValues(Observation.Context context) {
		return context.getLowCardinalityKeyValues()
			.stream()
			.collect(Collectors.toMap(KeyValue::getKey, KeyValue::getValue));
	}

}
