package dev.litellm.spring.benchmarks.harness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import dev.litellm.spring.benchmarks.boot.BenchmarkApplication;
import dev.litellm.spring.benchmarks.clients.BenchClient;
import dev.litellm.spring.benchmarks.clients.ClientResources;
import dev.litellm.spring.benchmarks.clients.FloorClient;
import dev.litellm.spring.benchmarks.clients.PeerClient;
import dev.litellm.spring.benchmarks.stub.StubProxy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;

/**
 * Throughput, latency, CPU time and allocation per call in the configuration applications run: this project's
 * client from a Spring Boot application context (auto-configuration, the starter on its default properties,
 * Boot's observation registry with its metrics handler), next to the floor and the generated peer, all on
 * Reactor Netty's default event loops. The floor and the peer each get a pool of
 * {@link ClientResources#MAX_CONNECTIONS}, the size of this client's default pool ({@code ours}); it runs a second
 * time on the former default pool of 50 ({@code ours-50}), each in its own context.
 * <p>
 * For each operation and concurrency every client is warmed up, then the rounds run interleaved with the client
 * order rotating. Per client: the median round's throughput (min-max), p50/p99 over all rounds' latencies, the
 * median round's CPU time per call of the whole JVM except the stub's thread (event loops, callers, GC and JIT
 * included) and the median round's bytes allocated per call by every thread but the stub's.
 */
public final class BootThroughputBenchmark {

	private static final Logger logger = LoggerFactory.getLogger(BootThroughputBenchmark.class);

	private final Arguments arguments;

	private final ResultTable table;

	private BootThroughputBenchmark(Arguments arguments) {
		this.arguments = arguments;
		this.table = ResultTable.in(arguments);
	}

	/**
	 * Runs the benchmark.
	 * @param args {@code --out=DIR --rounds=7 --global-warmup-seconds=3 --warmup-seconds=2 --round-seconds=1
	 * --concurrency=64,1 --operations=keyInfo,generateKey,listKeys --clients=floor,peer,ours,ours-50}; a client
	 * named {@code ours*} takes its context's properties from
	 * {@code --app.NAME=name=value;name=value}
	 * @throws Exception if the run fails
	 */
	public static void main(String[] args) throws Exception {
		new BootThroughputBenchmark(new Arguments(args)).run();
	}

	private void run() throws Exception {
		List<String> operations = this.arguments.list("operations", "keyInfo,generateKey,listKeys");
		List<Integer> concurrency = this.arguments.integers("concurrency", "64,1");
		List<String> names = this.arguments.list("clients", "floor,peer,ours,ours-50");
		List<BenchClient> clients = new ArrayList<>();
		List<AutoCloseable> resources = new ArrayList<>();
		try (StubProxy stub = StubProxy.start()) {
			for (String name : names) {
				clients.add(client(name, stub.baseUrl(), resources));
			}
			for (BenchClient client : clients) {
				List<String> problems = client.verify();
				if (!problems.isEmpty()) {
					throw new IllegalStateException(client.name() + " decoded wrongly: " + problems);
				}
			}
			double globalWarmup = this.arguments.decimal("global-warmup-seconds", 3);
			try (Driver driver = new Driver(16)) {
				for (String operation : operations) {
					for (BenchClient client : clients) {
						ThroughputBenchmark.warmUp(driver, client, operation, "reactive", 16, globalWarmup, 1);
					}
				}
			}
			for (String operation : operations) {
				for (int c : concurrency) {
					measure(operation, c, clients);
				}
			}
		}
		finally {
			for (AutoCloseable resource : resources) {
				resource.close();
			}
		}
	}

	private BenchClient client(String name, String baseUrl, List<AutoCloseable> resources) {
		if (name.equals("floor") || name.equals("peer")) {
			ConnectionProvider provider = ConnectionProvider.builder(name)
				.maxConnections(ClientResources.MAX_CONNECTIONS)
				.pendingAcquireMaxCount(-1)
				.build();
			resources.add(() -> provider.disposeLater().block());
			ReactorClientHttpConnector connector = new ReactorClientHttpConnector(HttpClient.create(provider));
			return name.equals("floor") ? new FloorClient(baseUrl, connector) : new PeerClient(baseUrl, connector);
		}
		if (!name.startsWith("ours")) {
			throw new IllegalArgumentException("unknown client " + name);
		}
		Map<String, Object> properties = applicationProperties(this.arguments, name);
		logger.info("{}: a Boot application with {}", name, properties.isEmpty() ? "default properties" : properties);
		BenchmarkApplication application = BenchmarkApplication.start(name, baseUrl, properties);
		resources.add(application);
		return application.client();
	}

	/**
	 * The properties of the application a client named {@code ours*} runs in: {@code --app.NAME=a=1;b=2}, by
	 * default none, and for {@code ours-50} a pool of 50 connections.
	 */
	static Map<String, Object> applicationProperties(Arguments arguments, String name) {
		Map<String, Object> properties = new LinkedHashMap<>();
		String defaults = name.equals("ours-50") ? "litellm.pool.max-connections=50" : "";
		for (String property : arguments.string("app." + name, defaults).split(";")) {
			int equals = property.indexOf('=');
			if (equals > 0) {
				properties.put(property.substring(0, equals), property.substring(equals + 1));
			}
		}
		return properties;
	}

