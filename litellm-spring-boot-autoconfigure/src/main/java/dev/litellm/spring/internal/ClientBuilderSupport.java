package dev.litellm.spring.internal;

import java.time.Duration;
import java.util.function.Consumer;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The settings every LiteLLM API client's builder shares: where the proxy is, how to authenticate, and the HTTP
 * stack (connector, pool, timeouts, TLS, response size, observation, WebClient customization). An API's builder
 * extends it and adds its own settings.
 *
 * @param <B> the builder's own type
 */
public abstract class ClientBuilderSupport<B extends ClientBuilderSupport<B>> implements Cloneable {

	private @Nullable String baseUrl;

	private @Nullable String apiKey;

	private WebClient.@Nullable Builder webClientBuilder;

	private @Nullable ClientHttpConnector clientConnector;

	private Duration connectTimeout = ClientDefaults.CONNECT_TIMEOUT;

	private Duration readTimeout = ClientDefaults.READ_TIMEOUT;

	private int maxConnections = ClientDefaults.MAX_CONNECTIONS;

	private Duration pendingAcquireTimeout = ClientDefaults.PENDING_ACQUIRE_TIMEOUT;

	private int maxPendingAcquires = ClientDefaults.MAX_PENDING_ACQUIRES;

	private @Nullable Duration callTimeout;

	private Duration maxIdleTime = ClientDefaults.MAX_IDLE_TIME;

	private Duration maxLifeTime = ClientDefaults.MAX_LIFE_TIME;

	private HttpStack.@Nullable Tls tls;

	private int maxResponseSize = ClientDefaults.MAX_RESPONSE_SIZE;

	/** The client's name, the {@code litellm.client} key value of its operation observations. */
	protected String name = "default";

	/** Where the operation and HTTP observations are recorded. */
	protected ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

	private boolean httpClientRequestsObservation;

	private Consumer<WebClient.Builder> webClientCustomizer = (builder) -> {
	};

	/**
	 * Create a builder with the defaults of {@link ClientDefaults}.
	 */
	protected ClientBuilderSupport() {
	}

	/**
	 * The proxy's base URL, for example {@code https://litellm.example.com} (a path prefix is kept).
	 * @param baseUrl an absolute http or https URL; {@link #checkedBaseUrl()} refuses a missing or malformed one
	 * @return this builder
	 */
	public B baseUrl(@Nullable String baseUrl) {
		this.baseUrl = baseUrl;
		return self();
	}

	/**
	 * The key the client calls the proxy with: the master key or a virtual key allowed to call the API.
	 * @param apiKey the key; {@link #checkedApiKey()} refuses a missing or malformed one
	 * @return this builder
	 */
	public B apiKey(@Nullable String apiKey) {
		this.apiKey = apiKey;
		return self();
	}

	/**
	 * A {@link WebClient.Builder} to start from, such as Spring Boot's, so that its codecs, filters,
	 * customizations and observation registry apply. It is cloned; the given builder is not changed. Its
	 * connector, base URL and JSON codecs are replaced by this client's own (pool, timeouts, the proxy's JSON
	 * format); to choose the connector, use {@link #clientConnector(ClientHttpConnector)}.
	 * @param webClientBuilder the builder
	 * @return this builder
	 */
	public B webClientBuilder(WebClient.Builder webClientBuilder) {
		this.webClientBuilder = webClientBuilder;
		return self();
	}

	/**
	 * A connector to use instead of the one this builder makes from its timeouts, pool and TLS settings. The
	 * client does not close it.
	 * @param clientConnector the connector
	 * @return this builder
	 */
	public B clientConnector(ClientHttpConnector clientConnector) {
		this.clientConnector = clientConnector;
		return self();
	}

