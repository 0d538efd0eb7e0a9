package dev.litellm.spring.benchmarks.harness;

/**
 * One measured iteration.
 * @param operations calls completed
 * @param elapsedNanos wall time
 * @param latenciesNanos each call's latency
 * @param allocatedBytes bytes allocated by all non-stub threads
 * @param cpuNanos CPU time of the whole JVM but the stub's threads (GC, JIT and every client thread included)
 * @param threadHops reactive calls whose answer arrived on another thread than the one that subscribed to them
 * (at concurrency 1, the event loop that answered the previous call: the call went to a pooled connection on
 * another event loop, which that loop had to be woken for); 0 for blocking calls
 * @param hopped for each call, whether its answer arrived on another thread (all {@code false} for blocking calls)
 */
record Sample(int operations, long elapsedNanos, long[] latenciesNanos, long allocatedBytes, long cpuNanos,
		long threadHops, boolean[] hopped) {

	double operationsPerSecond() {
		return this.operations * 1e9 / this.elapsedNanos;
	}

	double bytesPerOperation() {
		return (double) this.allocatedBytes / this.operations;
	}

	double threadHopShare() {
		return (double) this.threadHops / this.operations;
	}

	double cpuNanosPerOperation() {
		return (double) this.cpuNanos / this.operations;
	}

}
