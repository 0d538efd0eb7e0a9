package dev.litellm.spring.benchmarks.clients;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionPoolMetrics;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * What every client shares so that they compete on equal terms: one client event loop (threads named
 * {@code bench-client-*}) and, per client, a connection pool of the same size whose metrics the load harness
 * reads.
 */
public final class ClientResources implements AutoCloseable {

	/** Maximum connections of each client's pool. */
	public static final int MAX_CONNECTIONS = 256;

	private final LoopResources loops;

	private final List<ConnectionProvider> providers = new CopyOnWriteArrayList<>();

	private final Map<String, List<ConnectionPoolMetrics>> poolMetrics = new ConcurrentHashMap<>();

	/**
	 * Creates the shared event loop.
	 * @param eventLoopThreads the number of client event-loop threads
	 */
	public ClientResources(int eventLoopThreads) {
		this.loops = LoopResources.create("bench-client", eventLoopThreads, true);
	}

	/**
	 * A Reactor Netty client on the shared event loop with its own pool of {@link #MAX_CONNECTIONS}.
	 * @param poolName the pool's name, also the key of {@link #acquiredConnections(String)}
	 * @return the client
	 */
	public HttpClient httpClient(String poolName) {
		ConnectionProvider provider = ConnectionProvider.builder(poolName)
			.maxConnections(MAX_CONNECTIONS)
			.pendingAcquireMaxCount(-1)
			.metrics(true, () -> (name, id, remoteAddress, metrics) -> this.poolMetrics
				.computeIfAbsent(name, (key) -> new CopyOnWriteArrayList<>())
				.add(metrics))
			.build();
		this.providers.add(provider);
		return HttpClient.create(provider).runOn(this.loops);
	}

	/**
	 * Connections currently acquired (in use) from a pool, over all remote addresses.
	 * @param poolName the pool's name
	 * @return the count; 0 when the pool never connected
	 */
	public int acquiredConnections(String poolName) {
		return this.poolMetrics.getOrDefault(poolName, List.of())
			.stream()
			.mapToInt(ConnectionPoolMetrics::acquiredSize)
			.sum();
	}

	/**
	 * Connections currently open in a pool, acquired or idle.
	 * @param poolName the pool's name
	 * @return the count
	 */
	public int allocatedConnections(String poolName) {
		return this.poolMetrics.getOrDefault(poolName, List.of())
			.stream()
			.mapToInt(ConnectionPoolMetrics::allocatedSize)
			.sum();
	}

	@Override
	public void close() {
		this.providers.forEach((provider) -> provider.disposeLater().block());
		this.loops.disposeLater().block();
	}

}
