package dev.litellm.spring.benchmarks.startup;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;

/**
 * Records the CPU time the thread starting the context spends instantiating each bean, without the beans
 * instantiated within it: a measure of a starter's beans that the JIT compiler and the rest of the machine hardly
 * move, unlike the wall time of the whole start.
 */
final class BeanCpuTime implements ApplicationStartup {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final Thread thread = Thread.currentThread();

	private final Deque<Instantiation> open = new ArrayDeque<>();

	private final Map<String, Long> exclusiveNanos = new HashMap<>();

	@Override
	public StartupStep start(String name) {
		if (!name.equals("spring.beans.instantiate") || Thread.currentThread() != this.thread) {
			return ApplicationStartup.DEFAULT.start(name);
		}
		Instantiation step = new Instantiation(name);
		this.open.push(step);
		return step;
	}

	/**
	 * The CPU time spent instantiating the given beans, each without the beans instantiated within it.
	 * @param beanNames the beans
	 * @return the sum, in milliseconds
	 */
	double millisOf(Collection<String> beanNames) {
		return beanNames.stream().mapToLong((bean) -> this.exclusiveNanos.getOrDefault(bean, 0L)).sum() / 1e6;
	}

	private final class Instantiation implements StartupStep {

		private final String name;

		private final long startNanos = THREADS.getCurrentThreadCpuTime();

		private String bean = "";

		private long nestedNanos;

		Instantiation(String name) {
			this.name = name;
		}

		@Override
		public String getName() {
			return this.name;
		}

		@Override
		public long getId() {
			return 0;
		}

		@Override
		public @Nullable Long getParentId() {
			return null;
		}

		@Override
		public StartupStep tag(String key, String value) {
			if (key.equals("beanName")) {
				this.bean = value;
			}
			return this;
		}

		@Override
		public StartupStep tag(String key, Supplier<String> value) {
			return tag(key, value.get());
		}

		@Override
		public Tags getTags() {
			return Collections::emptyIterator;
		}

		@Override
		public void end() {
			long inclusive = THREADS.getCurrentThreadCpuTime() - this.startNanos;
			BeanCpuTime.this.open.pop();
			BeanCpuTime.this.exclusiveNanos.merge(this.bean, inclusive - this.nestedNanos, Long::sum);
			Instantiation outer = BeanCpuTime.this.open.peek();
			if (outer != null) {
				outer.nestedNanos += inclusive;
			}
		}

	}

}
