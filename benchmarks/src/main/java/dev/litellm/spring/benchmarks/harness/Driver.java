package dev.litellm.spring.benchmarks.harness;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs a fixed number of calls at a fixed concurrency and measures them: reactively (a {@code flatMap} keeping
 * {@code concurrency} calls in flight on the client event loop) or blocking ({@code concurrency} platform threads
 * that stay alive between iterations so their allocation is counted).
 */
final class Driver implements AutoCloseable {

	/** A blocking call. */
	@FunctionalInterface
	interface BlockingCall {

		@Nullable Object call();

	}

	private final int concurrency;

	private @Nullable ExecutorService blockingThreads;

	Driver(int concurrency) {
		this.concurrency = concurrency;
	}

	Sample reactive(Supplier<? extends Mono<?>> call, int operations) {
		long[] latencies = new long[operations];
		boolean[] hopped = new boolean[operations];
		LongAdder hops = new LongAdder();
		Map<Long, Long> before = AllocationMeter.snapshot();
		long cpuBefore = CpuMeter.clientCpuNanos();
		long start = System.nanoTime();
		Flux.range(0, operations).flatMap((index) -> Mono.defer(() -> {
			long callStart = System.nanoTime();
			Thread subscriber = Thread.currentThread();
			return call.get().doOnNext((value) -> {
				latencies[index] = System.nanoTime() - callStart;
				if (Thread.currentThread() != subscriber) {
					hopped[index] = true;
					hops.increment();
				}
			});
		}), this.concurrency, 1).then().block(Duration.ofMinutes(10));
		long elapsed = System.nanoTime() - start;
		long cpu = CpuMeter.clientCpuNanos() - cpuBefore;
		long allocated = AllocationMeter.allocatedBetween(before, AllocationMeter.snapshot());
		return new Sample(operations, elapsed, latencies, allocated, cpu, hops.sum(), hopped);
	}

	Sample blocking(BlockingCall call, int operations) throws InterruptedException {
		ExecutorService threads = this.blockingThreads;
		if (threads == null) {
			AtomicInteger counter = new AtomicInteger();
			threads = Executors.newFixedThreadPool(this.concurrency, (runnable) -> {
				Thread thread = new Thread(runnable, "bench-blocking-" + counter.incrementAndGet());
				thread.setDaemon(true);
				return thread;
			});
			this.blockingThreads = threads;
		}
		long[] latencies = new long[operations];
		AtomicInteger next = new AtomicInteger();
		AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
		CountDownLatch done = new CountDownLatch(this.concurrency);
		Map<Long, Long> before = AllocationMeter.snapshot();
		long cpuBefore = CpuMeter.clientCpuNanos();
		long start = System.nanoTime();
		for (int t = 0; t < this.concurrency; t++) {
			threads.execute(() -> {
				try {
					int index;
					while ((index = next.getAndIncrement()) < operations && failure.get() == null) {
						long callStart = System.nanoTime();
						if (call.call() == null) {
							throw new IllegalStateException("empty response");
						}
						latencies[index] = System.nanoTime() - callStart;
					}
				}
				catch (RuntimeException ex) {
					failure.compareAndSet(null, ex);
				}
				finally {
					done.countDown();
				}
			});
		}
		done.await();
		long elapsed = System.nanoTime() - start;
		long cpu = CpuMeter.clientCpuNanos() - cpuBefore;
		long allocated = AllocationMeter.allocatedBetween(before, AllocationMeter.snapshot());
		Throwable error = failure.get();
		if (error != null) {
			throw new IllegalStateException("blocking call failed", error);
		}
		return new Sample(operations, elapsed, latencies, allocated, cpu, 0, new boolean[operations]);
	}

	@Override
	public void close() {
		ExecutorService threads = this.blockingThreads;
		if (threads != null) {
			threads.shutdownNow();
		}
	}

}
