package dev.litellm.spring.benchmarks.harness;

/**
 * One measured iteration.
 * @param operations calls completed
 * @param elapsedNanos wall time
 * @param latenciesNanos each call's latency
 * @param allocatedBytes bytes allocated by all non-stub threads
 * @param cpuNanos CPU time of the whole JVM but the stub's threads (GC, JIT and every client thread included)
 */
record Sample(int operations, long elapsedNanos, long[] latenciesNanos, long allocatedBytes, long cpuNanos) {

	double operationsPerSecond() {
		return this.operations * 1e9 / this.elapsedNanos;
	}

	double bytesPerOperation() {
		return (double) this.allocatedBytes / this.operations;
	}

	double cpuNanosPerOperation() {
		return (double) this.cpuNanos / this.operations;
	}

}
