package dev.litellm.spring.benchmarks.harness;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;

import dev.litellm.spring.benchmarks.stub.StubProxy;

/**
 * CPU time of the whole JVM except the stub's threads: every client thread, the event loops, the garbage
 * collector and the JIT compilers, which is what a call costs the process that makes it. Stub threads that
 * ended are not subtracted; the stub keeps its one loop thread for its whole life.
 */
final class CpuMeter {

	private static final com.sun.management.OperatingSystemMXBean OS = (com.sun.management.OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private CpuMeter() {
	}

	/**
	 * The process's CPU time so far, less what the stub's live threads used.
	 * @return nanoseconds
	 */
	static long clientCpuNanos() {
		long process = OS.getProcessCpuTime();
		long stub = 0;
		long[] ids = THREADS.getAllThreadIds();
		ThreadInfo[] infos = THREADS.getThreadInfo(ids, 0);
		for (int i = 0; i < ids.length; i++) {
			if (infos[i] != null && infos[i].getThreadName().startsWith(StubProxy.THREAD_PREFIX)) {
				long cpu = THREADS.getThreadCpuTime(ids[i]);
				stub += Math.max(0, cpu);
			}
		}
		return process - stub;
	}

}
