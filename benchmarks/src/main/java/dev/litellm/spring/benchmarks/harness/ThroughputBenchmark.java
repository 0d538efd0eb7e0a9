package dev.litellm.spring.benchmarks.harness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.litellm.spring.benchmarks.clients.BenchClient;
import dev.litellm.spring.benchmarks.clients.ClientResources;
import dev.litellm.spring.benchmarks.stub.StubProxy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Throughput, latency and allocation of {@code keyInfo}, {@code generateKey} and one {@code listKeys} page for
 * every client against the same stub, in one JVM. Every client first runs every operation for a few seconds so
 * that the JIT has seen them all; then, for each operation, mode and concurrency, each client is warmed up again
 * and the iterations run interleaved (client order rotating) so drift in the machine hits every client
 * alike. Throughput is the median of the iterations with their min and max; p50/p99 pool the latencies of all
 * iterations; allocation is bytes per call summed over all threads but the stub's.
 * <p>
 * The clients share one event-loop thread by default. With two, Reactor Netty places each pooled connection on
 * the loop of the thread that asked for it, and how a client's connections end up spread settles differently
 * from run to run: the same client measured about 17,000 or 34,000 calls a second at concurrency 64. With one
 * loop, runs agree to within a few percent.
 */
public final class ThroughputBenchmark {

	private static final Logger logger = LoggerFactory.getLogger(ThroughputBenchmark.class);

	private final Arguments arguments;

	private final ResultTable table;

	private ThroughputBenchmark(Arguments arguments) {
		this.arguments = arguments;
		this.table = ResultTable.in(arguments);
	}

	/**
	 * Runs the benchmark.
	 * @param args {@code --out=DIR --iterations=5 --global-warmup-seconds=3 --warmup-seconds=2 --iteration-seconds=1
	 * --concurrency=1,64,256 --blocking-concurrency=1,64 --operations=keyInfo,generateKey,listKeys
	 * --clients=floor,ours,peer --client-event-loops=1}
	 * @throws Exception if the run fails
	 */
	public static void main(String[] args) throws Exception {
		new ThroughputBenchmark(new Arguments(args)).run();
	}

	private void run() throws Exception {
		List<String> operations = this.arguments.list("operations", "keyInfo,generateKey,listKeys");
		List<Integer> concurrency = this.arguments.integers("concurrency", "1,64,256");
		List<Integer> blockingConcurrency = this.arguments.integers("blocking-concurrency", "1,64");
		try (StubProxy stub = StubProxy.start();
				ClientResources resources = new ClientResources(this.arguments.integer("client-event-loops", 1))) {
			List<BenchClient> clients = Clients.create(stub.baseUrl(), resources,
					this.arguments.list("clients", "floor,ours,peer"));
			Map<BenchClient, List<String>> problems = new LinkedHashMap<>();
			for (BenchClient client : clients) {
				List<String> found = client.verify();
				problems.put(client, found);
				this.table.row("decode check", "keyInfo, generateKey, listKeys", client.name(),
						found.isEmpty() ? "ok" : "FAILED", "", "", "", "", "", "", String.join("; ", found));
				logger.info("{} verification: {}", client.name(), found.isEmpty() ? "ok" : found);
			}
			double globalWarmup = this.arguments.decimal("global-warmup-seconds", 3);
			for (String operation : operations) {
				for (BenchClient client : clients) {
					if (problems.get(client).stream().noneMatch((p) -> p.startsWith(operation))) {
						logger.info("warming up {} {}", client.name(), operation);
						try (Driver driver = new Driver(16)) {
							warmUp(driver, client, operation, "reactive", 16, globalWarmup, 1);
						}
					}
				}
			}
			for (String operation : operations) {
				List<BenchClient> able = clients.stream()
					.filter((client) -> problems.get(client).stream().noneMatch((p) -> p.startsWith(operation)))
					.toList();
				for (int c : concurrency) {
					measure(operation, "reactive", c, able);
				}
				for (int c : blockingConcurrency) {
					measure(operation, "blocking", c, able);
				}
			}
			stub.reset();
			clients.forEach(BenchClient::close);
		}
	}

