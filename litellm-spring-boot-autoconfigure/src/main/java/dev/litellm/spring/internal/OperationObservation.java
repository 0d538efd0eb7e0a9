package dev.litellm.spring.internal;

import java.util.concurrent.atomic.AtomicBoolean;

import dev.litellm.spring.LiteLlmApiException;
import dev.litellm.spring.observation.DefaultLiteLlmOperationObservationConvention;
import dev.litellm.spring.observation.LiteLlmObservationDocumentation;
import dev.litellm.spring.observation.LiteLlmOperationContext;
import dev.litellm.spring.observation.LiteLlmOperationContext.Outcome;
import dev.litellm.spring.observation.LiteLlmOperationObservationConvention;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * The {@code litellm.client.operation} observation of one operation, across all of its attempts, with its
 * outcome; the observation is the parent of each attempt's {@code http.client.requests}.
 */
public final class OperationObservation {

	private final ObservationRegistry registry;

	private final @Nullable LiteLlmOperationObservationConvention convention;

	private final String clientName;

	/**
	 * Create the observation of the operations of a client named
	 * {@value LiteLlmOperationContext#DEFAULT_CLIENT_NAME}.
	 * @param registry where to record; with the no-op registry nothing is added to the call
	 * @param convention a convention replacing the default one, if any
	 */
	public OperationObservation(ObservationRegistry registry,
			@Nullable LiteLlmOperationObservationConvention convention) {
		this(registry, convention, LiteLlmOperationContext.DEFAULT_CLIENT_NAME);
	}

	/**
	 * Create the observation of a client's operations.
	 * @param registry where to record; with the no-op registry nothing is added to the call
	 * @param convention a convention replacing the default one, if any
	 * @param clientName the client's name, the {@code litellm.client} key value
	 */
	public OperationObservation(ObservationRegistry registry,
			@Nullable LiteLlmOperationObservationConvention convention, String clientName) {
		this.registry = registry;
		this.convention = convention;
		this.clientName = clientName;
	}

	/**
	 * Observe an operation.
	 * @param <T> the type of the answer
	 * @param operation the operation
	 * @param mono the operation, with all its attempts
	 * @return the operation, observed from subscription to its first signal
	 */
	public <T> Mono<T> observed(ApiOperation operation, Mono<T> mono) {
		if (this.registry.isNoop()) {
			return mono;
		}
		return Mono.deferContextual((contextView) -> {
			LiteLlmOperationContext context = new LiteLlmOperationContext(operation.observationName(),
					this.clientName);
			Observation observation = LiteLlmObservationDocumentation.OPERATION
				.observation(this.convention, DefaultLiteLlmOperationObservationConvention.INSTANCE, () -> context,
						this.registry)
				.parentObservation(contextView.getOrDefault(ObservationThreadLocalAccessor.KEY, null))
				.start();
			// A subscriber may cancel after the answer arrived (take(1), next()): the first signal decides.
			AtomicBoolean stopped = new AtomicBoolean();
			return mono.doOnSuccess((value) -> {
				if (stopped.compareAndSet(false, true)) {
					context.setOutcome(Outcome.SUCCESS);
					observation.stop();
				}
			}).doOnError((ex) -> {
				if (stopped.compareAndSet(false, true)) {
					context.setOutcome(outcome(ex));
					observation.error(ex);
					observation.stop();
				}
			}).doOnCancel(() -> {
				if (stopped.compareAndSet(false, true)) {
					context.setOutcome(Outcome.UNKNOWN);
					observation.stop();
				}
			}).contextWrite((reactorContext) -> reactorContext.put(ObservationThreadLocalAccessor.KEY, observation));
		});
	}

	private static Outcome outcome(Throwable ex) {
		if (ex instanceof LiteLlmApiException api) {
			return (api.statusCode() >= 500) ? Outcome.SERVER_ERROR : Outcome.CLIENT_ERROR;
		}
		if (ex instanceof IllegalArgumentException) {
			return Outcome.CLIENT_ERROR;
		}
		return Outcome.UNKNOWN;
	}

}
