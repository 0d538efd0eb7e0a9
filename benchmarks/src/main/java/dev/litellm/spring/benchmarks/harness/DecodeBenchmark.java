package dev.litellm.spring.benchmarks.harness;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.litellm.spring.benchmarks.stub.StubBodies;
import dev.litellm.spring.keys.KeyInfoResponse;
import dev.litellm.spring.keys.KeyListResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decodes the stub's {@code /key/info} body and its 100-key {@code /key/list} page with the client's own mapper,
 * into the typed responses and into an untyped map, and reports the CPU time per decode of the calling thread:
 * the decoding part of a call, without HTTP or Reactor. Each typed decode is paired with the map decode of the same
 * body: within a round the two take turns in slices of a few milliseconds, so that a machine that slows down for a
 * while slows both alike, and the round gives their ratio. The table gives, per pair, the median round's ratio with
 * the range, and each case's median time per decode.
 *
 * <pre>
 * java -cp ... dev.litellm.spring.benchmarks.harness.DecodeBenchmark --rounds=9 --warmup-seconds=3 --round-seconds=1
 * </pre>
 */
public final class DecodeBenchmark {

	private static final Logger logger = LoggerFactory.getLogger(DecodeBenchmark.class);

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	/** How long one case runs before the other of its pair takes its turn. */
	private static final long SLICE_NANOS = 5_000_000;

	private static volatile Object sink;

	private DecodeBenchmark() {
	}

	/**
	 * Runs the decode cases.
	 * @param args {@code --rounds}, {@code --warmup-seconds}, {@code --round-seconds}
	 * @throws Exception if the client's mapper cannot be created
	 */
	public static void main(String[] args) throws Exception {
		Arguments arguments = new Arguments(args);
		int rounds = arguments.integer("rounds", 9);
		double warmup = arguments.decimal("warmup-seconds", 3);
		double roundSeconds = arguments.decimal("round-seconds", 1);
		JsonMapper mapper = clientMapper();
		StubBodies bodies = StubBodies.create();
		List<Pair> pairs = List.of(
				new Pair("keyInfo", () -> sink = mapper.readValue(bodies.keyInfo(), Map.class),
						() -> sink = mapper.readValue(bodies.keyInfo(), KeyInfoResponse.class)),
				new Pair("listKeys", () -> sink = mapper.readValue(bodies.listPage(), Map.class),
						() -> sink = mapper.readValue(bodies.listPage(), KeyListResponse.class)));
		for (Pair pair : pairs) {
			pair.run(warmup);
		}
		Map<String, List<double[]>> results = new LinkedHashMap<>();
		for (int round = 0; round < rounds; round++) {
			for (Pair pair : pairs) {
				results.computeIfAbsent(pair.name(), (key) -> new ArrayList<>()).add(pair.run(roundSeconds));
			}
		}
		results.forEach((name, values) -> {
			List<Double> ratios = values.stream().map((round) -> round[1] / round[0]).sorted().toList();
			logger.info(String.format(
					"%-9s typed/map median %.3f  range %.3f-%.3f  typed %8.2f us  map %8.2f us  (%d rounds)", name,
					ratios.get(ratios.size() / 2), ratios.get(0), ratios.get(ratios.size() - 1),
					median(values, 1) / 1000, median(values, 0) / 1000, ratios.size()));
		});
	}

	private static double median(List<double[]> rounds, int index) {
		List<Double> sorted = rounds.stream().map((round) -> round[index]).sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	/** Runs {@code decode} for about {@code nanos} of CPU time; returns the CPU nanoseconds taken and the decodes. */
	private static long[] slice(Runnable decode, long nanos) {
		long start = THREADS.getCurrentThreadCpuTime();
		long calls = 0;
		long elapsed;
		do {
			for (int i = 0; i < 10; i++) {
				decode.run();
			}
			calls += 10;
			elapsed = THREADS.getCurrentThreadCpuTime() - start;
		}
		while (elapsed < nanos);
		return new long[] { elapsed, calls };
	}

	/** The map decode and the typed decode of one body. */
	private record Pair(String name, Runnable map, Runnable typed) {

		/**
		 * Runs the two decodes in turns for about {@code seconds} of CPU time in all.
		 * @return the CPU nanoseconds per decode of the map and of the typed decode
		 */
		double[] run(double seconds) {
			long[] map = new long[2];
			long[] typed = new long[2];
			while (map[0] + typed[0] < seconds * 1e9) {
				add(map, slice(this.map, SLICE_NANOS));
				add(typed, slice(this.typed, SLICE_NANOS));
			}
			return new double[] { (double) map[0] / map[1], (double) typed[0] / typed[1] };
		}

		private static void add(long[] total, long[] slice) {
			total[0] += slice[0];
			total[1] += slice[1];
		}

	}

	/** The mapper the client decodes with (package-private in the client, so reached by reflection). */
	private static JsonMapper clientMapper() throws Exception {
		Method newMapper = Class.forName("dev.litellm.spring.keys.KeyJson").getDeclaredMethod("newMapper");
		newMapper.setAccessible(true);
		return (JsonMapper) newMapper.invoke(null);
	}

}
