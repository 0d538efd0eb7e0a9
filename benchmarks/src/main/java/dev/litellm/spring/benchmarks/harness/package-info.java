/**
 * Throughput, latency, allocation, streaming and load harnesses; each writes tab-separated results for {@code run.sh}.
 */
@NullMarked
package dev.litellm.spring.benchmarks.harness;

import org.jspecify.annotations.NullMarked;
