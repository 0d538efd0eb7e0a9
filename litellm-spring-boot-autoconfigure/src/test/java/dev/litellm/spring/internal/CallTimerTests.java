package dev.litellm.spring.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Signal;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;
import reactor.test.subscriber.TestSubscriber;
import reactor.test.util.RaceTestUtils;
import reactor.util.context.Context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link CallTimer}: a call that does not answer within its timeout is cancelled and fails with the
 * given error, no earlier than its deadline and on Reactor's parallel scheduler rather than the timer's own
 * thread; a call's deadline is cancelled by its answer, its error or its cancellation; and whatever races with the
 * deadline, the subscriber downstream sees exactly one terminal signal.
 */
class CallTimerTests {

	private static final Duration LONG = Duration.ofSeconds(30);

	private final CallTimer timer = new CallTimer("call-timer-tests");

	@AfterEach
	void stopTheTimer() {
		this.timer.stop();
	}

	@Test
	void aCallWithoutAnAnswerIsCancelledAndFailsOnAParallelThreadNoEarlierThanItsDeadline() {
		AtomicReference<String> thread = new AtomicReference<>();
		AtomicBoolean cancelled = new AtomicBoolean();
		long start = System.nanoTime();

		StepVerifier
			.create(this.timer
				.timeout(Mono.never().doOnCancel(() -> cancelled.set(true)), Duration.ofMillis(50),
						() -> new IllegalStateException("late", new TimeoutException("50 ms")))
				.doOnError((ex) -> thread.set(Thread.currentThread().getName())))
			.expectErrorSatisfies((ex) -> assertThat(ex).isExactlyInstanceOf(IllegalStateException.class)
				.hasMessage("late")
				.hasCauseInstanceOf(TimeoutException.class))
			.verify(Duration.ofSeconds(10));

		assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(50));
		assertThat(thread.get()).startsWith("parallel-");
		assertThat(cancelled).isTrue();
	}

	@Test
	void anAnswerBeforeTheDeadlineCancelsIt() {
		Sinks.One<String> answer = Sinks.one();
		StepVerifier.create(this.timer.timeout(answer.asMono(), LONG, IllegalStateException::new))
			.then(() -> assertThat(this.timer.pendingDeadlines()).isOne())
			.then(() -> answer.tryEmitValue("answer"))
			.expectNext("answer")
			.verifyComplete();

		awaitNoDeadlinePending();
	}

	@Test
	void anEmptyAnswerBeforeTheDeadlineCancelsIt() {
		Sinks.Empty<String> answer = Sinks.empty();
		StepVerifier.create(this.timer.timeout(answer.asMono(), LONG, IllegalStateException::new))
			.then(() -> assertThat(this.timer.pendingDeadlines()).isOne())
			.then(answer::tryEmitEmpty)
			.verifyComplete();

		awaitNoDeadlinePending();
	}

	@Test
	void anErrorBeforeTheDeadlineCancelsItAndPassesUnchanged() {
		Sinks.One<String> answer = Sinks.one();
		IllegalArgumentException failure = new IllegalArgumentException("refused");
		StepVerifier.create(this.timer.timeout(answer.asMono(), LONG, IllegalStateException::new))
			.then(() -> assertThat(this.timer.pendingDeadlines()).isOne())
			.then(() -> answer.tryEmitError(failure))
			.expectErrorSatisfies((ex) -> assertThat(ex).isSameAs(failure))
			.verify(Duration.ofSeconds(10));

		awaitNoDeadlinePending();
	}

	@Test
	void aCancelledCallCancelsItsDeadlineAndItsSource() {
		AtomicBoolean sourceCancelled = new AtomicBoolean();
		TestSubscriber<Object> subscriber = TestSubscriber.create();
		this.timer.timeout(Mono.never().doOnCancel(() -> sourceCancelled.set(true)), LONG, IllegalStateException::new)
			.subscribe(subscriber);
		assertThat(this.timer.pendingDeadlines()).isOne();

		subscriber.cancel();

		assertThat(sourceCancelled).isTrue();
		awaitNoDeadlinePending();
		assertThat(subscriber.isTerminated()).isFalse();
	}

	@Test
	void anAnswerWhileSubscribingSchedulesNoDeadline() {
		StepVerifier.create(this.timer.timeout(Mono.just("answer"), LONG, IllegalStateException::new))
			.expectNext("answer")
			.verifyComplete();

		assertThat(this.timer.pendingDeadlines()).isZero();
	}

	@Test
	void theSubscribersContextReachesTheCall() {
		Mono<String> call = Mono.deferContextual((context) -> Mono.just(context.get("actor")));

		StepVerifier.create(this.timer.timeout(call, LONG, IllegalStateException::new).contextWrite(Context.of("actor", "alice")))
			.expectNext("alice")
			.verifyComplete();
	}

	@Test
	void anAnswerRacingTheDeadlineEndsTheCallExactlyOnce() {
		for (int i = 0; i < 2_000; i++) {
			CapturingCall call = new CapturingCall();
			TestSubscriber<String> subscriber = TestSubscriber.create();
			this.timer.timeout(call, LONG, () -> new IllegalStateException("late")).subscribe(subscriber);

			RaceTestUtils.race(call::answer, call::deadlinePassed);

			Signal<String> terminal = subscriber.expectTerminalSignal();
			assertThat(subscriber.getProtocolErrors()).isEmpty();
			if (terminal.isOnError()) {
				assertThat(terminal.getThrowable()).hasMessage("late");
				assertThat(subscriber.getReceivedOnNext()).isEmpty();
				assertThat(call.cancelled).isTrue();
			}
			else {
				assertThat(subscriber.getReceivedOnNext()).containsExactly("answer");
			}
		}
		awaitNoDeadlinePending();
	}

	@Test
	void anAnswerACancellationAndTheDeadlineRacingEndTheCallAtMostOnce() {
		for (int i = 0; i < 2_000; i++) {
			CapturingCall call = new CapturingCall();
			TestSubscriber<String> subscriber = TestSubscriber.create();
			this.timer.timeout(call, LONG, () -> new IllegalStateException("late")).subscribe(subscriber);

			RaceTestUtils.race(call::answer, call::deadlinePassed, subscriber::cancel);

			assertThat(subscriber.getProtocolErrors()).isEmpty();
			Signal<String> terminal = subscriber.getTerminalSignal();
			if (terminal == null) {
				assertThat(subscriber.isCancelled()).isTrue();
			}
			else if (terminal.isOnError()) {
				assertThat(terminal.getThrowable()).hasMessage("late");
				assertThat(subscriber.getReceivedOnNext()).isEmpty();
			}
			else {
				assertThat(subscriber.getReceivedOnNext()).containsExactly("answer");
			}
		}
		awaitNoDeadlinePending();
	}

	private void awaitNoDeadlinePending() {
		await().atMost(Duration.ofSeconds(10)).until(() -> this.timer.pendingDeadlines() == 0);
	}

	/**
	 * A call that keeps the subscriber it was subscribed with (the timed one), to answer it and to pass its
	 * deadline on demand.
	 */
	private static final class CapturingCall extends Mono<String> {

		private volatile CoreSubscriber<? super String> subscriber;

		private volatile boolean cancelled;

		@Override
		public void subscribe(CoreSubscriber<? super String> actual) {
			this.subscriber = actual;
			actual.onSubscribe(new Subscription() {

				@Override
				public void request(long n) {
				}

				@Override
				public void cancel() {
					CapturingCall.this.cancelled = true;
				}

			});
		}

		void answer() {
			this.subscriber.onNext("answer");
			this.subscriber.onComplete();
		}

		/** What the timer's parallel hand-off runs when the deadline passed. */
		void deadlinePassed() {
			((Runnable) this.subscriber).run();
		}

	}

}
