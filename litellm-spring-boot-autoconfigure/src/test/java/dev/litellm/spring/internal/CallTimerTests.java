package dev.litellm.spring.internal;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link CallTimer}: a deadline fires no earlier than its delay, its task handed to Reactor's parallel
 * scheduler rather than run on the timer's own thread; a disposed one never fires; it serves delayed tasks only.
 */
class CallTimerTests {

	@Test
	void aTimeoutIsSignalledOnAParallelThreadNoEarlierThanItsDelay() {
		AtomicReference<String> thread = new AtomicReference<>();
		long start = System.nanoTime();
		assertThatExceptionOfType(RuntimeException.class)
			.isThrownBy(() -> Mono.never()
				.timeout(Duration.ofMillis(50), CallTimer.INSTANCE)
				.doOnError((ex) -> thread.set(Thread.currentThread().getName()))
				.block(Duration.ofSeconds(10)))
			.withCauseInstanceOf(TimeoutException.class);
		assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(50));
		assertThat(thread.get()).startsWith("parallel-");
	}

	@Test
	void aDisposedDeadlineNeverFires() throws InterruptedException {
		AtomicBoolean disposedRan = new AtomicBoolean();
		CountDownLatch laterRan = new CountDownLatch(1);
		Disposable disposed = CallTimer.INSTANCE.schedule(() -> disposedRan.set(true), 20, TimeUnit.MILLISECONDS);
		Disposable later = CallTimer.INSTANCE.schedule(laterRan::countDown, 80, TimeUnit.MILLISECONDS);
		disposed.dispose();
		assertThat(disposed.isDisposed()).isTrue();
		assertThat(laterRan.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(later.isDisposed()).isTrue();
		assertThat(disposedRan).isFalse();
	}

	@Test
	void onlyDelayedTasksAreServed() {
		assertThatExceptionOfType(RejectedExecutionException.class)
			.isThrownBy(() -> CallTimer.INSTANCE.schedule(() -> {
			}));
		assertThatExceptionOfType(RejectedExecutionException.class).isThrownBy(CallTimer.INSTANCE::createWorker);
	}

}
