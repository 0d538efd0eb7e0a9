package dev.litellm.spring.keys;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.litellm.spring.internal.ApiCall;
import dev.litellm.spring.internal.CallSender;
import dev.litellm.spring.internal.ChangedByActors;
import dev.litellm.spring.internal.ClientBuilderSupport;
import dev.litellm.spring.internal.ErrorTranslator;
import dev.litellm.spring.internal.HttpStack;
import dev.litellm.spring.internal.LiteLlmErrorDecoder;
import dev.litellm.spring.internal.LiteLlmTransport;
import dev.litellm.spring.internal.OperationObservation;
import dev.litellm.spring.internal.Retries;
import dev.litellm.spring.internal.Secrets;
import dev.litellm.spring.internal.SettingChecks;
import dev.litellm.spring.internal.WireLog;
import dev.litellm.spring.observation.LiteLlmOperationObservationConvention;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
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

	/** The logger of each attempt and, at TRACE, of the bodies, with every secret masked. */
	private static final String WIRE_LOGGER = "dev.litellm.spring.keys.wire";

	private final KeyClientParts.OnFirstUse parts;

	private final @Nullable String changedBy;

	/** Whether {@link #close()} releases the parts' pool: not for the views {@code withChangedBy} returns. */
	private final boolean owner;

	private ReactiveKeyManagementTemplate(KeyClientParts.OnFirstUse parts, @Nullable String changedBy,
			boolean owner) {
		this.parts = parts;
		this.changedBy = changedBy;
		this.owner = owner;
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
		return parts().batch().create(KeyOperation.GENERATE, "/key/generate", request, this.changedBy);
	}

	@Override
	public Mono<KeyInfo> updateKey(UpdateKeyRequest request) {
		return Mono.defer(() -> parts().transport().execute(new ApiCall<>(KeyOperation.UPDATE, HttpMethod.POST,
				"/key/update", Map.of(), KeyArguments.require("request", request), KeyInfo.class), this.changedBy));
	}

	@Override
	public Mono<DeleteKeysResponse> deleteKeys(DeleteKeysRequest request) {
		return parts().batch().deleteKeys(request, this.changedBy);
	}

	@Override
	public Mono<KeyInfoResponse> keyInfo(String key) {
		return Mono.defer(() -> {
			String hash = Secrets.urlSafeKey(KeyArguments.requireKey("key", key));
			return parts().transport().execute(new ApiCall<>(KeyOperation.INFO, HttpMethod.GET, "/key/info",
					Map.of("key", List.of(hash)), null, KeyInfoResponse.class), null);
		});
	}

	@Override
	public Mono<KeyInfoResponse> currentKeyInfo() {
		return parts().transport().execute(
				new ApiCall<>(KeyOperation.INFO, HttpMethod.GET, "/key/info", Map.of(), null, KeyInfoResponse.class),
				null);
	}

	@Override
	public Mono<KeyListResponse> listKeys(KeyListQuery query) {
		return Mono.defer(() -> parts().transport().execute(new ApiCall<>(KeyOperation.LIST, HttpMethod.GET,
				"/key/list", KeyArguments.require("query", query).parameters(), null, KeyListResponse.class), null));
	}

	@Override
	public Flux<KeyInfo> streamKeys(KeyListQuery query) {
		return KeyPages.keys(query, this::listKeys);
	}

	@Override
	public Mono<KeyInfo> blockKey(String key) {
		return Mono.defer(() -> parts().transport().execute(new ApiCall<>(KeyOperation.BLOCK, HttpMethod.POST,
				"/key/block", Map.of(), new BlockKeyRequest(KeyArguments.requireKey("key", key)), KeyInfo.class),
				this.changedBy));
	}

	@Override
	public Mono<KeyInfo> unblockKey(String key) {
		return Mono.defer(() -> parts().transport().execute(new ApiCall<>(KeyOperation.UNBLOCK, HttpMethod.POST,
				"/key/unblock", Map.of(), new BlockKeyRequest(KeyArguments.requireKey("key", key)), KeyInfo.class),
				this.changedBy));
	}

	@Override
	public Mono<KeyHealthResponse> keyHealth() {
		return parts().transport().execute(
				new ApiCall<>(KeyOperation.HEALTH, HttpMethod.POST, "/key/health", Map.of(), null, KeyHealthResponse.class),
				null);
	}

	@Override
	public Mono<GenerateKeyResponse> regenerateKey(String key, @Nullable RegenerateKeyRequest request) {
		return parts().batch().regenerate(key, request, this.changedBy);
	}

	@Override
	public Mono<KeyRotation> rotateKey(String key, RotateKeyRequest request) {
		KeyClientParts parts = parts();
		return parts.transport().withOneActor(this.changedBy, parts.rotations().rotate(this, key, request));
	}

	@Override
	public Mono<GenerateKeyResponse> generateServiceAccountKey(GenerateKeyRequest request) {
		return parts().batch().create(KeyOperation.SERVICE_ACCOUNT_GENERATE, "/key/service-account/generate", request,
				this.changedBy);
	}

	@Override
	public Mono<BulkUpdateKeysResponse> bulkUpdateKeys(List<BulkKeyUpdate> updates) {
		return parts().batch().bulkUpdateKeys(updates, this.changedBy);
	}

	@Override
	public Mono<BulkUpdateKeysResponse> bulkUpdateTeamKeys(TeamKeysUpdate request) {
		return parts().batch().bulkUpdateTeamKeys(request, this.changedBy);
	}

	@Override
	public Mono<ResetSpendResponse> resetSpend(String key, double resetTo) {
		return parts().batch().resetSpend(key, resetTo, this.changedBy);
	}

	@Override
	public Mono<KeyAliasesResponse> listKeyAliases(KeyAliasQuery query) {
		return parts().batch().listKeyAliases(query);
	}

	@Override
	public Flux<String> streamKeyAliases(KeyAliasQuery query) {
		return parts().batch().streamKeyAliases(query);
	}

	@Override
	public Mono<List<KeyInfo>> keyInfos(Collection<String> keys) {
		return parts().batch().keyInfos(keys);
	}

	@Override
	public ReactiveKeyManagementResponses withResponseInfo() {
		return new ReactiveKeyResponsesView(this);
	}

	@Override
	public ReactiveKeyManagementTemplate withChangedBy(String changedBy) {
		return new ReactiveKeyManagementTemplate(this.parts, KeyArguments.requireHeaderValue("changedBy", changedBy),
				false);
	}

	/**
	 * Release the connection pool this client created, if it created one; a no-op for views returned by
	 * {@link #withChangedBy(String)} and for clients built on a caller's connector.
	 */
	@Override
	public void close() {
		KeyClientParts made = this.owner ? this.parts.ifMade() : null;
		if (made != null) {
			made.httpStack().close();
		}
	}

	private KeyClientParts parts() {
		return this.parts.get();
	}

	@Override
	public String toString() {
		return "ReactiveKeyManagementTemplate" + ((this.changedBy != null) ? "[changedBy=" + this.changedBy + "]" : "");
	}

	/**
	 * Builds a {@link ReactiveKeyManagementTemplate}. Only {@link #baseUrl(String)} and {@link #apiKey(String)}
	 * are required; the settings of the HTTP stack are those of {@link ClientBuilderSupport}.
	 */
	public static final class Builder extends ClientBuilderSupport<Builder> {

		private AuthHeader authHeader = AuthHeader.AUTHORIZATION;

		private RetryPolicy retryPolicy = RetryPolicy.defaults();

		private @Nullable LiteLlmOperationObservationConvention observationConvention;

		private @Nullable ChangedByResolver changedByResolver;

		private @Nullable String defaultChangedBy;

		private boolean clientGeneratedKeys;

		private @Nullable KeySecretSink keySecretSink;

		private Consumer<KeyRotatedEvent> rotationListener = (event) -> {
		};

		private @Nullable AbandonedKeyCreationListener abandonedCreationListener;

		private Builder() {
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
		 * How to retry; {@link RetryPolicy#defaults()} by default.
		 * @param retryPolicy the policy, {@link RetryPolicy#none()} to turn retries off
		 * @return this builder
		 */
		public Builder retryPolicy(RetryPolicy retryPolicy) {
			this.retryPolicy = retryPolicy;
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
		 * Told of every generate or regenerate cancelled by its subscriber (disposed, timed out) after its request
		 * may have reached the proxy, with the key's hash and, with client-generated keys, its secret. By default
		 * each is logged at WARN with the key's hash.
		 * @param abandonedCreationListener the listener, or {@code null} for the default
		 * @return this builder
		 */
		public Builder abandonedCreationListener(@Nullable AbandonedKeyCreationListener abandonedCreationListener) {
			this.abandonedCreationListener = abandonedCreationListener;
			return this;
		}

		/**
		 * Build the client.
		 * @return the client
		 * @throws dev.litellm.spring.internal.InvalidSettingException (an {@link IllegalArgumentException}) naming
		 * the setting if a setting is missing, malformed or out of range
		 */
		public ReactiveKeyManagementTemplate build() {
			String url = checkedBaseUrl();
			String key = checkedApiKey();
			checkSettings();
			SettingChecks.requireSet("authHeader", this.authHeader);
			SettingChecks.requireSet("retryPolicy", this.retryPolicy);
			Duration callTimeout = checkedCallTimeout();
			// Seeding the key generator takes a while: it starts now, in the background (rotations use it too).
			ClientGeneratedKeys.seedInBackground();
			// The HTTP stack, the JSON mapper and the parts that send, retry, observe and recover calls are made on
			// first use, so that an application starts fast; from a copy of these settings, as this builder may change.
			Builder settings = copy();
			return new ReactiveKeyManagementTemplate(
					new KeyClientParts.OnFirstUse(() -> settings.parts(url, key, callTimeout)), null, true);
		}

		private KeyClientParts parts(String baseUrl, String apiKey, @Nullable Duration callTimeout) {
			// Made once, here: first calls starting at once on event loops would wait for each other to make them.
			JsonMapper jsonMapper = KeyJson.newMapper();
			HttpStack httpStack = httpStack(baseUrl, this.authHeader.headerName(), apiKey, jsonMapper);
			WireLog wireLog = new WireLog(WIRE_LOGGER, apiKey);
			ChangedByResolver resolver = this.changedByResolver;
			LiteLlmTransport transport = new LiteLlmTransport(
					new CallSender(httpStack.webClient(), jsonMapper,
							new ErrorTranslator(new LiteLlmErrorDecoder(), wireLog), wireLog),
					new Retries(this.retryPolicy.maxAttempts(), this.retryPolicy.initialBackoff(),
							this.retryPolicy.maxBackoff(), wireLog),
					new ChangedByActors((resolver != null) ? resolver::resolveChangedBy : null, this.defaultChangedBy),
					new OperationObservation(this.observationRegistry, this.observationConvention, this.name),
					wireLog, callTimeout);
			AbandonedKeyCreationListener listener = this.abandonedCreationListener;
			return new KeyClientParts(httpStack, transport,
					new KeyBatchCalls(transport, jsonMapper, this.clientGeneratedKeys,
							(listener != null) ? listener : RecoverableCreation.LOGGING_LISTENER),
					new KeyRotationProcess(this.keySecretSink, this.rotationListener, Clock.systemUTC(),
							this.observationRegistry, this.observationConvention, this.name));
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
