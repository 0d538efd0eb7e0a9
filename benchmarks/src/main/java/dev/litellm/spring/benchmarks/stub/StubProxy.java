package dev.litellm.spring.benchmarks.stub;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.reactivestreams.Publisher;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.resources.LoopResources;

/**
 * A LiteLLM proxy stub on loopback (Reactor Netty {@link HttpServer}, ephemeral port, its own event-loop thread
 * named {@code stub-*} so the harness can leave its allocations out). In the fixed mode it answers
 * {@code GET /key/info}, {@code POST /key/generate} and {@code GET /key/list} with byte arrays encoded once at
 * startup, so a request costs the stub no JSON work. In the streaming mode {@code /key/list} serves page
 * {@code n} of 100,000 keys and records the order of the page requests, how many were in flight at once, and
 * how far each request ran ahead of what the consumer had taken.
 */
public final class StubProxy implements AutoCloseable {

	/** Thread-name prefix of the stub's event loop. */
	public static final String THREAD_PREFIX = "stub-";

	private final StubBodies bodies;

	private final boolean streaming;

	private final LoopResources loops;

	private final DisposableServer server;

	private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

	private final LongAdder malformed = new LongAdder();

	private final AtomicInteger listInFlight = new AtomicInteger();

	private final AtomicInteger maxListInFlight = new AtomicInteger();

	private final ConcurrentLinkedQueue<Integer> pageOrder = new ConcurrentLinkedQueue<>();

	private final AtomicLong maxLead = new AtomicLong();

	private volatile LongSupplier consumed = () -> Long.MAX_VALUE;

	private StubProxy(boolean streaming) {
		this.bodies = StubBodies.create();
		this.streaming = streaming;
		this.loops = LoopResources.create(THREAD_PREFIX + "loop", 1, true);
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.runOn(this.loops)
			.handle(this::handle)
			.bindNow();
	}

	/**
	 * Starts the stub serving fixed bodies.
	 * @return the running stub
	 */
	public static StubProxy start() {
		return new StubProxy(false);
	}

	/**
	 * Starts the stub serving 1,000 distinct pages of 100 keys on {@code /key/list}.
	 * @return the running stub
	 */
	public static StubProxy startStreaming() {
		return new StubProxy(true);
	}

	/**
	 * The base URL to give a client.
	 * @return {@code http://127.0.0.1:<port>}
	 */
	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.port();
	}

	/**
	 * Tells the streaming mode how many keys the consumer has taken, to measure how far page requests run ahead.
	 * @param consumedKeys the consumer's running count
	 */
	public void consumedKeys(LongSupplier consumedKeys) {
		this.consumed = consumedKeys;
	}

	/**
	 * Requests answered per path since the last {@link #reset()}.
	 * @return path to count, sorted
	 */
	public Map<String, Long> counts() {
		Map<String, Long> snapshot = new TreeMap<>();
		this.counts.forEach((path, count) -> snapshot.put(path, count.sum()));
		return snapshot;
	}

	/**
	 * All requests answered since the last {@link #reset()}.
	 * @return the total
	 */
	public long totalRequests() {
		return this.counts.values().stream().mapToLong(LongAdder::sum).sum();
	}

	/**
	 * Requests without {@code Authorization: Bearer}, or with a raw {@code sk-} key in the URL.
	 * @return the count since the last {@link #reset()}
	 */
	public long malformedRequests() {
		return this.malformed.sum();
	}

	/**
	 * The most {@code /key/list} requests in flight at once.
	 * @return the maximum since the last {@link #reset()}
	 */
	public int maxListInFlight() {
		return this.maxListInFlight.get();
	}

	/**
	 * The {@code page} of each {@code /key/list} request, in arrival order.
	 * @return the pages
	 */
	public List<Integer> pageOrder() {
		return List.copyOf(this.pageOrder);
	}

	/**
	 * The most keys that had been requested from the stub but not yet taken by the consumer, measured when each
	 * page request arrived (0 means each page was requested only after the previous one was fully consumed).
	 * @return the maximum lead in keys
	 */
	public long maxLeadKeys() {
		return this.maxLead.get();
	}

	/** Clears the counters. */
	public void reset() {
		this.counts.clear();
		this.malformed.reset();
		this.maxListInFlight.set(0);
		this.pageOrder.clear();
		this.maxLead.set(0);
	}

	@Override
	public void close() {
		this.server.disposeNow();
		this.loops.dispose();
	}

	private Publisher<Void> handle(HttpServerRequest request, HttpServerResponse response) {
		String path = request.fullPath();
		this.counts.computeIfAbsent(path, (p) -> new LongAdder()).increment();
		String authorization = request.requestHeaders().get(HttpHeaderNames.AUTHORIZATION);
		if (authorization == null || !authorization.startsWith("Bearer ") || request.uri().contains("sk-")) {
			this.malformed.increment();
		}
		HttpMethod method = request.method();
		if (method == HttpMethod.GET && path.equals("/key/info")) {
			return send(response, this.bodies.keyInfo());
		}
		if (method == HttpMethod.POST && path.equals("/key/generate")) {
			return send(response, this.bodies.generateKey());
		}
		if (method == HttpMethod.GET && path.equals("/key/list")) {
			return this.streaming ? streamPage(request, response) : send(response, this.bodies.listPage());
		}
		return response.status(HttpResponseStatus.NOT_FOUND).send();
	}

	private Publisher<Void> streamPage(HttpServerRequest request, HttpServerResponse response) {
		int inFlight = this.listInFlight.incrementAndGet();
		this.maxListInFlight.accumulateAndGet(inFlight, Math::max);
		Map<String, List<String>> query = new QueryStringDecoder(request.uri()).parameters();
		int page = Integer.parseInt(query.getOrDefault("page", List.of("1")).get(0));
		int size = Integer.parseInt(query.getOrDefault("size", List.of("10")).get(0));
		this.pageOrder.add(page);
		long requestedBefore = (long) (page - 1) * size;
		this.maxLead.accumulateAndGet(requestedBefore - Math.min(requestedBefore, this.consumed.getAsLong()), Math::max);
		byte[] body = StubBodies.streamPage(page, size);
		return send(response, body).then().doFinally((signal) -> this.listInFlight.decrementAndGet());
	}

	private static reactor.core.publisher.Mono<Void> send(HttpServerResponse response, byte[] body) {
		return response.header(HttpHeaderNames.CONTENT_TYPE, "application/json")
			.header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(body.length))
			.sendObject(Unpooled.wrappedBuffer(body))
			.then();
	}

}
