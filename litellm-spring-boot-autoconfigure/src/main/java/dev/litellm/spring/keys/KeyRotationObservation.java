package dev.litellm.spring.keys;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

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
 * The {@code key.rotate} observation of a rotation, tagged with the strategy used ({@code strategy}). It is put
 * in the Reactor context, so the observations of the calls the rotation makes are its children.
 */
final class KeyRotationObservation {

	private final ObservationRegistry observationRegistry;

	private final @Nullable LiteLlmOperationObservationConvention observationConvention;

	private final String clientName;

	KeyRotationObservation(ObservationRegistry observationRegistry,
			@Nullable LiteLlmOperationObservationConvention observationConvention, String clientName) {
		this.observationRegistry = observationRegistry;
		this.observationConvention = observationConvention;
		this.clientName = clientName;
	}

	/** One {@code key.rotate} observation, the parent of the observations of the calls it makes. */
	Mono<KeyRotation> observed(Mono<KeyRotation> rotation, AtomicReference<@Nullable RotationStrategy> used,
			RotationStrategy requested) {
		if (this.observationRegistry.isNoop()) {
			return rotation;
		}
		return Mono.deferContextual((contextView) -> {
			LiteLlmOperationContext context = new LiteLlmOperationContext(KeyOperation.ROTATE.observationName(),
					this.clientName);
			Observation observation = LiteLlmObservationDocumentation.OPERATION
				.observation(this.observationConvention, DefaultLiteLlmOperationObservationConvention.INSTANCE,
						() -> context, this.observationRegistry)
				.parentObservation(contextView.getOrDefault(ObservationThreadLocalAccessor.KEY, null))
				.start();
			AtomicBoolean stopped = new AtomicBoolean();
			BiConsumer<Outcome, @Nullable Throwable> stop = (outcome, error) -> {
				if (stopped.compareAndSet(false, true)) {
					RotationStrategy strategy = used.get();
					context.setStrategy(((strategy != null) ? strategy : requested).name());
					context.setOutcome(outcome);
					Throwable cause = (error instanceof KeyRotationException) ? error.getCause() : error;
					if (cause instanceof LiteLlmApiException api) {
						context.setStatusCode(api.statusCode());
					}
					if (error != null) {
						observation.error(error);
					}
					observation.stop();
				}
			};
			return rotation.doOnSuccess((done) -> stop.accept(Outcome.SUCCESS, null))
				.doOnError((ex) -> stop.accept(outcome(ex), ex))
				.doOnCancel(() -> stop.accept(Outcome.UNKNOWN, null))
				.contextWrite((reactorContext) -> reactorContext.put(ObservationThreadLocalAccessor.KEY, observation));
		});
	}

	/** As for the calls: the status of the proxy's answer that ended the rotation, if any. */
	private static Outcome outcome(Throwable failure) {
		Throwable cause = (failure instanceof KeyRotationException) ? failure.getCause() : failure;
		if (cause instanceof LiteLlmApiException api) {
			return (api.statusCode() >= 500) ? Outcome.SERVER_ERROR : Outcome.CLIENT_ERROR;
		}
		return (cause instanceof IllegalArgumentException) ? Outcome.CLIENT_ERROR : Outcome.UNKNOWN;
	}

}
