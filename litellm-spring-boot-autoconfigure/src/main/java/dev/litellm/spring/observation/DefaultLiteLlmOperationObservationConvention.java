package dev.litellm.spring.observation;

import dev.litellm.spring.observation.LiteLlmOperationContext.Outcome;
import dev.litellm.spring.observation.LiteLlmObservationDocumentation.LowCardinalityKeys;
import io.micrometer.common.KeyValues;

/**
 * The default convention: observation {@code litellm.client.operation} with the key values
 * {@code litellm.operation}, {@code litellm.client}, {@code outcome} and {@code error}.
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

	@Override
	public String getContextualName(LiteLlmOperationContext context) {
		return "litellm " + context.getOperation();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(LiteLlmOperationContext context) {
		Outcome outcome = context.getOutcome();
		Throwable error = context.getError();
		String strategy = context.getStrategy();
		return KeyValues.of(LowCardinalityKeys.OPERATION.withValue(context.getOperation()),
				LowCardinalityKeys.CLIENT.withValue(context.getClientName()),
				LowCardinalityKeys.OUTCOME.withValue((outcome != null) ? outcome.name() : Outcome.UNKNOWN.name()),
				LowCardinalityKeys.ERROR.withValue((error != null) ? error.getClass().getSimpleName() : "none"),
				LowCardinalityKeys.STRATEGY.withValue((strategy != null) ? strategy : "none"));
	}

}
