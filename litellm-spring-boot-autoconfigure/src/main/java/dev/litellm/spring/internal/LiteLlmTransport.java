package dev.litellm.spring.internal;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import dev.litellm.spring.LiteLlmNotFoundException;
import dev.litellm.spring.LiteLlmTransportException;
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

	private final Duration callTimeout;

	/**
	 * Create a transport.
	 * @param sender sends one attempt
	 * @param retries the retry policy
	 * @param actors resolves the audit actor of writes
	 * @param observation observes each operation
	 * @param wireLog the wire log the others write to
	 * @param callTimeout the longest one attempt may take, from sending the request to the last byte of the
	 * answer: a deadline that an answer dripping in slower than the read timeout cannot stretch
	 */
	public LiteLlmTransport(CallSender sender, Retries retries, ChangedByActors actors,
			OperationObservation observation, WireLog wireLog, Duration callTimeout) {
		this.callTimeout = callTimeout;
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
					(ex) -> Failures.withOutcomeNote(ex, unclearOutcomeNote));
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
	 * An operation made of several calls (a rotation, a bulk update sent in parts), whose writes that name no
	 * actor all carry the one the application's resolver gives when the operation is subscribed to, on the
	 * caller's thread, rather than one resolved for each write on whichever thread answered the previous call.
	 * @param <T> the type of the operation's result
	 * @param changedBy the actor the call names, if any
	 * @param operation the operation
	 * @return the operation
	 */
	public <T> Mono<T> withOneActor(@Nullable String changedBy, Mono<T> operation) {
		return this.actors.withOneActor(changedBy, operation);
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
		return send(call, changedBy, attempt);
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
				Mono.defer(() -> send(call, null, attempt.incrementAndGet())));
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
	 * One attempt, within the call timeout, with a saturated connection pool told as such.
	 */
	private <T> Mono<T> send(ApiCall<T> call, @Nullable String actor, int attempt) {
		return CallTimer.INSTANCE
			.timeout(Mono.deferContextual((context) -> this.sender.send(call, actor, attempt, context)),
					this.callTimeout,
					() -> new LiteLlmTransportException(call.describe() + " failed: no complete answer within the call "
							+ "timeout of " + this.callTimeout.toMillis() + " ms",
							new TimeoutException("call timeout of " + this.callTimeout.toMillis() + " ms")))
			.onErrorMap(LiteLlmTransport::isPoolSaturated, (ex) -> new LiteLlmTransportException(call.describe()
					+ " failed: the connection pool is saturated (every connection busy and the queue of waiting "
					+ "calls full, or no connection free within the pending-acquire timeout); raise the pool's "
					+ "max-connections or max-pending-acquires, or send fewer calls at once: "
					+ ErrorTranslator.describe(ex.getCause()), ex.getCause()));
	}

	private static boolean isPoolSaturated(Throwable failure) {
		Throwable cause = failure.getCause();
		return failure instanceof LiteLlmTransportException && cause != null
				&& cause.getClass().getSimpleName().startsWith("PoolAcquire");
	}

	/**
	 * The attempts of one subscription to a call, numbered from 1.
	 */
	private <T> Mono<T> attempts(ApiCall<T> call, @Nullable String actor) {
		AtomicInteger attempt = new AtomicInteger();
		Mono<T> one = Mono.defer(() -> send(call, actor, attempt.incrementAndGet()));
		String alreadyDoneNote = call.alreadyDoneNote();
		if (alreadyDoneNote == null) {
			return this.retries.retried(call.operation(), one);
		}
		AtomicBoolean unclearBefore = new AtomicBoolean();
		one = one.doOnError(Failures::isUnclearOutcome, (ex) -> unclearBefore.set(true));
		// A retry that finds nothing left to do after an unclear attempt: that attempt may have done the work, or
		// there was none to do. The client cannot tell, so the 404 stands, saying so.
		return this.retries.retried(call.operation(), one)
			.onErrorMap((ex) -> ex instanceof LiteLlmNotFoundException && unclearBefore.get(),
					(ex) -> Failures.withOutcomeNote(ex, alreadyDoneNote));
	}

}
