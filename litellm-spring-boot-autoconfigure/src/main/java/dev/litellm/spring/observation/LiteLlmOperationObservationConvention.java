package dev.litellm.spring.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * An {@link ObservationConvention} for LiteLLM client operations; implement it to change names or key values.
 */
public interface LiteLlmOperationObservationConvention extends ObservationConvention<LiteLlmOperationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof LiteLlmOperationContext;
	}

}
