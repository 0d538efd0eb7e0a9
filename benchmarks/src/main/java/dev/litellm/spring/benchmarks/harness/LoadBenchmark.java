package dev.litellm.spring.benchmarks.harness;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import dev.litellm.spring.benchmarks.clients.BenchClient;
import dev.litellm.spring.benchmarks.clients.ClientResources;
import dev.litellm.spring.benchmarks.stub.StubProxy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A bounded load run per client: a fixed number of mixed calls ({@code keyInfo}, {@code generateKey},
 * {@code listKeys} in turn) at high concurrency against the stub. It passes when no call failed, the stub
 * answered exactly as many requests as the client completed (per path too), no request was malformed, and the
 * client's connection pool is back to zero acquired connections afterwards.
 */
public final class LoadBenchmark {

	private static final Logger logger = LoggerFactory.getLogger(LoadBenchmark.class);

	private LoadBenchmark() {
	}

	/**
	 * Runs the load test.
	 * @param args {@code --out=DIR --calls=20000 --concurrency=256 --clients=ours,floor,peer}
	 */
	public static void main(String[] args) {
		Arguments arguments = new Arguments(args);
		ResultTable table = ResultTable.in(arguments);
		int calls = arguments.integer("calls", 20_000);
		int concurrency = arguments.integer("concurrency", 256);
		try (StubProxy stub = StubProxy.start();
				ClientResources resources = new ClientResources(Runtime.getRuntime().availableProcessors())) {
			List<BenchClient> clients = Clients.create(stub.baseUrl(), resources,
					arguments.list("clients", "floor,ours,peer"));
			for (BenchClient client : clients) {
				client.verify();
				stub.reset();
				AtomicLong answered = new AtomicLong();
				AtomicLong failed = new AtomicLong();
				long start = System.nanoTime();
				Flux.range(0, calls)
					.flatMap((index) -> call(client, index).doOnNext((value) -> answered.incrementAndGet())
						.onErrorResume((ex) -> {
							failed.incrementAndGet();
							return Mono.empty();
						}), concurrency)
					.then()
					.block(Duration.ofMinutes(10));
				double seconds = (System.nanoTime() - start) / 1e9;
				int acquired = awaitReleased(resources, client.name());
				long stubCount = stub.totalRequests();
				Map<String, Long> perPath = stub.counts();
				boolean pathsMatch = perPath.getOrDefault("/key/info", 0L) == expected(calls, 0)
						&& perPath.getOrDefault("/key/generate", 0L) == expected(calls, 1)
						&& perPath.getOrDefault("/key/list", 0L) == expected(calls, 2);
				boolean pass = failed.get() == 0 && answered.get() == calls && stubCount == calls && pathsMatch
						&& stub.malformedRequests() == 0 && acquired == 0;
				String notes = ResultTable.format(
						"errors %d; client answered %d; stub counted %d %s; malformed %d; acquired connections after %d (open %d)",
						failed.get(), answered.get(), stubCount, perPath, stub.malformedRequests(), acquired,
						resources.allocatedConnections(client.name()));
				table.row("load", ResultTable.format("%,d mixed calls, c=%d", calls, concurrency), client.name(),
						pass ? "PASS" : "FAIL", "", "", "", "", "", "",
						ResultTable.format("%.0f calls/s; %s", calls / seconds, notes));
				logger.info("load {}: {} in {} s; {}", client.name(), pass ? "PASS" : "FAIL",
						ResultTable.format("%.1f", seconds), notes);
			}
			clients.forEach(BenchClient::close);
		}
	}

	private static Mono<?> call(BenchClient client, int index) {
		return switch (index % 3) {
			case 0 -> client.keyInfo();
			case 1 -> client.generateKey();
			default -> client.listKeys();
		};
	}

	private static long expected(int calls, int remainder) {
		return (calls - remainder + 2) / 3;
	}

	private static int awaitReleased(ClientResources resources, String pool) {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		int acquired = resources.acquiredConnections(pool);
		while (acquired != 0 && System.nanoTime() < deadline) {
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			acquired = resources.acquiredConnections(pool);
		}
		return acquired;
	}

}
