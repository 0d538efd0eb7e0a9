package dev.litellm.spring.keys;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.litellm.spring.internal.LiteLlmErrorDecoder;
import dev.litellm.spring.internal.Secrets;
import dev.litellm.spring.keys.KeyExchange.Call;
import dev.litellm.spring.observation.LiteLlmOperationObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import io.netty.channel.ChannelOption;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.http.codec.json.JacksonJsonEncoder;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * {@link ReactiveKeyManagementOperations} on a Spring {@link WebClient}. Thread-safe; build one per proxy with
 * {@link #builder()} and share it. {@link #close()} releases the connection pool it created.
 *
 * <pre class="code">
 * ReactiveKeyManagementTemplate keys = ReactiveKeyManagementTemplate.builder()
 *     .baseUrl("https://litellm.example.com")
 *     .apiKey(masterKey)
 *     .build();
 * </pre>
 */
public final class ReactiveKeyManagementTemplate implements ReactiveKeyManagementOperations, AutoCloseable {

	private static final int STREAM_PAGE_SIZE = KeyListQuery.MAX_PAGE_SIZE;

	private final KeyExchange exchange;

	private final boolean clientGeneratedKeys;

	private final @Nullable String changedBy;

	private final @Nullable AtomicReference<@Nullable ConnectionProvider> ownedConnectionProvider;

	private final KeyRotationProcess rotations;

	private ReactiveKeyManagementTemplate(KeyExchange exchange, boolean clientGeneratedKeys,
			@Nullable String changedBy, @Nullable AtomicReference<@Nullable ConnectionProvider> ownedConnectionProvider,
			KeyRotationProcess rotations) {
		this.rotations = rotations;
		this.exchange = exchange;
		this.clientGeneratedKeys = clientGeneratedKeys;
		this.changedBy = changedBy;
		this.ownedConnectionProvider = ownedConnectionProvider;
	}

	/**
	 * Start building a client.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	@Override
	public Mono<GenerateKeyResponse> generateKey(GenerateKeyRequest request) {
		return Mono.defer(() -> {
			requireArgument("request", request);
			GenerateKeyRequest toSend = (this.clientGeneratedKeys && request.key() == null)
					? request.withKey(ClientGeneratedKeys.newKey()) : request;
			Call<GenerateKeyResponse> call = new Call<>(KeyOperation.GENERATE, HttpMethod.POST, "/key/generate",
					Map.of(), toSend, GenerateKeyResponse.class);
			return this.exchange.executeCreation(call, toSend.key(), this.changedBy);
		});
	}

	@Override
	public Mono<KeyInfo> updateKey(UpdateKeyRequest request) {
		return Mono.defer(() -> this.exchange.execute(new Call<>(KeyOperation.UPDATE, HttpMethod.POST, "/key/update",
				Map.of(), requireArgument("request", request), KeyInfo.class), this.changedBy));
	}

	@Override
	public Mono<DeleteKeysResponse> deleteKeys(DeleteKeysRequest request) {
		return Mono.defer(() -> {
			requireArgument("request", request);
			// A retry answered 404 after an attempt that may have gone through: that attempt deleted the keys.
			// Answer as the proxy does, echoing the request.
			Call<DeleteKeysResponse> call = new Call<>(KeyOperation.DELETE, HttpMethod.POST, "/key/delete", Map.of(),
					request, DeleteKeysResponse.class)
				.answeredWhenAlreadyDone(() -> new DeleteKeysResponse(
						(request.keys() != null) ? request.keys() : request.keyAliases(), Map.of()));
			return this.exchange.execute(call, this.changedBy);
		});
	}

	@Override
	public Mono<KeyInfoResponse> keyInfo(String key) {
		return Mono.defer(() -> {
			String hash = Secrets.urlSafeKey(KeyArguments.requireKey("key", key));
			return this.exchange.execute(new Call<>(KeyOperation.INFO, HttpMethod.GET, "/key/info",
					Map.of("key", List.of(hash)), null, KeyInfoResponse.class), null);
		});
	}

	@Override
	public Mono<KeyInfoResponse> currentKeyInfo() {
		return this.exchange.execute(
				new Call<>(KeyOperation.INFO, HttpMethod.GET, "/key/info", Map.of(), null, KeyInfoResponse.class),
				null);
	}

	@Override
	public Mono<KeyListResponse> listKeys(KeyListQuery query) {
		return Mono.defer(() -> this.exchange.execute(new Call<>(KeyOperation.LIST, HttpMethod.GET, "/key/list",
				requireArgument("query", query).parameters(), null, KeyListResponse.class), null));
	}

	@Override
	public Flux<KeyInfo> streamKeys(KeyListQuery query) {
		return Flux.defer(() -> {
			KeyListQuery.Builder pages = requireArgument("query", query).toBuilder();
			if (query.size() == null) {
				pages.size(STREAM_PAGE_SIZE);
			}
			if (query.returnFullObject() == null) {
				pages.returnFullObject(true);
			}
			KeyListQuery first = pages.build();
			int firstPage = (first.page() != null) ? first.page() : 1;
			SeenTokens seen = new SeenTokens();
			AtomicBoolean lastPageRead = new AtomicBoolean();
			// One page in flight at most, and the next one only once this one is consumed: without prefetch,
			// concatMap asks for the next page number only after every key of the current page was emitted (an
			// exchange starts when subscribed to, so the page must not be subscribed to any earlier).
			return Flux.<Integer, Integer>generate(() -> firstPage, (page, sink) -> {
				if (lastPageRead.get()) {
					sink.complete();
				}
				else {
					sink.next(page);
				}
				return page + 1;
			})
				.concatMap((page) -> listKeys(first.toBuilder().page(page).build()).flatMapIterable((response) -> {
					lastPageRead.set(!response.hasNextPage());
					return response.keys();
				}), 0)
				.filter((key) -> key.token() == null || seen.add(key.token()));
		});
	}

	@Override
	public Mono<KeyInfo> blockKey(String key) {
		return Mono.defer(() -> this.exchange.execute(new Call<>(KeyOperation.BLOCK, HttpMethod.POST, "/key/block",
				Map.of(), new BlockKeyRequest(KeyArguments.requireKey("key", key)), KeyInfo.class), this.changedBy));
	}

	@Override
	public Mono<KeyInfo> unblockKey(String key) {
		return Mono.defer(() -> this.exchange.execute(new Call<>(KeyOperation.UNBLOCK, HttpMethod.POST,
				"/key/unblock", Map.of(), new BlockKeyRequest(KeyArguments.requireKey("key", key)), KeyInfo.class),
				this.changedBy));
	}

	@Override
	public Mono<KeyHealthResponse> keyHealth() {
		return this.exchange.execute(
				new Call<>(KeyOperation.HEALTH, HttpMethod.POST, "/key/health", Map.of(), null, KeyHealthResponse.class),
				null);
	}

	@Override
	public Mono<GenerateKeyResponse> regenerateKey(String key, @Nullable RegenerateKeyRequest request) {
		return Mono.defer(() -> {
			KeyArguments.requireKey("key", key);
			RegenerateKeyRequest body = (request != null) ? request : RegenerateKeyRequest.builder().build();
			if (this.clientGeneratedKeys && body.newKey() == null) {
				body = body.withNewKey(ClientGeneratedKeys.newKey());
			}
			Call<GenerateKeyResponse> call = new Call<>(KeyOperation.REGENERATE, HttpMethod.POST, "/key/regenerate",
					Map.of(), body.withKey(key), GenerateKeyResponse.class);
			return this.exchange.executeCreation(call, body.newKey(), this.changedBy);
		});
	}

	@Override
	public Mono<KeyRotation> rotateKey(String key, RotateKeyRequest request) {
		return this.rotations.rotate(this, key, request);
	}

	@Override
	public ReactiveKeyManagementTemplate withChangedBy(String changedBy) {
		return new ReactiveKeyManagementTemplate(this.exchange, this.clientGeneratedKeys,
				KeyArguments.requireHeaderValue("changedBy", changedBy), null, this.rotations);
	}

	/**
	 * Release the connection pool this client created, if it created one; a no-op for views returned by
	 * {@link #withChangedBy(String)} and for clients built on a caller's connector.
	 */
	@Override
	public void close() {
		ConnectionProvider pool = (this.ownedConnectionProvider != null) ? this.ownedConnectionProvider.get() : null;
		if (pool != null) {
			pool.dispose();
		}
	}

	private static <T> T requireArgument(String name, @Nullable T value) {
		if (value == null) {
			throw new IllegalArgumentException(name + " must not be null");
		}
		return value;
	}

	@Override
	public String toString() {
		return "ReactiveKeyManagementTemplate" + ((this.changedBy != null) ? "[changedBy=" + this.changedBy + "]" : "");
	}

	/**
	 * The body of {@code /key/block} and {@code /key/unblock}. Spring's JSON encoder logs the {@code toString()}
	 * of what it encodes at DEBUG, so the key is masked there.
	 */
	record BlockKeyRequest(String key) {

		@Override
		public String toString() {
			return "BlockKeyRequest[key=" + Secrets.maskKey(this.key) + "]";
		}

	}

	/**
	 * Builds a {@link ReactiveKeyManagementTemplate}. Only {@link #baseUrl(String)} and {@link #apiKey(String)}
	 * are required.
	 */
	public static final class Builder {

		private @Nullable String baseUrl;

		private @Nullable String apiKey;

		private AuthHeader authHeader = AuthHeader.AUTHORIZATION;

		private WebClient.@Nullable Builder webClientBuilder;

		private @Nullable ClientHttpConnector clientConnector;

		private Duration connectTimeout = Duration.ofSeconds(5);

		private Duration readTimeout = Duration.ofSeconds(30);

		private int maxConnections = 50;

		private Duration pendingAcquireTimeout = Duration.ofSeconds(10);

		private Duration maxIdleTime = Duration.ofSeconds(20);

		private Duration maxLifeTime = Duration.ofMinutes(5);

		private Function<HttpClient, ClientHttpConnector> connectorFactory = ReactorClientHttpConnector::new;

		private int maxResponseSize = 10 * 1024 * 1024;

		private RetryPolicy retryPolicy = RetryPolicy.defaults();

		private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

		private @Nullable LiteLlmOperationObservationConvention observationConvention;

		private @Nullable ChangedByResolver changedByResolver;

		private @Nullable String defaultChangedBy;

		private boolean clientGeneratedKeys;

		private @Nullable KeySecretSink keySecretSink;

		private Consumer<KeyRotatedEvent> rotationListener = (event) -> {
		};

		private Consumer<WebClient.Builder> webClientCustomizer = (builder) -> {
		};

		private Builder() {
		}

		/**
		 * The proxy's base URL, for example {@code https://litellm.example.com} (a path prefix is kept).
		 * @param baseUrl an absolute http or https URL
		 * @return this builder
		 */
		public Builder baseUrl(String baseUrl) {
			this.baseUrl = baseUrl;
			return this;
		}

		/**
		 * The key the client calls the proxy with: the master key or a virtual key allowed to manage keys.
		 * @param apiKey the key
		 * @return this builder
		 */
		public Builder apiKey(String apiKey) {
			this.apiKey = apiKey;
			return this;
		}

		/**
		 * The header that carries the API key; {@link AuthHeader#AUTHORIZATION} by default.
		 * @param authHeader the header
		 * @return this builder
		 */
		public Builder authHeader(AuthHeader authHeader) {
			this.authHeader = authHeader;
			return this;
		}

		/**
		 * A {@link WebClient.Builder} to start from, such as Spring Boot's, so that its codecs, filters,
		 * customizations and observation registry apply. It is cloned; the given builder is not changed. Its
		 * connector, base URL and JSON codecs are replaced by this client's own (pool, timeouts, the proxy's JSON
		 * format); to choose the connector, use {@link #clientConnector(ClientHttpConnector)}.
		 * @param webClientBuilder the builder
		 * @return this builder
		 */
		public Builder webClientBuilder(WebClient.Builder webClientBuilder) {
			this.webClientBuilder = webClientBuilder;
			return this;
		}

		/**
		 * A connector to use instead of the one this builder makes from its timeouts and pool settings.
		 * @param clientConnector the connector
		 * @return this builder
		 */
		public Builder clientConnector(ClientHttpConnector clientConnector) {
			this.clientConnector = clientConnector;
			return this;
		}

		/**
		 * How long to wait for a connection to open; 5 s by default.
		 * @param connectTimeout the timeout
		 * @return this builder
		 */
		public Builder connectTimeout(Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
			return this;
		}

		/**
		 * How long to wait for the response, and between reads of it; 30 s by default.
		 * @param readTimeout the timeout
		 * @return this builder
		 */
		public Builder readTimeout(Duration readTimeout) {
			this.readTimeout = readTimeout;
			return this;
		}

		/**
		 * The most connections to the proxy; 50 by default.
		 * @param maxConnections the pool size
		 * @return this builder
		 */
		public Builder maxConnections(int maxConnections) {
			this.maxConnections = maxConnections;
			return this;
		}

		/**
		 * How long a call waits for a free connection when all are busy; 10 s by default.
		 * @param pendingAcquireTimeout the timeout
		 * @return this builder
		 */
		public Builder pendingAcquireTimeout(Duration pendingAcquireTimeout) {
			this.pendingAcquireTimeout = pendingAcquireTimeout;
			return this;
		}

		/**
		 * How long an idle connection is kept; 20 s by default, below the idle timeout of common load
		 * balancers, so that a connection they dropped is not reused.
		 * @param maxIdleTime the idle limit
		 * @return this builder
		 */
		public Builder maxIdleTime(Duration maxIdleTime) {
			this.maxIdleTime = maxIdleTime;
			return this;
		}

		/**
		 * How long a connection is used at most; 5 min by default.
		 * @param maxLifeTime the lifetime limit
		 * @return this builder
		 */
		public Builder maxLifeTime(Duration maxLifeTime) {
			this.maxLifeTime = maxLifeTime;
			return this;
		}

		/**
		 * Makes the connector from the Reactor Netty {@link HttpClient} this builder configured (pool and
		 * timeouts), for example to apply TLS settings; {@code ReactorClientHttpConnector::new} by default. Not
		 * used with {@link #clientConnector(ClientHttpConnector)}.
		 * @param connectorFactory the factory
		 * @return this builder
		 */
		public Builder connectorFactory(Function<HttpClient, ClientHttpConnector> connectorFactory) {
			this.connectorFactory = connectorFactory;
			return this;
		}

		/**
		 * The largest response body the client reads, in bytes; 10 MiB by default. A larger one fails with
		 * {@link dev.litellm.spring.LiteLlmTransportException}.
		 * @param maxResponseSize the limit
		 * @return this builder
		 */
		public Builder maxResponseSize(int maxResponseSize) {
			this.maxResponseSize = maxResponseSize;
			return this;
		}

		/**
		 * How to retry; {@link RetryPolicy#defaults()} by default.
		 * @param retryPolicy the policy, {@link RetryPolicy#none()} to turn retries off
		 * @return this builder
		 */
		public Builder retryPolicy(RetryPolicy retryPolicy) {
			this.retryPolicy = retryPolicy;
			return this;
		}

		/**
		 * Where to record the {@code litellm.client.operation} observations (and, on the
		 * {@code WebClient}, {@code http.client.requests}); none by default.
		 * @param observationRegistry the registry
		 * @return this builder
		 */
		public Builder observationRegistry(ObservationRegistry observationRegistry) {
			this.observationRegistry = observationRegistry;
			return this;
		}

		/**
		 * A convention replacing the default names and key values of the operation observations.
		 * @param observationConvention the convention
		 * @return this builder
		 */
		public Builder observationConvention(LiteLlmOperationObservationConvention observationConvention) {
			this.observationConvention = observationConvention;
			return this;
		}

		/**
		 * Resolves the {@code litellm-changed-by} actor of writes that do not name one through
		 * {@code withChangedBy}.
		 * @param changedByResolver the resolver
		 * @return this builder
		 */
		public Builder changedByResolver(ChangedByResolver changedByResolver) {
			this.changedByResolver = changedByResolver;
			return this;
		}

		/**
		 * The {@code litellm-changed-by} actor of writes for which neither {@code withChangedBy} nor the
		 * resolver names one.
		 * @param defaultChangedBy the actor, without control characters
		 * @return this builder
		 */
		public Builder defaultChangedBy(@Nullable String defaultChangedBy) {
			this.defaultChangedBy = (defaultChangedBy != null)
					? KeyArguments.requireHeaderValue("defaultChangedBy", defaultChangedBy) : null;
			return this;
		}

		/**
		 * Whether the client chooses the secret of generated and regenerated keys itself when the request does
		 * not ({@code sk-} and 22 random URL-safe characters, like the proxy), so that the secret is known before
		 * the call and an unclear failure can be checked and safely repeated: after a timeout or a broken
		 * connection the client looks the new key up by its hash, and answers with the key if the proxy created
		 * it, or sends the request again if not. A request that names its own {@code key} or {@code new_key} is
		 * recovered the same way whatever this setting. Off by default.
		 * @param clientGeneratedKeys {@code true} to turn it on
		 * @return this builder
		 */
		public Builder clientGeneratedKeys(boolean clientGeneratedKeys) {
			this.clientGeneratedKeys = clientGeneratedKeys;
			return this;
		}

		/**
		 * Where {@code rotateKey} stores each new secret before the old key is shortened; none by default.
		 * @param keySecretSink the sink
		 * @return this builder
		 */
		public Builder keySecretSink(@Nullable KeySecretSink keySecretSink) {
			this.keySecretSink = keySecretSink;
			return this;
		}

		/**
		 * Told of each successful {@code rotateKey}, on a thread that may block; the starter publishes the event
		 * as a Spring application event. A listener that throws does not undo the rotation.
		 * @param rotationListener the listener
		 * @return this builder
		 */
		public Builder rotationListener(Consumer<KeyRotatedEvent> rotationListener) {
			this.rotationListener = rotationListener;
			return this;
		}

		/**
		 * A last change to this client's {@link WebClient.Builder}, after everything else is set.
		 * @param webClientCustomizer the change
		 * @return this builder
		 */
		public Builder webClientCustomizer(Consumer<WebClient.Builder> webClientCustomizer) {
			this.webClientCustomizer = webClientCustomizer;
			return this;
		}

		/**
		 * Build the client.
		 * @return the client
		 * @throws IllegalArgumentException if the base URL or API key is missing or malformed
		 */
		public ReactiveKeyManagementTemplate build() {
			String url = LiteLlmUrls.requireHttpUrl("baseUrl", this.baseUrl);
			String key = KeyArguments.requireKey("apiKey", this.apiKey);
			if (this.clientGeneratedKeys) {
				// Seed the key generator here rather than on first use, which may be on an event-loop thread.
				ClientGeneratedKeys.initialize();
			}
			// The HTTP stack (Netty, codecs, Jackson) is made on first use, so that an application starts fast.
			SingletonSupplier<JsonMapper> jsonMapper = SingletonSupplier.of(KeyJson::newMapper);
			AtomicReference<@Nullable ConnectionProvider> connectionProvider = new AtomicReference<>();
			WebClient.Builder builder = (this.webClientBuilder != null) ? this.webClientBuilder.clone()
					: WebClient.builder();
			Consumer<WebClient.Builder> configuration = webClientConfiguration(url, key, jsonMapper, connectionProvider);
			SingletonSupplier<WebClient> webClient = SingletonSupplier.of(() -> {
				configuration.accept(builder);
				return builder.build();
			});
			KeyExchange exchange = new KeyExchange(webClient, jsonMapper, new LiteLlmErrorDecoder(),
					this.retryPolicy, this.observationRegistry, this.observationConvention, this.changedByResolver,
					this.defaultChangedBy, key);
			KeyRotationProcess rotations = new KeyRotationProcess(this.keySecretSink, this.rotationListener,
					Clock.systemUTC(), this.observationRegistry, this.observationConvention);
			return new ReactiveKeyManagementTemplate(exchange, this.clientGeneratedKeys, null, connectionProvider,
					rotations);
		}

		/**
		 * Everything this client sets on its WebClient builder, with this builder's settings as they are now.
		 */
		private Consumer<WebClient.Builder> webClientConfiguration(String url, String key,
				Supplier<JsonMapper> jsonMapper, AtomicReference<@Nullable ConnectionProvider> connectionProvider) {
			ClientHttpConnector givenConnector = this.clientConnector;
			Function<HttpClient, ClientHttpConnector> connectorFactory = this.connectorFactory;
			int maxConnections = this.maxConnections;
			Duration pendingAcquireTimeout = this.pendingAcquireTimeout;
			Duration maxIdleTime = this.maxIdleTime;
			Duration maxLifeTime = this.maxLifeTime;
			Duration connectTimeout = this.connectTimeout;
			Duration readTimeout = this.readTimeout;
			int maxResponseSize = this.maxResponseSize;
			AuthHeader authHeader = this.authHeader;
			ObservationRegistry observationRegistry = this.observationRegistry;
			Consumer<WebClient.Builder> customizer = this.webClientCustomizer;
			return (builder) -> {
				ClientHttpConnector connector = givenConnector;
				if (connector == null) {
					ConnectionProvider pool = ConnectionProvider.builder("litellm")
						.maxConnections(maxConnections)
						.pendingAcquireTimeout(pendingAcquireTimeout)
						.maxIdleTime(maxIdleTime)
						.maxLifeTime(maxLifeTime)
						.evictInBackground(maxIdleTime)
						.build();
					connectionProvider.set(pool);
					HttpClient httpClient = HttpClient.create(pool)
						.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) connectTimeout.toMillis())
						.responseTimeout(readTimeout);
					connector = connectorFactory.apply(httpClient);
				}
				builder.baseUrl(url)
					.clientConnector(connector)
					.codecs((codecs) -> {
						codecs.defaultCodecs().maxInMemorySize(maxResponseSize);
						codecs.defaultCodecs().jacksonJsonEncoder(new JacksonJsonEncoder(jsonMapper.get()));
						JacksonJsonDecoder decoder = new JacksonJsonDecoder(jsonMapper.get());
						decoder.setMaxInMemorySize(maxResponseSize);
						codecs.defaultCodecs().jacksonJsonDecoder(decoder);
					})
					.defaultHeaders((headers) -> {
						headers.setAccept(List.of(MediaType.APPLICATION_JSON));
						if (authHeader == AuthHeader.X_LITELLM_API_KEY) {
							headers.set("x-litellm-api-key", "Bearer " + key);
						}
						else {
							headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + key);
						}
					})
					.filter(new ChangedByHeaderFilter());
				if (!observationRegistry.isNoop()) {
					builder.observationRegistry(observationRegistry);
				}
				customizer.accept(builder);
			};
		}

		/**
		 * Build the client and wrap it in the blocking API.
		 * @return a blocking client on a new reactive one
		 */
		public KeyManagementTemplate buildBlocking() {
			return new KeyManagementTemplate(build());
		}

	}

}