	/**
	 * How long to wait for a connection to open; 5 s by default.
	 * @param connectTimeout the timeout
	 * @return this builder
	 */
	public B connectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
		return self();
	}

	/**
	 * How long to wait for the response, and between reads of it; 30 s by default.
	 * @param readTimeout the timeout
	 * @return this builder
	 */
	public B readTimeout(Duration readTimeout) {
		this.readTimeout = readTimeout;
		return self();
	}

	/**
	 * The most connections to the proxy; 256 by default. Connections are opened as calls need them, the one
	 * released last is used first, and those not needed are closed when idle; a smaller pool than the calls in
	 * flight makes the others wait in the client.
	 * @param maxConnections the pool size
	 * @return this builder
	 */
	public B maxConnections(int maxConnections) {
		this.maxConnections = maxConnections;
		return self();
	}

	/**
	 * How long a call waits for a free connection when all are busy; 10 s by default.
	 * @param pendingAcquireTimeout the timeout
	 * @return this builder
	 */
	public B pendingAcquireTimeout(Duration pendingAcquireTimeout) {
		this.pendingAcquireTimeout = pendingAcquireTimeout;
		return self();
	}

	/**
	 * The most calls waiting for a free connection at once; 1000 by default. A call beyond them fails at once
	 * with a {@link dev.litellm.spring.LiteLlmTransportException} saying the pool is saturated; the others wait
	 * up to the pending-acquire timeout.
	 * @param maxPendingAcquires the queue length, at least 1, or -1 for no limit
	 * @return this builder
	 */
	public B maxPendingAcquires(int maxPendingAcquires) {
		this.maxPendingAcquires = maxPendingAcquires;
		return self();
	}

	/**
	 * The longest one attempt may take, from sending the request to the last byte of the answer, however the
	 * answer trickles in: an answer slower than this fails the attempt with a
	 * {@link dev.litellm.spring.LiteLlmTransportException}, as a read timeout does. Twice the read timeout by
	 * default.
	 * @param callTimeout the deadline of one attempt, or {@code null} for twice the read timeout
	 * @return this builder
	 */
	public B callTimeout(@Nullable Duration callTimeout) {
		this.callTimeout = callTimeout;
		return self();
	}

	/**
	 * How long an idle connection is kept; 20 s by default, below the idle timeout of common load balancers, so
	 * that a connection they dropped is not reused.
	 * @param maxIdleTime the idle limit
	 * @return this builder
	 */
	public B maxIdleTime(Duration maxIdleTime) {
		this.maxIdleTime = maxIdleTime;
		return self();
	}

	/**
	 * How long a connection is used at most; 5 min by default.
	 * @param maxLifeTime the lifetime limit
	 * @return this builder
	 */
	public B maxLifeTime(Duration maxLifeTime) {
		this.maxLifeTime = maxLifeTime;
		return self();
	}

	/**
	 * The TLS settings of the connections to the proxy, for example from a Spring Boot SSL bundle; the JDK's
	 * defaults otherwise. Not used with {@link #clientConnector(ClientHttpConnector)}.
	 * @param sslContext the key and trust material
	 * @param sslParameters the protocols and cipher suites to enable, or {@code null} for the context's defaults
	 * @return this builder
	 */
	public B ssl(SSLContext sslContext, @Nullable SSLParameters sslParameters) {
		this.tls = new HttpStack.Tls(sslContext, sslParameters);
		return self();
	}

	/**
	 * The largest response body the client reads, in bytes; 10 MiB by default. A larger one fails with
	 * {@link dev.litellm.spring.LiteLlmTransportException}.
	 * @param maxResponseSize the limit
	 * @return this builder
	 */
	public B maxResponseSize(int maxResponseSize) {
		this.maxResponseSize = maxResponseSize;
		return self();
	}

	/**
	 * The client's name, recorded as the {@code litellm.client} key value of its operation observations so that
	 * the operations of clients for different proxies can be told apart; {@code default} unless set. Keep it to a
	 * few fixed names: it is a low-cardinality tag.
	 * @param name the name
	 * @return this builder
	 */
	public B name(String name) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("name must not be empty");
		}
		this.name = name;
		return self();
	}

	/**
	 * Where to record the {@code litellm.client.operation} observations (and, with
	 * {@link #httpClientRequestsObservation(boolean)}, WebClient's {@code http.client.requests}); none by default.
	 * @param observationRegistry the registry
	 * @return this builder
	 */
	public B observationRegistry(ObservationRegistry observationRegistry) {
		this.observationRegistry = observationRegistry;
		return self();
	}

	/**
	 * Whether the client's {@link WebClient} also records {@code http.client.requests}, one observation per
	 * attempt, in the {@link #observationRegistry(ObservationRegistry) observation registry}; off by default.
	 * The {@code litellm.client.operation} observation already times each call with its outcome and the status of
	 * its answer, so the second one, which costs as much again, mostly repeats it. Switch it on for a timer per
	 * attempt, or with tracing, for a client span per attempt that carries the trace context to the proxy. Off,
	 * the WebClient records nothing, even when the {@link #webClientBuilder(WebClient.Builder) builder it starts
	 * from} has a registry.
	 * @param httpClientRequestsObservation whether to record {@code http.client.requests}
	 * @return this builder
	 */
	public B httpClientRequestsObservation(boolean httpClientRequestsObservation) {
		this.httpClientRequestsObservation = httpClientRequestsObservation;
		return self();
	}

	/**
	 * A last change to this client's {@link WebClient.Builder}, after everything else is set.
	 * @param webClientCustomizer the change
	 * @return this builder
	 */
	public B webClientCustomizer(Consumer<WebClient.Builder> webClientCustomizer) {
		this.webClientCustomizer = webClientCustomizer;
		return self();
	}

	/**
	 * The checked base URL.
	 * @return the URL
	 * @throws InvalidSettingException if it is missing or malformed
	 */
	protected String checkedBaseUrl() {
		return SettingChecks.requireBaseUrl("baseUrl", this.baseUrl);
	}

	/**
	 * The checked call timeout: the one set, or a multiple of the read timeout.
	 * @return the timeout
	 * @throws InvalidSettingException if it is not positive
	 */
	protected Duration checkedCallTimeout() {
		Duration readTimeout = SettingChecks.requirePositive("readTimeout", this.readTimeout);
		return (this.callTimeout != null) ? SettingChecks.requirePositive("callTimeout", this.callTimeout)
				: readTimeout.multipliedBy(ClientDefaults.CALL_TIMEOUT_READ_TIMEOUTS);
	}

	/**
	 * Check every setting of the HTTP stack, naming the first that is missing or out of range.
	 * @throws InvalidSettingException if one is
	 */
	protected void checkSettings() {
		SettingChecks.requireMillis("connectTimeout", this.connectTimeout);
		SettingChecks.requirePositive("readTimeout", this.readTimeout);
		checkedCallTimeout();
		SettingChecks.requireAtLeast("maxConnections", this.maxConnections, 1);
		SettingChecks.requirePositive("pendingAcquireTimeout", this.pendingAcquireTimeout);
		if (this.maxPendingAcquires != -1) {
			SettingChecks.requireAtLeast("maxPendingAcquires", this.maxPendingAcquires, 1);
		}
		SettingChecks.requirePositive("maxIdleTime", this.maxIdleTime);
		SettingChecks.requirePositive("maxLifeTime", this.maxLifeTime);
		SettingChecks.requireAtLeast("maxResponseSize", this.maxResponseSize, 1);
		SettingChecks.requireSet("observationRegistry", this.observationRegistry);
		SettingChecks.requireSet("webClientCustomizer", this.webClientCustomizer);
		if (this.tls != null) {
			SettingChecks.requireSet("sslContext", this.tls.context());
		}
	}

	/**
	 * The checked API key.
	 * @return the key
	 * @throws InvalidSettingException if it is missing or malformed
	 */
	protected String checkedApiKey() {
		return SettingChecks.requireApiKey("apiKey", this.apiKey);
	}

	/**
	 * The HTTP stack of these settings, made on its first use.
	 * @param baseUrl the checked base URL
	 * @param authHeader the name of the header that carries the API key
	 * @param apiKey the checked API key
	 * @param jsonMapper the client's JSON mapper
	 * @return the stack
	 */
	protected HttpStack httpStack(String baseUrl, String authHeader, String apiKey, JsonMapper jsonMapper) {
		ConnectionSettings settings = new ConnectionSettings(this.connectTimeout, this.readTimeout,
				this.maxConnections, this.pendingAcquireTimeout, this.maxPendingAcquires, this.maxIdleTime, this.maxLifeTime,
				this.maxResponseSize);
		return new HttpStack(baseUrl, authHeader, apiKey, this.webClientBuilder, this.clientConnector, settings,
				this.tls, jsonMapper,
				this.httpClientRequestsObservation ? this.observationRegistry : ObservationRegistry.NOOP,
				this.webClientCustomizer);
	}

	/**
	 * A copy of these settings, for the parts of a client that are made on its first use: this builder may be
	 * changed, and build another client, before then, and so may the {@link #webClientBuilder(WebClient.Builder)
	 * WebClient builder} it was given, which the copy holds a clone of.
	 * @return the copy
	 */
	@SuppressWarnings("unchecked")
	protected B copy() {
		try {
			ClientBuilderSupport<B> copy = (ClientBuilderSupport<B>) clone();
			copy.webClientBuilder = (this.webClientBuilder != null) ? this.webClientBuilder.clone() : null;
			return (B) copy;
		}
		catch (CloneNotSupportedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private B self() {
		return (B) this;
	}

}
