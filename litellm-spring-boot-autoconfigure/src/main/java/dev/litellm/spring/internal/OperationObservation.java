package dev.litellm.spring.internal;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

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
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoOperator;
import reactor.core.publisher.Operators;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

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
		return new ObservedMono<>(mono, operation, this);
	}

	/**
	 * The context of the operation observation a subscriber runs in, to record the status of each answer on.
	 * @param contextView the subscriber's Reactor context
	 * @return the context, or {@code null} when the operation is not observed
	 */
	static @Nullable LiteLlmOperationContext observed(ContextView contextView) {
		Observation observation = contextView.getOrDefault(ObservationThreadLocalAccessor.KEY, null);
		return (observation != null && observation.getContext() instanceof LiteLlmOperationContext context) ? context
				: null;
	}

	private Observation start(ApiOperation operation, LiteLlmOperationContext context, ContextView contextView) {
		return LiteLlmObservationDocumentation.OPERATION
			.observation(this.convention, DefaultLiteLlmOperationObservationConvention.INSTANCE, () -> context,
					this.registry)
			.parentObservation(contextView.getOrDefault(ObservationThreadLocalAccessor.KEY, null))
			.start();
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

	/**
	 * An operation that starts its observation when subscribed to and stops it on the first signal. One operator
	 * in place of a deferred context read, three peeks and a context write: a call pays for the observation
	 * itself, not for the plumbing around it.
	 */
	private static final class ObservedMono<T> extends MonoOperator<T, T> {

		private final ApiOperation operation;

		private final OperationObservation observation;

		ObservedMono(Mono<T> source, ApiOperation operation, OperationObservation observation) {
			super(source);
			this.operation = operation;
			this.observation = observation;
		}

		@Override
		public void subscribe(CoreSubscriber<? super T> actual) {
			LiteLlmOperationContext context = new LiteLlmOperationContext(this.operation.observationName(),
					this.observation.clientName);
			Context reactorContext = actual.currentContext();
			Observation started;
			try {
				started = this.observation.start(this.operation, context, reactorContext);
			}
			catch (RuntimeException ex) {
				Operators.error(actual, ex);
				return;
			}
			this.source.subscribe(new ObservingSubscriber<>(actual,
					reactorContext.put(ObservationThreadLocalAccessor.KEY, started), context, started));
		}

	}

	/**
	 * Passes every signal on, and stops the observation on the first: a subscriber may cancel after the answer
	 * arrived ({@code take(1)}, {@code next()}), so the first signal decides the outcome.
	 */
	private static final class ObservingSubscriber<T> implements CoreSubscriber<T>, Subscription {

		private static final AtomicIntegerFieldUpdater<ObservingSubscriber> STOPPED = AtomicIntegerFieldUpdater
			.newUpdater(ObservingSubscriber.class, "stopped");

		private final CoreSubscriber<? super T> actual;

		private final Context reactorContext;

		private final LiteLlmOperationContext context;

		private final Observation observation;

		private @Nullable Subscription upstream;

		private volatile int stopped;

		ObservingSubscriber(CoreSubscriber<? super T> actual, Context reactorContext, LiteLlmOperationContext context,
				Observation observation) {
			this.actual = actual;
			this.reactorContext = reactorContext;
			this.context = context;
			this.observation = observation;
		}

		@Override
		public Context currentContext() {
			return this.reactorContext;
		}

		@Override
		public void onSubscribe(Subscription subscription) {
			if (Operators.validate(this.upstream, subscription)) {
				this.upstream = subscription;
				this.actual.onSubscribe(this);
			}
		}

		@Override
		public void onNext(T value) {
			stop(Outcome.SUCCESS, null);
			this.actual.onNext(value);
		}

		@Override
		public void onError(Throwable ex) {
			stop(outcome(ex), ex);
			this.actual.onError(ex);
		}

		@Override
		public void onComplete() {
			stop(Outcome.SUCCESS, null);
			this.actual.onComplete();
		}

		@Override
		public void request(long n) {
			Objects.requireNonNull(this.upstream).request(n);
		}

		@Override
		public void cancel() {
			stop(Outcome.UNKNOWN, null);
			Objects.requireNonNull(this.upstream).cancel();
		}

		private void stop(Outcome outcome, @Nullable Throwable ex) {
			if (this.stopped == 0 && STOPPED.compareAndSet(this, 0, 1)) {
				this.context.setOutcome(outcome);
				if (ex instanceof LiteLlmApiException api) {
					this.context.setStatusCode(api.statusCode());
				}
				if (ex != null) {
					this.observation.error(ex);
				}
				this.observation.stop();
			}
		}

	}

}
