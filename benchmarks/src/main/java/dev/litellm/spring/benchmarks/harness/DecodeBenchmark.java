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
 * the decoding part of a call, without HTTP or Reactor. The cases alternate within every round, so that a busy
 * machine slows them alike; the table gives the median round and the range.
 *
 * <pre>
 * java -cp ... dev.litellm.spring.benchmarks.harness.DecodeBenchmark --rounds=9 --warmup-seconds=3 --round-seconds=1
 * </pre>
 */
public final class DecodeBenchmark {

	private static final Logger logger = LoggerFactory.getLogger(DecodeBenchmark.class);

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

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
		Map<String, Runnable> cases = new LinkedHashMap<>();
		cases.put("keyInfo -> map", () -> sink = mapper.readValue(bodies.keyInfo(), Map.class));
		cases.put("keyInfo -> KeyInfoResponse", () -> sink = mapper.readValue(bodies.keyInfo(), KeyInfoResponse.class));
		cases.put("listKeys -> map", () -> sink = mapper.readValue(bodies.listPage(), Map.class));
		cases.put("listKeys -> KeyListResponse",
				() -> sink = mapper.readValue(bodies.listPage(), KeyListResponse.class));
		for (Runnable decode : cases.values()) {
			run(decode, warmup);
		}
		Map<String, List<Double>> results = new LinkedHashMap<>();
		for (int round = 0; round < rounds; round++) {
			cases.forEach((name, decode) -> results.computeIfAbsent(name, (key) -> new ArrayList<>())
				.add(run(decode, roundSeconds)));
		}
		results.forEach((name, values) -> {
			List<Double> sorted = values.stream().sorted().toList();
			logger.info(String.format("%-30s median %8.2f us  range %8.2f-%8.2f us  (%d rounds)", name,
					sorted.get(sorted.size() / 2) / 1000, sorted.get(0) / 1000, sorted.get(sorted.size() - 1) / 1000,
					sorted.size()));
		});
	}

	/** Runs the decode for about {@code seconds} of CPU time; returns CPU nanoseconds per decode. */
	private static double run(Runnable decode, double seconds) {
		long budget = (long) (seconds * 1e9);
		long start = THREADS.getCurrentThreadCpuTime();
		long calls = 0;
		long elapsed;
		do {
			for (int i = 0; i < 100; i++) {
				decode.run();
			}
			calls += 100;
			elapsed = THREADS.getCurrentThreadCpuTime() - start;
		}
		while (elapsed < budget);
		return (double) elapsed / calls;
	}

	/** The mapper the client decodes with (package-private in the client, so reached by reflection). */
	private static JsonMapper clientMapper() throws Exception {
		Method newMapper = Class.forName("dev.litellm.spring.keys.KeyJson").getDeclaredMethod("newMapper");
		newMapper.setAccessible(true);
		return (JsonMapper) newMapper.invoke(null);
	}

}
