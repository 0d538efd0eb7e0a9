package dev.litellm.spring.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.function.Supplier;

import io.netty.util.HashedWheelTimer;
import io.netty.util.Timeout;
import io.netty.util.TimerTask;
import io.netty.util.concurrent.DefaultThreadFactory;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoOperator;
import reactor.core.publisher.Operators;
import reactor.core.scheduler.Schedulers;
import reactor.util.context.Context;

/**
 * The call timeout: one operator that puts one deadline per call on a shared Netty {@link HashedWheelTimer}
 * ticking every {@value #TICK_MILLIS} ms, cancels it with the call's first signal or its cancellation, and when it
 * passes first cancels the call and fails it. {@code Mono.timeout} with a scheduler would build a companion
 * {@code Mono.delay}, several subscribers and their atomic state for each call; and Reactor's default timer,
 * {@code Schedulers.parallel()}, puts each deadline in a {@code ScheduledThreadPoolExecutor} and removes it again,
 * so that a call made when no other is in flight wakes the timer's thread. Here a deadline is an entry in a
 * lock-free queue that the timer's thread picks up on its next tick, and a cancelled one is dropped there too: a
 * call wakes no other thread. A deadline that passes is handed to {@code Schedulers.parallel()}, so that what the
 * caller does with the failure never holds up the timer's other deadlines. The price is precision: a call times
 * out up to one tick after its deadline, which no call timeout of seconds notices.
 */
final class CallTimer {

	/** The tick: how late past its deadline a call may time out. */
	static final long TICK_MILLIS = 10;

	/** The shared timer. */
	static final CallTimer INSTANCE = new CallTimer("litellm-call-timer");

	private final HashedWheelTimer wheel;

	/**
	 * Create a timer with a thread of its own, started with the first deadline.
	 * @param threadName the name of the timer's thread
	 */
	CallTimer(String threadName) {
		this.wheel = new HashedWheelTimer(new DefaultThreadFactory(threadName, true), TICK_MILLIS,
				TimeUnit.MILLISECONDS, 512);
	}

	/**
	 * A call that fails when it has not signalled within a timeout of its subscription: its deadline passed, it is
	 * cancelled and fails with the given error, on a thread of {@code Schedulers.parallel()}.
	 * @param <T> the type of the answer
	 * @param call the call
	 * @param timeout the timeout
	 * @param error the error of a call that timed out
	 * @return the call within its timeout
	 */
	<T> Mono<T> timeout(Mono<T> call, Duration timeout, Supplier<? extends Throwable> error) {
		return new TimedMono<>(call, this.wheel, timeout.toNanos(), error);
	}

	/**
	 * The deadlines not yet passed nor cancelled, counted down for a cancelled one on the timer's next tick.
	 * @return the deadlines pending
	 */
	long pendingDeadlines() {
		return this.wheel.pendingTimeouts();
	}

	/**
	 * Stop the timer's thread, dropping its deadlines: for a timer of its own, never the shared one.
	 */
	void stop() {
		this.wheel.stop();
	}

	private static final class TimedMono<T> extends MonoOperator<T, T> {

		private final HashedWheelTimer wheel;

		private final long timeoutNanos;

		private final Supplier<? extends Throwable> error;

		TimedMono(Mono<T> source, HashedWheelTimer wheel, long timeoutNanos, Supplier<? extends Throwable> error) {
			super(source);
			this.wheel = wheel;
			this.timeoutNanos = timeoutNanos;
			this.error = error;
		}

		@Override
		public void subscribe(CoreSubscriber<? super T> actual) {
			this.source.subscribe(new TimedSubscriber<>(actual, this));
		}

	}

	/**
	 * Passes every signal on until the first terminal one, the deadline, or a cancellation, whichever comes first
	 * in its {@link #state}: exactly one of them terminates the subscriber downstream.
	 */
	private static final class TimedSubscriber<T> implements CoreSubscriber<T>, Subscription, TimerTask, Runnable {

