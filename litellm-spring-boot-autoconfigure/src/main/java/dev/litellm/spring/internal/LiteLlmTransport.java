package dev.litellm.spring.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.litellm.spring.LiteLlmNotFoundException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * The transport every LiteLLM API client sends its operations through: it resolves a write's audit actor, makes
 * the attempts the {@link Retries retry policy} allows with a {@link CallSender}, and observes the whole
 * operation. Thread-safe; one per client.
 */
public final class LiteLlmTransport {

	private final CallSender sender;

	private final Retries retries;

	private final ChangedByActors actors;

	private final OperationObservation observation;

	private final WireLog wireLog;

	/**
	 * Create a transport.
	 * @param sender sends one attempt
	 * @param retries the retry policy
	 * @param actors resolves the audit actor of writes
	 * @param observation observes each operation
	 * @param wireLog the wire log the others write to
	 */
	public LiteLlmTransport(CallSender sender, Retries retries, ChangedByActors actors,
			OperationObservation observation, WireLog wireLog) {
		this.sender = sender;
		this.retries = retries;
		this.actors = actors;
		this.observation = observation;
		this.wireLog = wireLog;
	}

	/**
	 * One operation: a request, sent as often as the retry policy allows, observed.
	 * @param <T> the type of a successful answer
	 * @param call the call
	 * @param changedBy the audit actor the call names, if any
	 * @return the answer
	 */
	public <T> Mono<T> execute(ApiCall<T> call, @Nullable String changedBy) {
		return execute(call, changedBy, null);
	}

	/**
	 * One operation, as {@link #execute(ApiCall, String)}, whose failures with an unclear outcome carry a note on
	 * what that means for what it was creating.
	 * @param <T> the type of a successful answer
	 * @param call the call
	 * @param changedBy the audit actor the call names, if any
	 * @param unclearOutcomeNote the note, or {@code null} for none
	 * @return the answer
	 */
	public <T> Mono<T> execute(ApiCall<T> call, @Nullable String changedBy, @Nullable String unclearOutcomeNote) {
		Mono<T> attempts = call.operation().isWrite()
				? this.actors.resolve(call.operation(), changedBy)
					.flatMap((actor) -> attempts(call, actor.orElse(null)))
				: Mono.defer(() -> attempts(call, null));
		if (unclearOutcomeNote != null) {
			attempts = attempts.onErrorMap(Failures::isUnclearOutcome,
					(ex) -> ErrorTranslator.withOutcomeNote(ex, unclearOutcomeNote));
		}
		return this.observation.observed(call.operation(), attempts);
	}

	/**
	 * One operation whose attempts the caller makes itself, with {@link #attempt} and {@link #retried}: the actor
	 * is resolved once and the whole is observed.
	 * @param <T> the type of a successful answer
	 * @param operation the operation
	 * @param changedBy the audit actor the call names, if any
	 * @param attempts the attempts, given the resolved actor
	 * @return the answer
	 */
	public <T> Mono<T> executeWith(ApiOperation operation, @Nullable String changedBy,
			Function<@Nullable String, Mono<T>> attempts) {
		return this.observation.observed(operation,
				this.actors.resolve(operation, changedBy).flatMap((actor) -> attempts.apply(actor.orElse(null))));
	}

	/**
	 * One attempt of a call, numbered for the wire log, without retries.
	 * @param <T> the type of a successful answer
	 * @param call the call
	 * @param changedBy the resolved audit actor, if any
	 * @param attempt the attempt's number, from 1
	 * @return the answer
	 */
	public <T> Mono<T> attempt(ApiCall<T> call, @Nullable String changedBy, int attempt) {
		return Mono.defer(() -> this.sender.send(call, changedBy, attempt));
	}

	/**
	 * A read within another operation, with the retries of a read but neither actor nor observation of its own.
	 * @param <T> the type of a successful answer
	 * @param call the call
	 * @return the answer
	 */
	public <T> Mono<T> retried(ApiCall<T> call) {
		AtomicInteger attempt = new AtomicInteger();
		return this.retries.retried(call.operation(),
				Mono.defer(() -> this.sender.send(call, null, attempt.incrementAndGet())));
	}

	/**
	 * The retry policy.
	 * @return the retries
	 */
	public Retries retries() {
		return this.retries;
	}

	/**
	 * The wire log.
	 * @return the wire log
	 */
	public WireLog wireLog() {
		return this.wireLog;
	}

	/**
	 * The attempts of one subscription to a call, numbered from 1.
	 */
	private <T> Mono<T> attempts(ApiCall<T> call, @Nullable String actor) {
		AtomicInteger attempt = new AtomicInteger();
		Mono<T> one = Mono.defer(() -> this.sender.send(call, actor, attempt.incrementAndGet()));
		Supplier<T> alreadyDone = call.answerIfAlreadyDone();
		if (alreadyDone == null) {
			return this.retries.retried(call.operation(), one);
		}
		AtomicBoolean unclearBefore = new AtomicBoolean();
		one = one.doOnError(Failures::isUnclearOutcome, (ex) -> unclearBefore.set(true));
		// A retry that finds nothing left to do after an unclear attempt: that attempt did the work.
		return this.retries.retried(call.operation(), one)
			.onErrorResume((ex) -> ex instanceof LiteLlmNotFoundException && unclearBefore.get(), (ex) -> {
				if (this.wireLog.isDebugEnabled()) {
					this.wireLog.attempt(call.operation(), attempt.get(),
							" found nothing left to do after an unclear attempt; that attempt succeeded");
				}
				return Mono.fromSupplier(alreadyDone);
			});
	}

}