	private void measure(String operation, int concurrency, List<BenchClient> clients) throws InterruptedException {
		int rounds = this.arguments.integer("rounds", 7);
		double warmupSeconds = this.arguments.decimal("warmup-seconds", 2);
		double roundSeconds = this.arguments.decimal("round-seconds", 1);
		System.gc();
		Map<BenchClient, Integer> sizes = new LinkedHashMap<>();
		Map<BenchClient, List<Sample>> samples = new LinkedHashMap<>();
		try (Driver driver = new Driver(concurrency)) {
			for (BenchClient client : clients) {
				sizes.put(client, ThroughputBenchmark.warmUp(driver, client, operation, "reactive", concurrency,
						warmupSeconds, roundSeconds));
				samples.put(client, new ArrayList<>());
			}
			for (int round = 0; round < rounds; round++) {
				for (int i = 0; i < clients.size(); i++) {
					BenchClient client = clients.get((i + round) % clients.size());
					samples.get(client)
						.add(ThroughputBenchmark.run(driver, client, operation, "reactive", sizes.get(client)));
				}
			}
		}
		Map<String, Stats> stats = new LinkedHashMap<>();
		clients.forEach((client) -> stats.put(client.name(), Stats.of(samples.get(client))));
		@Nullable Stats floor = stats.get("floor");
		@Nullable Stats peer = stats.get("peer");
		stats.forEach((name, s) -> {
			String vsFloor = (floor != null) ? ResultTable.format("%.2fx", s.ops / floor.ops) : "";
			String notes = ResultTable.format("CPU %.1f us/call", s.cpuNanos / 1000)
					+ ((floor != null) ? ResultTable.format(" (%.2fx floor)", s.cpuNanos / floor.cpuNanos) : "")
					+ ((peer != null) ? ResultTable.format("; throughput %.2fx peer, CPU %.2fx peer", s.ops / peer.ops,
							s.cpuNanos / peer.cpuNanos) : "")
					+ ResultTable.format("; %.0f %% of calls answered on another thread", s.threadHops * 100)
					+ ((concurrency == 1) ? "; p50 answered on the sending thread " + micros(s.p50SameThreadNanos)
							+ " us, on another " + micros(s.p50HoppedNanos) + " us" : "")
					+ ResultTable.format("; %d rounds x %d calls", s.rounds, sizes.get(clientNamed(clients, name)));
			this.table.row("boot " + operation, "reactive c=" + concurrency, name,
					ResultTable.format("%.0f ops/s", s.ops), ResultTable.format("%.0f-%.0f", s.minOps, s.maxOps),
					vsFloor, micros(s.p50Nanos), micros(s.p99Nanos), ResultTable.format("%.1f", s.bytes / 1024),
					(floor != null) ? ResultTable.format("%.2fx", s.bytes / floor.bytes) : "", notes);
			logger.info("boot {} c={} {}: {} ops/s [{}-{}] {}, p50 {} us, {} KB/op; {}", operation, concurrency, name,
					Math.round(s.ops), Math.round(s.minOps), Math.round(s.maxOps), vsFloor, micros(s.p50Nanos),
					Math.round(s.bytes / 1024), notes);
		});
	}

	private static BenchClient clientNamed(List<BenchClient> clients, String name) {
		return clients.stream().filter((client) -> client.name().equals(name)).findFirst().orElseThrow();
	}

	private static String micros(long nanos) {
		double micros = nanos / 1000.0;
		return (micros >= 100) ? ResultTable.format("%.0f", micros) : ResultTable.format("%.1f", micros);
	}

	/**
	 * Medians of one client's rounds. At concurrency 1 the share of calls answered on another thread than the one
	 * that sent them weighs on latency and CPU more than most of a client's own work: each such call wakes a
	 * second event loop. It depends on which event loops the pool's connections were opened on, not on the client;
	 * the median latency of each kind of call tells the two apart.
	 */
	private record Stats(int rounds, double ops, double minOps, double maxOps, double cpuNanos, double bytes,
			long p50Nanos, long p99Nanos, double threadHops, long p50SameThreadNanos, long p50HoppedNanos) {

		static Stats of(List<Sample> samples) {
			double[] ops = samples.stream().mapToDouble(Sample::operationsPerSecond).sorted().toArray();
			double[] cpu = samples.stream().mapToDouble(Sample::cpuNanosPerOperation).sorted().toArray();
			double[] bytes = samples.stream().mapToDouble(Sample::bytesPerOperation).sorted().toArray();
			double[] hops = samples.stream().mapToDouble(Sample::threadHopShare).sorted().toArray();
			long[] latencies = samples.stream()
				.flatMapToLong((sample) -> Arrays.stream(sample.latenciesNanos()))
				.sorted()
				.toArray();
			return new Stats(samples.size(), median(ops), ops[0], ops[ops.length - 1], median(cpu), median(bytes),
					latencies[(int) Math.min(latencies.length - 1, Math.round(latencies.length * 0.50))],
					latencies[(int) Math.min(latencies.length - 1, Math.round(latencies.length * 0.99))], median(hops),
					p50(samples, false), p50(samples, true));
		}

		/** The median latency of the calls answered on the sending thread, or on another; 0 when there are none. */
		private static long p50(List<Sample> samples, boolean hopped) {
			long[] latencies = samples.stream().flatMapToLong((sample) -> IntStream
				.range(0, sample.latenciesNanos().length)
				.filter((call) -> sample.hopped()[call] == hopped)
				.mapToLong((call) -> sample.latenciesNanos()[call])).sorted().toArray();
			return (latencies.length == 0) ? 0 : latencies[latencies.length / 2];
		}

		private static double median(double[] sorted) {
			int middle = sorted.length / 2;
			return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
		}

	}

}
