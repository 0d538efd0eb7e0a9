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
 * Tests for {@link CallTimer}: a deadline fires on the timer's own thread, no earlier than its delay; a disposed
 * one never fires; it serves delayed tasks only.
 */
class CallTimerTests {

	@Test
	void aTimeoutFiresOnTheCallTimerThreadNoEarlierThanItsDelay() {
		AtomicReference<String> thread = new AtomicReference<>();
		long start = System.nanoTime();
		assertThatExceptionOfType(RuntimeException.class)
			.isThrownBy(() -> Mono.never()
				.timeout(Duration.ofMillis(50), CallTimer.INSTANCE)
				.doOnError((ex) -> thread.set(Thread.currentThread().getName()))
				.block(Duration.ofSeconds(10)))
			.withCauseInstanceOf(TimeoutException.class);
		assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(50));
		assertThat(thread.get()).startsWith("litellm-call-timer");
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