		/** Neither an answer, a terminal signal, the deadline nor a cancellation yet. */
		private static final int RUNNING = 0;

		/** The answer passed on; its completion (or error) follows and ends the call. */
		private static final int ANSWERED = 1;

		/** Terminated, timed out or cancelled: nothing more goes downstream. */
		private static final int DONE = 2;

		@SuppressWarnings("rawtypes")
		private static final AtomicIntegerFieldUpdater<TimedSubscriber> STATE = AtomicIntegerFieldUpdater
			.newUpdater(TimedSubscriber.class, "state");

		private final CoreSubscriber<? super T> actual;

		private final TimedMono<T> parent;

		private @Nullable Subscription upstream;

		private volatile @Nullable Timeout deadline;

		private volatile int state;

		TimedSubscriber(CoreSubscriber<? super T> actual, TimedMono<T> parent) {
			this.actual = actual;
			this.parent = parent;
		}

		@Override
		public Context currentContext() {
			return this.actual.currentContext();
		}

		@Override
		public void onSubscribe(Subscription subscription) {
			if (!Operators.validate(this.upstream, subscription)) {
				return;
			}
			this.upstream = subscription;
			this.actual.onSubscribe(this);
			// After onSubscribe, so that a deadline never fails a subscriber not yet subscribed; a signal or a
			// cancellation that came first needs none, and one racing with it cancels it on either side.
			if (this.state == RUNNING) {
				Timeout scheduled = this.parent.wheel.newTimeout(this, this.parent.timeoutNanos, TimeUnit.NANOSECONDS);
				this.deadline = scheduled;
				if (this.state != RUNNING) {
					scheduled.cancel();
				}
			}
		}

		@Override
		public void onNext(T value) {
			if (STATE.compareAndSet(this, RUNNING, ANSWERED)) {
				cancelDeadline();
				this.actual.onNext(value);
			}
			else {
				Operators.onNextDropped(value, this.actual.currentContext());
			}
		}

		@Override
		public void onError(Throwable ex) {
			int previous = STATE.getAndSet(this, DONE);
			if (previous == DONE) {
				Operators.onErrorDropped(ex, this.actual.currentContext());
				return;
			}
			if (previous == RUNNING) {
				cancelDeadline();
			}
			this.actual.onError(ex);
		}

		@Override
		public void onComplete() {
			int previous = STATE.getAndSet(this, DONE);
			if (previous == DONE) {
				return;
			}
			if (previous == RUNNING) {
				cancelDeadline();
			}
			this.actual.onComplete();
		}

		@Override
		public void request(long n) {
			Objects.requireNonNull(this.upstream).request(n);
		}

		@Override
		public void cancel() {
			if (STATE.getAndSet(this, DONE) == RUNNING) {
				cancelDeadline();
			}
			Objects.requireNonNull(this.upstream).cancel();
		}

		/**
		 * The deadline passed, on the timer's thread: the call is failed on a parallel thread.
		 */
		@Override
		public void run(Timeout timeout) {
			if (this.state != RUNNING) {
				return;
			}
			try {
				Schedulers.parallel().schedule(this);
			}
			catch (RejectedExecutionException ex) {
				// Reactor's schedulers are shut down: fail the call here rather than leave it hanging
				run();
			}
		}

		/**
		 * The deadline passed, on a parallel thread: unless the call signalled or was cancelled meanwhile, it is
		 * cancelled and fails (cancelling the deadline too, a no-op for one that expired).
		 */
		@Override
		public void run() {
			if (STATE.compareAndSet(this, RUNNING, DONE)) {
				cancelDeadline();
				Objects.requireNonNull(this.upstream).cancel();
				this.actual.onError(this.parent.error.get());
			}
		}

		private void cancelDeadline() {
			Timeout scheduled = this.deadline;
			if (scheduled != null) {
				scheduled.cancel();
			}
		}

	}

}
