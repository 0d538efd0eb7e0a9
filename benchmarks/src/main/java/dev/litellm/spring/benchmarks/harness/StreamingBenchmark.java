package dev.litellm.spring.benchmarks.harness;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dev.litellm.spring.benchmarks.clients.BenchClient;
import dev.litellm.spring.benchmarks.clients.ClientResources;
import dev.litellm.spring.benchmarks.ours.OursClient;
import dev.litellm.spring.benchmarks.stub.StubBodies;
import dev.litellm.spring.benchmarks.stub.StubProxy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;

/**
 * Streams every key of a 100,000-key listing (1,000 pages of 100 full objects) through one client, in a JVM that
 * {@code run.sh} starts with a small heap ({@code -Xmx64m}). It checks that the stream completes with every key
 * in order, that the stub saw the pages one at a time and in order, and how far page requests ran ahead of the
 * consumer; it reports the heap's peak (sum of the heap pools' peaks) and the live heap after a full GC at 10,000
 * and at 90,000 keys, whose difference is what the stream retains per key consumed.
 */
public final class StreamingBenchmark {

	private static final Logger logger = LoggerFactory.getLogger(StreamingBenchmark.class);

	private static final long EARLY_MARK = 10_000;

	private static final long LATE_MARK = 90_000;

	private StreamingBenchmark() {
	}

	/**
	 * Runs one streaming case.
	 * @param args {@code --out=DIR --client=ours|floor --api=flux|stream}
	 */
	public static void main(String[] args) {
		Arguments arguments = new Arguments(args);
		ResultTable table = ResultTable.in(arguments);
		String clientName = arguments.string("client", "ours");
		String api = arguments.string("api", "flux");
		try (StubProxy stub = StubProxy.startStreaming(); ClientResources resources = new ClientResources(2)) {
			BenchClient client = Clients.create(stub.baseUrl(), resources, List.of(clientName)).get(0);
			AtomicLong consumed = new AtomicLong();
			long[] liveHeap = new long[2];
			stub.consumedKeys(consumed::get);
			System.gc();
			List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans()
				.stream()
				.filter((pool) -> pool.getType() == MemoryType.HEAP)
				.toList();
			heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
			long start = System.nanoTime();
			long[] outOfOrder = new long[1];
			java.util.function.Consumer<String> consumer = (alias) -> {
				long index = consumed.get();
				if (!alias.equals("stream-" + index)) {
					outOfOrder[0]++;
				}
				long count = consumed.incrementAndGet();
				if (count == EARLY_MARK) {
					liveHeap[0] = liveHeapAfterGc();
				}
				else if (count == LATE_MARK) {
					liveHeap[1] = liveHeapAfterGc();
				}
			};
			if (api.equals("stream")) {
				if (!(client instanceof OursClient ours)) {
					throw new IllegalArgumentException("only the project's client has a blocking Stream");
				}
				try (Stream<String> aliases = ours.streamKeyAliasesBlocking()) {
					aliases.forEach(consumer);
				}
			}
			else {
				Flux<String> aliases = client.streamKeyAliases();
				if (aliases == null) {
					throw new IllegalArgumentException(clientName + " has no streaming form");
				}
				aliases.doOnNext(consumer).then().block(Duration.ofMinutes(10));
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			long peakHeap = heapPools.stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
			long maxHeap = Runtime.getRuntime().maxMemory();
			List<Integer> pages = stub.pageOrder();
			boolean inOrder = pages.equals(IntStream.rangeClosed(1, pages.size()).boxed().toList());
			boolean complete = consumed.get() == StubBodies.STREAM_TOTAL && outOfOrder[0] == 0;
			boolean pass = complete && inOrder && stub.maxListInFlight() == 1;
			String notes = ResultTable.format(
					"%d keys (%d out of order); %d page requests, in order: %s; max in flight %d; "
							+ "max lead %d keys; peak heap %.1f MB of %.0f MB max; live heap after GC %.1f MB at 10k keys, %.1f MB at 90k",
					consumed.get(), outOfOrder[0], pages.size(), inOrder, stub.maxListInFlight(), stub.maxLeadKeys(),
					peakHeap / 1048576.0, maxHeap / 1048576.0, liveHeap[0] / 1048576.0, liveHeap[1] / 1048576.0);
			table.row("streaming", "100,000 keys, " + api + ", -Xmx" + (maxHeap / 1048576) + "m", clientName,
					pass ? "PASS" : "FAIL", "", "", "", "", "", "",
					ResultTable.format("%.0f keys/s; %s", consumed.get() / seconds, notes));
			logger.info("streaming {} {}: {} in {} s; {}", clientName, api, pass ? "PASS" : "FAIL",
					ResultTable.format("%.1f", seconds), notes);
			client.close();
		}
	}

	private static long liveHeapAfterGc() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
