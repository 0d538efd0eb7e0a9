package dev.litellm.spring.benchmarks.harness;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.HashMap;
import java.util.Map;

import dev.litellm.spring.benchmarks.stub.StubProxy;

/**
 * Bytes allocated by every live thread except the stub's, from {@code com.sun.management.ThreadMXBean}: the
 * caller's threads and the client event loop (Netty threads allocate while decoding) both count. A thread that
 * ends between two snapshots loses its count, so the harness keeps its threads alive across a measurement.
 */
final class AllocationMeter {

	private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

	private AllocationMeter() {
	}

	/**
	 * Allocation counters of all live threads except the stub's.
	 * @return thread id to bytes allocated so far
	 */
	static Map<Long, Long> snapshot() {
		long[] ids = THREADS.getAllThreadIds();
		ThreadInfo[] infos = THREADS.getThreadInfo(ids, 0);
		long[] bytes = THREADS.getThreadAllocatedBytes(ids);
		Map<Long, Long> snapshot = new HashMap<>(ids.length * 2);
		for (int i = 0; i < ids.length; i++) {
			ThreadInfo info = infos[i];
			if (info != null && bytes[i] >= 0 && !info.getThreadName().startsWith(StubProxy.THREAD_PREFIX)) {
				snapshot.put(ids[i], bytes[i]);
			}
		}
		return snapshot;
	}

	/**
	 * Bytes allocated between two snapshots, summed over threads.
	 * @param before the earlier snapshot
	 * @param after the later snapshot
	 * @return the bytes
	 */
	static long allocatedBetween(Map<Long, Long> before, Map<Long, Long> after) {
		long total = 0;
		for (Map.Entry<Long, Long> entry : after.entrySet()) {
			total += entry.getValue() - before.getOrDefault(entry.getKey(), 0L);
		}
		return total;
	}

}
