package dev.litellm.spring.internal;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import io.netty.util.HashedWheelTimer;
import io.netty.util.Timeout;
import io.netty.util.concurrent.DefaultThreadFactory;
import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The timer of the call timeouts: a {@link Scheduler} for {@code Mono.timeout} on one shared Netty
 * {@link HashedWheelTimer} ticking every {@value #TICK_MILLIS} ms. Reactor's default timer,
 * {@code Schedulers.parallel()}, puts each deadline in a {@code ScheduledThreadPoolExecutor} and removes it when
 * the call ends, so that a call made when no other is in flight wakes the timer thread; here a deadline is
 * an entry in a lock-free queue that the timer's thread picks up on its next tick, and a cancelled one is dropped
 * there too: a call wakes no other thread. A deadline that passes is handed to {@code Schedulers.parallel()}, so
 * that the timeout is signalled where it was before and what the caller does with it never holds up the timer's
 * other deadlines. The price is precision: a call times out up to one tick after its deadline, which no call
 * timeout of seconds notices.
 */
final class CallTimer implements Scheduler {

	/** The tick: how late past its deadline a call may time out. */
	static final long TICK_MILLIS = 10;

	/** The shared timer. */
	static final CallTimer INSTANCE = new CallTimer();

	private final HashedWheelTimer timer = new HashedWheelTimer(new DefaultThreadFactory("litellm-call-timer", true),
			TICK_MILLIS, TimeUnit.MILLISECONDS, 512);

	private CallTimer() {
	}

	@Override
	public Disposable schedule(Runnable task, long delay, TimeUnit unit) {
		Timeout timeout = this.timer.newTimeout((ignored) -> Schedulers.parallel().schedule(task), delay, unit);
		return new Disposable() {

			@Override
			public void dispose() {
				timeout.cancel();
			}

			@Override
			public boolean isDisposed() {
				return timeout.isCancelled() || timeout.isExpired();
			}

		};
	}

	/**
	 * Only delayed tasks: the call timeout is the only use.
	 */
	@Override
	public Disposable schedule(Runnable task) {
		throw new RejectedExecutionException("The call timer runs delayed tasks only");
	}

	/**
	 * Only delayed tasks: the call timeout is the only use.
	 */
	@Override
	public Worker createWorker() {
		throw new RejectedExecutionException("The call timer runs delayed tasks only");
	}

}
