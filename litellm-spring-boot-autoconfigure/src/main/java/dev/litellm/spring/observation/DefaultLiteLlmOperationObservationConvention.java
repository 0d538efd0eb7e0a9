package dev.litellm.spring.observation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.litellm.spring.observation.LiteLlmOperationContext.Outcome;
import dev.litellm.spring.observation.LiteLlmObservationDocumentation.LowCardinalityKeys;
import io.micrometer.common.KeyValues;

/**
 * The default convention: observation {@code litellm.client.operation} with the key values
 * {@code litellm.operation}, {@code litellm.client}, {@code outcome}, {@code status}, {@code error} and
 * {@code strategy}.
 */
public class DefaultLiteLlmOperationObservationConvention implements LiteLlmOperationObservationConvention {

	/** The shared instance. */
	public static final DefaultLiteLlmOperationObservationConvention INSTANCE = new DefaultLiteLlmOperationObservationConvention();

	/** The observation's name, and hence the timer's. */
	public static final String NAME = "litellm.client.operation";

	@Override
	public String getName() {
		return NAME;
	}

	/**
	 * The key values of a call that ended without an error and outside a rotation, with no answer or a 200, by
	 * client, operation, outcome and status: nearly every call's, made once rather than on each start and stop.
	 */
	private final Map<String, Map<String, KeyValues[]>> plainKeyValues = new ConcurrentHashMap<>();

	/** The contextual names, by operation. */
	private final Map<String, String> contextualNames = new ConcurrentHashMap<>();

	@Override
	public String getContextualName(LiteLlmOperationContext context) {
		return this.contextualNames.computeIfAbsent(context.getOperation(), (operation) -> "litellm " + operation);
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(LiteLlmOperationContext context) {
		Outcome outcome = (context.getOutcome() != null) ? context.getOutcome() : Outcome.UNKNOWN;
		Throwable error = context.getError();
		String strategy = context.getStrategy();
		int status = context.getStatusCode();
		if (error == null && strategy == null && (status == 0 || status == 200)) {
			KeyValues[] byOutcomeAndStatus = this.plainKeyValues
				.computeIfAbsent(context.getClientName(), (client) -> new ConcurrentHashMap<>())
				.computeIfAbsent(context.getOperation(), (operation) -> new KeyValues[Outcome.values().length * 2]);
			int index = outcome.ordinal() * 2 + ((status == 0) ? 0 : 1);
			KeyValues keyValues = byOutcomeAndStatus[index];
			if (keyValues == null) {
				keyValues = keyValues(context, outcome, status, "none", "none");
				byOutcomeAndStatus[index] = keyValues;
			}
			return keyValues;
		}
		return keyValues(context, outcome, status, (error != null) ? error.getClass().getSimpleName() : "none",
				(strategy != null) ? strategy : "none");
	}

	private static KeyValues keyValues(LiteLlmOperationContext context, Outcome outcome, int status, String error,
			String strategy) {
		return KeyValues.of(LowCardinalityKeys.OPERATION.withValue(context.getOperation()),
				LowCardinalityKeys.CLIENT.withValue(context.getClientName()),
				LowCardinalityKeys.OUTCOME.withValue(outcome.name()),
				LowCardinalityKeys.STATUS.withValue((status != 0) ? Integer.toString(status) : "none"),
				LowCardinalityKeys.ERROR.withValue(error), LowCardinalityKeys.STRATEGY.withValue(strategy));
	}

}
