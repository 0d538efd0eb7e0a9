package dev.litellm.spring.test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.litellm.spring.test.internal.KeyManagementApi;
import dev.litellm.spring.test.internal.ProxyResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * A stateful, in-memory fake of the LiteLLM proxy's virtual-key API ({@code /key/*}), served over real HTTP on a
 * loopback port. It keeps keys like the proxy's database does and answers every route with the status codes, bodies,
 * error envelopes and quirks of the real proxy, so a client can be tested end to end without one.
 * <pre>{@code
 * try (FakeLiteLlmProxy proxy = FakeLiteLlmProxy.builder().masterKey("sk-test-master").start()) {
 *     // point the client at proxy.baseUrl() with proxy.masterKey()
 *     proxy.failOnce("/key/generate", 503);      // inject a fault
 *     ...
 *     assertThat(proxy.lastRequest().changedBy()).isEqualTo("alice");
 * }
 * }</pre>
 * What it models: the master key and the virtual keys it generates (both authenticate; virtual keys act as
 * non-admin callers without a user, so they may read their own info and health), key rows with every column,
 * the deleted-keys table, grace periods after regeneration, soft-budget rows and object permissions. Teams, users,
 * organizations and projects are not modeled: any id is accepted and stored as given. The Enterprise licence is
 * on by default; {@link Builder#enterpriseLicensed(boolean)} turns it off, which makes virtual-key regeneration
 * fail with the proxy's 500.
 * <p>
 * Thread-safe. Every request is recorded ({@link #requests()}); faults can be injected per path
 * ({@link #inject(String, Fault)}). Time comes from a {@link Clock} that tests can replace ({@link #setClock(Clock)},
 * {@link #advanceClock(Duration)}) to exercise expiry and grace periods.
 */
public final class FakeLiteLlmProxy implements AutoCloseable {

	/** The master key used when none is configured. */
	public static final String DEFAULT_MASTER_KEY = "sk-fake-master-key";

	private static final String LOOPBACK = "127.0.0.1";

	private final int requestedPort;

	private final KeyManagementApi api;

	private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

	private final Map<String, List<FaultSlot>> faults = new ConcurrentHashMap<>();

	private volatile @Nullable DisposableServer server;

	private FakeLiteLlmProxy(Builder builder) {
		this.requestedPort = builder.port;
		this.api = new KeyManagementApi(builder.masterKey, builder.clock, builder.enterpriseLicensed);
	}

	/**
	 * Creates a fake with the default settings: an ephemeral port, {@link #DEFAULT_MASTER_KEY}, the system UTC
	 * clock, Enterprise features on. Call {@link #start()} before use.
	 */
	public FakeLiteLlmProxy() {
		this(builder());
	}

	/**
	 * Starts building a fake.
	 *
	 * @return a builder with the default settings
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Binds the server to the loopback interface and starts answering requests.
	 *
	 * @return this fake
	 * @throws IllegalStateException when it is already running
	 */
	public synchronized FakeLiteLlmProxy start() {
		if (this.server != null) {
			throw new IllegalStateException("The fake LiteLLM proxy is already running on " + baseUrl());
		}
		this.server = HttpServer.create()
			.host(LOOPBACK)
			.port(this.requestedPort)
			.handle(this::serve)
			.bindNow();
		return this;
	}

	/**
	 * Stops the server. The state is kept; the fake can be started again (on a new ephemeral port when configured
	 * with port 0).
	 */
	@Override
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
	 * The port the server listens on.
	 *
	 * @return the bound port
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
	 * The base URL to configure a client with, such as {@code http://127.0.0.1:54321}.
	 *
	 * @return the base URL, without a trailing slash
	 * @throws IllegalStateException when it is not running
	 */
	public String baseUrl() {
		return "http://" + LOOPBACK + ":" + port();
	}

	/**
	 * The master key that authenticates as proxy admin. A master-key rotation through
	 * {@code /key/regenerate} with {@code new_master_key} changes it; {@link #reset()} restores it.
	 *
	 * @return the current master key
	 */
	public String masterKey() {
		return this.api.masterKey();
	}

	/**
	 * Forgets all keys, deleted keys, recorded requests and faults, and restores the configured master key, clock
	 * and licence. The server keeps running on the same port.
	 */
	public void reset() {
		this.api.reset();
		this.requests.clear();
		this.faults.clear();
	}

	// ---------------------------------------------------------------- clock and licence

	/**
	 * The clock the fake reads "now" from.
	 *
	 * @return the clock
	 */
	public Clock clock() {
		return this.api.clock();
	}

	/**
	 * Replaces the clock, for instance with {@link Clock#fixed} or {@link Clock#offset}, to make keys expire or
	 * grace periods end.
	 *
	 * @param clock the new clock
	 */
	public void setClock(Clock clock) {
		this.api.setClock(Objects.requireNonNull(clock, "clock"));
	}

	/**
	 * Moves the clock forward (or back, with a negative duration).
	 *
	 * @param duration how far to move it
	 */
	public void advanceClock(Duration duration) {
		setClock(Clock.offset(clock(), duration));
	}

	/**
	 * Whether Enterprise features are enabled.
	 *
	 * @return the licence state
	 */
	public boolean isEnterpriseLicensed() {
		return this.api.isEnterpriseLicensed();
	}

	/**
	 * Enables or disables Enterprise features. Without a licence, regenerating a virtual key answers the proxy's
	 * 500 and the premium fields ({@code tags}, {@code guardrails}, ...) answer 403.
	 *
	 * @param licensed the licence state
	 */
	public void setEnterpriseLicensed(boolean licensed) {
		this.api.setEnterpriseLicensed(licensed);
	}

	// ---------------------------------------------------------------- state

	/**
	 * The number of keys in the key table (deleted keys not counted).
	 *
	 * @return the count
	 */
	public int keyCount() {
		return this.api.keyCount();
	}

	/**
	 * Whether a key exists in the key table.
	 *
	 * @param keyOrHash the raw {@code sk-} key or its SHA-256 hash
	 * @return {@code true} when it exists
	 */
	public boolean hasKey(String keyOrHash) {
		return this.api.hasKey(keyOrHash);
	}

	/**
	 * Sets a key's spend, as the proxy does when the key is used for LLM calls.
	 *
	 * @param keyOrHash the raw key or its hash
	 * @param spend the new spend
	 * @throws IllegalArgumentException when the key does not exist
	 */
	public void setSpend(String keyOrHash, double spend) {
		this.api.setSpend(keyOrHash, spend);
	}

	// ---------------------------------------------------------------- recording

	/**
	 * Every request received since the start or the last {@link #reset()}, oldest first.
	 *
	 * @return an immutable snapshot
	 */
	public List<RecordedRequest> requests() {
		return List.copyOf(this.requests);
	}

	/**
	 * The requests received for one path.
	 *
	 * @param path the decoded path, such as {@code /key/generate}
	 * @return an immutable snapshot, oldest first
	 */
	public List<RecordedRequest> requests(String path) {
		return this.requests.stream().filter(request -> request.path().equals(path)).toList();
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

	// ---------------------------------------------------------------- faults

	/**
	 * Injects a fault on a path. Faults on the same path apply in the order they were injected; a limited fault is
	 * removed once used up.
	 *
	 * @param path the exact decoded request path, such as {@code /key/generate}
	 * @param fault the fault
	 */
	public void inject(String path, Fault fault) {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(fault, "fault");
		this.faults.computeIfAbsent(path, key -> new CopyOnWriteArrayList<>()).add(new FaultSlot(fault));
	}

	/**
	 * Answers every request to a path with a status (and its reason phrase as a plain-text body).
	 *
	 * @param path the path
	 * @param status the HTTP status
	 */
	public void fail(String path, int status) {
		inject(path, Fault.status(status));
	}

	/**
	 * Answers the next request to a path with a status.
	 *
	 * @param path the path
	 * @param status the HTTP status
	 */
	public void failOnce(String path, int status) {
		inject(path, Fault.status(status).once());
	}

	/**
	 * Answers every request to a path with a status and a JSON body.
	 *
	 * @param path the path
	 * @param status the HTTP status
	 * @param jsonBody the body
	 */
	public void fail(String path, int status, String jsonBody) {
		inject(path, Fault.status(status).withJsonBody(jsonBody));
	}

	/**
	 * Delays every answer on a path.
	 *
	 * @param path the path
	 * @param delay the delay
	 */
	public void delay(String path, Duration delay) {
		inject(path, Fault.delay(delay));
	}

	/**
	 * Delays the next answer on a path.
	 *
	 * @param path the path
	 * @param delay the delay
	 */
	public void delayOnce(String path, Duration delay) {
		inject(path, Fault.delay(delay).once());
	}

	/**
	 * Removes every injected fault.
	 */
	public void clearFaults() {
		this.faults.clear();
	}

	private @Nullable Fault takeFault(String path) {
		List<FaultSlot> slots = this.faults.get(path);
		if (slots == null) {
			return null;
		}
		Iterator<FaultSlot> iterator = slots.iterator();
		while (iterator.hasNext()) {
			FaultSlot slot = iterator.next();
			if (slot.take()) {
				if (slot.usedUp()) {
					slots.remove(slot);
				}
				return slot.fault;
			}
		}
		return null;
	}

	/** A fault and how many more requests it applies to. */
	private static final class FaultSlot {

		final Fault fault;

		private int remaining;

		FaultSlot(Fault fault) {
			this.fault = fault;
			this.remaining = fault.times();
		}

		synchronized boolean take() {
			if (this.remaining < 0) {
				return true;
			}
			if (this.remaining == 0) {
				return false;
			}
			this.remaining--;
			return true;
		}

		synchronized boolean usedUp() {
			return this.remaining == 0;
		}

	}

	// ---------------------------------------------------------------- serving

	private Mono<Void> serve(HttpServerRequest request, HttpServerResponse response) {
		return request.receive()
			.aggregate()
			.asString(StandardCharsets.UTF_8)
			.defaultIfEmpty("")
			.flatMap(body -> {
				RecordedRequest recorded = record(request, body);
				this.requests.add(recorded);
				Fault fault = takeFault(recorded.path());
				if (fault == null) {
					return respond(response, this.api.handle(recorded));
				}
				Mono<Void> wait = fault.delayDuration().isZero() ? Mono.empty()
						: Mono.delay(fault.delayDuration()).then();
				if (fault.isDisconnect()) {
					return wait.then(Mono.fromRunnable(() -> response.withConnection(Connection::dispose)));
				}
				if (fault.status() == null) {
					return wait.then(Mono.defer(() -> respond(response, this.api.handle(recorded))));
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
			.forEach(header -> headers.computeIfAbsent(header.getKey(), name -> new ArrayList<>())
				.add(header.getValue()));
		return new RecordedRequest(request.method().name(), decoder.path(), decoder.parameters(), headers, body,
				clock().instant());
	}

	private static Mono<Void> respond(HttpServerResponse response, ProxyResponse answer) {
		response.status(answer.status());
		response.header(HttpHeaderNames.CONTENT_TYPE, answer.contentType());
		answer.headers().forEach(response::header);
		return response.sendString(Mono.just(answer.body()), StandardCharsets.UTF_8).then();
	}

	// ---------------------------------------------------------------- builder

	/**
	 * Configures a {@link FakeLiteLlmProxy}. Reusable: every {@link #build()} creates a new, independent fake.
	 */
	public static final class Builder {

		private int port;

		private String masterKey = DEFAULT_MASTER_KEY;

		private Clock clock = Clock.systemUTC();

		private boolean enterpriseLicensed = true;

		private Builder() {
		}

		/**
		 * The loopback port to listen on.
		 *
		 * @param port the port, or 0 (the default) for an ephemeral one
		 * @return this builder
		 */
		public Builder port(int port) {
			if (port < 0 || port > 65535) {
				throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
			}
			this.port = port;
			return this;
		}

		/**
		 * The master key.
		 *
		 * @param masterKey the key; LiteLLM master keys start with {@code sk-}
		 * @return this builder
		 */
		public Builder masterKey(String masterKey) {
			if (masterKey == null || masterKey.isBlank()) {
				throw new IllegalArgumentException("masterKey must not be blank");
			}
			this.masterKey = masterKey;
			return this;
		}

		/**
		 * The clock for expiry, grace periods and timestamps.
		 *
		 * @param clock the clock; the default is {@link Clock#systemUTC()}
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = Objects.requireNonNull(clock, "clock");
			return this;
		}

		/**
		 * Whether Enterprise features are licensed (the default) or not.
		 *
		 * @param licensed the licence state
		 * @return this builder
		 */
		public Builder enterpriseLicensed(boolean licensed) {
			this.enterpriseLicensed = licensed;
			return this;
		}

		/**
		 * Creates the fake without starting it.
		 *
		 * @return a new fake
		 */
		public FakeLiteLlmProxy build() {
			return new FakeLiteLlmProxy(this);
		}

		/**
		 * Creates and starts the fake.
		 *
		 * @return a new running fake
		 */
		public FakeLiteLlmProxy start() {
			return build().start();
		}

	}

}
