package dev.litellm.spring.benchmarks.harness;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.litellm.spring.benchmarks.boot.BenchmarkApplication;
import dev.litellm.spring.benchmarks.clients.BenchClient;
import dev.litellm.spring.benchmarks.stub.StubBodies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What each client costs per call on its own: every client runs on an {@link InMemoryConnector}, so a call is
 * building and encoding the request, the client's operators and filters, and decoding the answer, all on one
 * thread with no socket and no event loop. Without the network's noise the differences between clients show
 * to within a few percent, where the throughput runs move by ten. Rounds run interleaved (client order
 * rotating); the cost is the median round's CPU time per call of the calling thread with its min and max, bytes
 * allocated per call on the calling thread, and the whole process's CPU time per call (which adds what the call
 * makes other threads do, such as waking a timer thread, but also garbage collection and compilation).
 */
public final class CallCostBenchmark {

	private static final Logger logger = LoggerFactory.getLogger(CallCostBenchmark.class);

	private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

	private static final com.sun.management.OperatingSystemMXBean PROCESS = (com.sun.management.OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	private final Arguments arguments;

	private final ResultTable table;

	private CallCostBenchmark(Arguments arguments) {
		this.arguments = arguments;
		this.table = ResultTable.in(arguments);
	}

	/**
	 * Runs the benchmark.
	 * @param args {@code --out=DIR --rounds=7 --round-seconds=1 --warmup-seconds=3
	 * --operations=keyInfo,generateKey,listKeys --modes=reactive,blocking --clients=floor,ours,peer}, and
	 * {@code --boot-clients=NAME,...} for this client in Boot applications (properties from {@code --app.NAME=})
	 */
	public static void main(String[] args) {
		new CallCostBenchmark(new Arguments(args)).run();
	}

	private void run() {
		StubBodies bodies = StubBodies.create();
		List<BenchClient> clients = new ArrayList<>(Clients.create("http://stub.invalid",
				(name) -> new InMemoryConnector(bodies), this.arguments.list("clients", "floor,ours,peer")));
		List<BenchmarkApplication> applications = new ArrayList<>();
		for (String name : this.arguments.list("boot-clients", "")) {
			BenchmarkApplication application = BenchmarkApplication.start(name, "http://stub.invalid",
					BootThroughputBenchmark.applicationProperties(this.arguments, name), new InMemoryConnector(bodies));
			applications.add(application);
			clients.add(application.client());
		}
		for (BenchClient client : clients) {
			List<String> problems = client.verify();
			if (!problems.isEmpty()) {
				throw new IllegalStateException(client.name() + " does not decode the stub's bodies: " + problems);
			}
		}
		List<String> operations = this.arguments.list("operations", "keyInfo,generateKey,listKeys");
		List<String> modes = this.arguments.list("modes", "reactive,blocking");
		double warmupSeconds = this.arguments.decimal("warmup-seconds", 3);
		for (String operation : operations) {
			for (String mode : modes) {
				for (BenchClient client : clients) {
					runFor(call(client, operation, mode), warmupSeconds);
				}
			}
		}
		for (String operation : operations) {
			for (String mode : modes) {
				measure(operation, mode, clients);
			}
		}
		clients.forEach(BenchClient::close);
		applications.forEach(BenchmarkApplication::close);
	}

	private void measure(String operation, String mode, List<BenchClient> clients) {
		int rounds = this.arguments.integer("rounds", 7);
		double roundSeconds = this.arguments.decimal("round-seconds", 1);
		Map<BenchClient, Integer> calls = new LinkedHashMap<>();
		Map<BenchClient, List<Round>> results = new LinkedHashMap<>();
		for (BenchClient client : clients) {
			Round probe = runFor(call(client, operation, mode), 0.2);
			calls.put(client, (int) Math.max(100, roundSeconds * 1e9 / probe.cpuNanosPerCall()));
			results.put(client, new ArrayList<>());
		}
		System.gc();
		for (int round = 0; round < rounds; round++) {
			for (int i = 0; i < clients.size(); i++) {
				BenchClient client = clients.get((i + round) % clients.size());
				results.get(client).add(runCalls(call(client, operation, mode), calls.get(client)));
			}
		}
		double floorCost = 0;
		double floorBytes = 0;
		for (BenchClient client : clients) {
			double[] costs = results.get(client).stream().mapToDouble(Round::cpuNanosPerCall).sorted().toArray();
			double[] bytes = results.get(client).stream().mapToDouble(Round::bytesPerCall).sorted().toArray();
			double[] processCosts = results.get(client)
				.stream()
				.mapToDouble(Round::processCpuNanosPerCall)
				.sorted()
				.toArray();
			double processCost = processCosts[processCosts.length / 2];
			double cost = costs[costs.length / 2];
			double allocated = bytes[bytes.length / 2];
			if (client.name().equals("floor")) {
				floorCost = cost;
				floorBytes = allocated;
			}
			this.table.row("call cost, in memory", operation + " " + mode, client.name(),
					ResultTable.format("%.1f us/op", cost / 1000),
					ResultTable.format("%.1f-%.1f", costs[0] / 1000, costs[costs.length - 1] / 1000),
					(floorCost > 0) ? ResultTable.format("%.2fx", floorCost / cost) : "", "", "",
					ResultTable.format("%.1f", allocated / 1024),
					(floorBytes > 0) ? ResultTable.format("%.2fx", allocated / floorBytes) : "",
					ResultTable.format("%d x %d calls; vs floor = floor's cost / this cost; whole process %.1f us/op",
							rounds, calls.get(client), processCost / 1000));
			logger.info("{} {} {}: {} us/op [{}-{}], {} KB/op, whole process {} us/op", operation, mode, client.name(),
					ResultTable.format("%.2f", cost / 1000), ResultTable.format("%.2f", costs[0] / 1000),
					ResultTable.format("%.2f", costs[costs.length - 1] / 1000),
					ResultTable.format("%.1f", allocated / 1024), ResultTable.format("%.2f", processCost / 1000));
		}
	}

	private static Supplier<Object> call(BenchClient client, String operation, String mode) {
		boolean blocking = mode.equals("blocking");
		return switch (operation) {
			case "keyInfo" -> blocking ? client::keyInfoBlocking : () -> client.keyInfo().block();
			case "generateKey" -> blocking ? client::generateKeyBlocking : () -> client.generateKey().block();
			case "listKeys" -> blocking ? client::listKeysBlocking : () -> client.listKeys().block();
			default -> throw new IllegalArgumentException("unknown operation " + operation);
		};
	}

	private static Round runFor(Supplier<Object> call, double seconds) {
		long deadline = System.nanoTime() + (long) (seconds * 1e9);
		Round last;
		do {
			last = runCalls(call, 200);
		}
		while (System.nanoTime() < deadline);
		return last;
	}

	private static Round runCalls(Supplier<Object> call, int calls) {
		long thread = Thread.currentThread().getId();
		long bytesBefore = THREADS.getThreadAllocatedBytes(thread);
		long cpuBefore = THREADS.getCurrentThreadCpuTime();
		long processBefore = PROCESS.getProcessCpuTime();
		for (int i = 0; i < calls; i++) {
			if (call.get() == null) {
				throw new IllegalStateException("a call answered nothing");
			}
		}
		long cpu = THREADS.getCurrentThreadCpuTime() - cpuBefore;
		long process = PROCESS.getProcessCpuTime() - processBefore;
		long bytes = THREADS.getThreadAllocatedBytes(thread) - bytesBefore;
		return new Round((double) cpu / calls, (double) bytes / calls, (double) process / calls);
	}

	private record Round(double cpuNanosPerCall, double bytesPerCall, double processCpuNanosPerCall) {
	}

}
