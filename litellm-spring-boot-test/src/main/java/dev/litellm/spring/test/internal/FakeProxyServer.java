package dev.litellm.spring.test.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.litellm.spring.test.Fault;
import dev.litellm.spring.test.RecordedRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.QueryStringDecoder;
import reactor.core.publisher.Mono;
import org.jspecify.annotations.Nullable;
import reactor.netty.Connection;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * The fake's HTTP server on the loopback interface: reads a whole request, records it, applies the fault injected
 * on its path if any, and otherwise writes the answer of the {@link ProxyRequestHandler}.
 */
public final class FakeProxyServer {

	private static final String LOOPBACK = "127.0.0.1";

	private final ProxyRequestHandler handler;

	private final ProxySettings settings;

	private final int requestedPort;

	private final FaultSchedule faults = new FaultSchedule();

	private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

	private volatile @Nullable DisposableServer server;

	/**
	 * Creates the server, not started.
	 *
	 * @param handler what answers requests
	 * @param settings the settings, for the clock that stamps recorded requests
	 * @param port the port to listen on, 0 for an ephemeral one
	 */
	public FakeProxyServer(ProxyRequestHandler handler, ProxySettings settings, int port) {
		this.handler = handler;
		this.settings = settings;
		this.requestedPort = port;
	}

	/**
	 * Binds to the loopback interface and starts answering requests.
	 *
	 * @throws IllegalStateException when it is already running
	 */
	public synchronized void start() {
		if (this.server != null) {
			throw new IllegalStateException("The fake LiteLLM proxy is already running on " + baseUrl());
		}
		this.server = HttpServer.create().host(LOOPBACK).port(this.requestedPort).handle(this::serve).bindNow();
	}

	/** Stops the server, when it runs. */
	public synchronized void close() {
		DisposableServer running = this.server;
		this.server = null;
		if (running != null) {
			running.disposeNow();
		}
	}

	/**
	 * Whether the server is running.
	 *
	 * @return {@code true} between {@link #start()} and {@link #close()}
	 */
	public boolean isRunning() {
		return this.server != null;
	}

	/**
	 * The bound port.
	 *
	 * @return the port
	 * @throws IllegalStateException when it is not running
	 */
	public int port() {
		DisposableServer running = this.server;
		if (running == null) {
			throw new IllegalStateException("The fake LiteLLM proxy is not running");
		}
		return running.port();
	}

	/**
	 * The base URL, such as {@code http://127.0.0.1:54321}.
	 *
	 * @return the base URL, without a trailing slash
	 * @throws IllegalStateException when it is not running
	 */
	public String baseUrl() {
		return "http://" + LOOPBACK + ":" + port();
	}

	/**
	 * The injected faults.
	 *
	 * @return the fault schedule
	 */
	public FaultSchedule faults() {
		return this.faults;
	}

	/**
	 * The requests received, oldest first.
	 *
	 * @return an immutable snapshot
	 */
	public List<RecordedRequest> requests() {
		return List.copyOf(this.requests);
	}

	/**
	 * The requests received for one path, oldest first.
	 *
	 * @param path the decoded path
	 * @return an immutable snapshot
	 */
	public List<RecordedRequest> requests(String path) {
		return this.requests.stream().filter((request) -> request.path().equals(path)).toList();
	}

	/** Forgets the recorded requests and the injected faults. */
	public void forgetRequestsAndFaults() {
		this.requests.clear();
		this.faults.clear();
	}

	/**
	 * The most recent request.
	 *
	 * @return the request
	 * @throws IllegalStateException when no request was received
	 */
	public RecordedRequest lastRequest() {
		List<RecordedRequest> snapshot = requests();
		if (snapshot.isEmpty()) {
			throw new IllegalStateException("The fake LiteLLM proxy has received no request");
		}
		return snapshot.get(snapshot.size() - 1);
	}

	private Mono<Void> serve(HttpServerRequest request, HttpServerResponse response) {
		return request.receive()
			.aggregate()
			.asString(StandardCharsets.UTF_8)
			.defaultIfEmpty("")
			.flatMap((body) -> {
				RecordedRequest recorded = record(request, body);
				this.requests.add(recorded);
				Fault fault = this.faults.take(recorded.path());
				if (fault == null) {
					return respond(response, this.handler.handle(recorded));
				}
				Mono<Void> wait = fault.delayDuration().isZero() ? Mono.empty()
						: Mono.delay(fault.delayDuration()).then();
				if (fault.isDisconnect()) {
					return wait.then(Mono.fromRunnable(() -> response.withConnection(Connection::dispose)));
				}
				if (fault.status() == null) {
					return wait.then(Mono.defer(() -> respond(response, this.handler.handle(recorded))));
				}
				ProxyResponse injected = new ProxyResponse(fault.status(), fault.contentType(), fault.body(),
						fault.headers());
				return wait.then(Mono.defer(() -> respond(response, injected)));
			});
	}

	private RecordedRequest record(HttpServerRequest request, String body) {
		QueryStringDecoder decoder = new QueryStringDecoder(request.uri(), StandardCharsets.UTF_8);
		Map<String, List<String>> headers = new LinkedHashMap<>();
		request.requestHeaders()
			.forEach((header) -> headers.computeIfAbsent(header.getKey(), (name) -> new ArrayList<>())
				.add(header.getValue()));
		return new RecordedRequest(request.method().name(), decoder.path(), decoder.parameters(), headers, body,
				this.settings.clock().instant());
	}

	private static Mono<Void> respond(HttpServerResponse response, ProxyResponse answer) {
		response.status(answer.status());
		response.header(HttpHeaderNames.CONTENT_TYPE, answer.contentType());
		answer.headers().forEach(response::header);
		return response.sendString(Mono.just(answer.body()), StandardCharsets.UTF_8).then();
	}

}