	private void measure(String operation, String mode, int concurrency, List<BenchClient> clients)
			throws InterruptedException {
		int iterations = this.arguments.integer("iterations", 5);
		double warmupSeconds = this.arguments.decimal("warmup-seconds", 2);
		double iterationSeconds = this.arguments.decimal("iteration-seconds", 1);
		System.gc();
		Map<BenchClient, Integer> sizes = new LinkedHashMap<>();
		Map<BenchClient, List<Sample>> samples = new LinkedHashMap<>();
		try (Driver driver = new Driver(concurrency)) {
			for (BenchClient client : clients) {
				sizes.put(client, warmUp(driver, client, operation, mode, concurrency, warmupSeconds, iterationSeconds));
				samples.put(client, new ArrayList<>());
			}
			for (int iteration = 0; iteration < iterations; iteration++) {
				for (int i = 0; i < clients.size(); i++) {
					BenchClient client = clients.get((i + iteration) % clients.size());
					samples.get(client).add(run(driver, client, operation, mode, sizes.get(client)));
				}
			}
		}
		Stats floor = null;
		for (BenchClient client : clients) {
			Stats stats = Stats.of(samples.get(client));
			if (client.name().equals("floor")) {
				floor = stats;
			}
			this.table.row(operation, mode + " c=" + concurrency, client.name(),
					ResultTable.format("%.0f ops/s", stats.medianOps),
					ResultTable.format("%.0f-%.0f", stats.minOps, stats.maxOps),
					(floor != null) ? ResultTable.format("%.2fx", stats.medianOps / floor.medianOps) : "",
					micros(stats.p50Nanos), micros(stats.p99Nanos),
					ResultTable.format("%.1f", stats.medianBytesPerOp / 1024),
					(floor != null) ? ResultTable.format("%.2fx", stats.medianBytesPerOp / floor.medianBytesPerOp) : "",
					ResultTable.format("%d x %d calls", stats.iterations, sizes.get(client)));
			logger.info("{} {} c={} {}: {} ops/s [{}-{}], p50 {} us, p99 {} us, {} KB/op", operation, mode, concurrency,
					client.name(), Math.round(stats.medianOps), Math.round(stats.minOps), Math.round(stats.maxOps),
					micros(stats.p50Nanos), micros(stats.p99Nanos), Math.round(stats.medianBytesPerOp / 1024));
		}
	}

	private static String micros(long nanos) {
		double micros = nanos / 1000.0;
		return (micros >= 100) ? ResultTable.format("%.0f", micros) : ResultTable.format("%.1f", micros);
	}

	static int warmUp(Driver driver, BenchClient client, String operation, String mode, int concurrency,
			double warmupSeconds, double iterationSeconds) throws InterruptedException {
		int chunk = Math.max(50, concurrency * 4);
		long deadline = System.nanoTime() + (long) (warmupSeconds * 1e9);
		double opsPerSecond;
		do {
			Sample sample = run(driver, client, operation, mode, chunk);
			opsPerSecond = sample.operationsPerSecond();
			chunk = (int) Math.max(50, Math.min(200_000, opsPerSecond * 0.25));
		}
		while (System.nanoTime() < deadline);
		return (int) Math.max(Math.max(100, concurrency * 4), Math.min(1_000_000, opsPerSecond * iterationSeconds));
	}

	static Sample run(Driver driver, BenchClient client, String operation, String mode, int operations)
			throws InterruptedException {
		if (mode.equals("blocking")) {
			Driver.BlockingCall call = switch (operation) {
				case "keyInfo" -> client::keyInfoBlocking;
				case "generateKey" -> client::generateKeyBlocking;
				case "listKeys" -> client::listKeysBlocking;
				default -> throw new IllegalArgumentException(operation);
			};
			return driver.blocking(call, operations);
		}
		Supplier<? extends Mono<?>> call = switch (operation) {
			case "keyInfo" -> client::keyInfo;
			case "generateKey" -> client::generateKey;
			case "listKeys" -> client::listKeys;
			default -> throw new IllegalArgumentException(operation);
		};
		return driver.reactive(call, operations);
	}

	/** Summary of one client's iterations. */
	private static final class Stats {

		double medianOps;

		double minOps;

		double maxOps;

		long p50Nanos;

		long p99Nanos;

		double medianBytesPerOp;

		int iterations;

		static Stats of(List<Sample> samples) {
			Stats stats = new Stats();
			stats.iterations = samples.size();
			double[] ops = samples.stream().mapToDouble(Sample::operationsPerSecond).sorted().toArray();
			double[] bytes = samples.stream().mapToDouble(Sample::bytesPerOperation).sorted().toArray();
			stats.medianOps = median(ops);
			stats.minOps = ops[0];
			stats.maxOps = ops[ops.length - 1];
			stats.medianBytesPerOp = median(bytes);
			long[] latencies = samples.stream()
				.flatMapToLong((sample) -> Arrays.stream(sample.latenciesNanos()))
				.sorted()
				.toArray();
			stats.p50Nanos = latencies[(int) Math.min(latencies.length - 1, Math.round(latencies.length * 0.50))];
			stats.p99Nanos = latencies[(int) Math.min(latencies.length - 1, Math.round(latencies.length * 0.99))];
			return stats;
		}

		private static double median(double[] sorted) {
			int middle = sorted.length / 2;
			return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
		}

	}

}
