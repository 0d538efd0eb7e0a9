package dev.litellm.spring.autoconfigure;

import java.time.Duration;

import dev.litellm.spring.internal.ClientDefaults;
import dev.litellm.spring.keys.AuthHeader;
import org.jspecify.annotations.Nullable;

import org.springframework.util.unit.DataSize;

/**
 * The settings of one LiteLLM client: those of the primary client under {@code litellm}, and of each named client
 * under {@code litellm.clients.<name>}, where a setting left out is taken from {@code litellm}.
 */
public class LiteLlmClientProperties {

	/**
	 * Base URL of the LiteLLM proxy, for example http://localhost:4000. Required.
	 */
	private @Nullable String baseUrl;

	/**
	 * Key the client calls the proxy with: the master key or a virtual key allowed to manage keys. Required.
	 */
	private @Nullable String apiKey;

	/**
	 * Header that carries the API key.
	 */
	private AuthHeader authHeader = AuthHeader.AUTHORIZATION;

	/**
	 * Timeout for opening a connection to the proxy.
	 */
	private Duration connectTimeout = ClientDefaults.CONNECT_TIMEOUT;

	/**
	 * Timeout for the proxy's response, and between reads of it.
	 */
	private Duration readTimeout = ClientDefaults.READ_TIMEOUT;

	/**
	 * Longest time one attempt may take, from sending the request to the last byte of the answer, however slowly
	 * the answer trickles in. Twice the read timeout when not set.
	 */
	private @Nullable Duration callTimeout;

	/**
	 * Largest response body the client reads; a larger one fails the call.
	 */
	private DataSize maxResponseSize = DataSize.ofBytes(ClientDefaults.MAX_RESPONSE_SIZE);

	private final Ssl ssl = new Ssl();

	private final Retry retry = new Retry();

	private final Pool pool = new Pool();

	private final Keys keys = new Keys();

	private final Audit audit = new Audit();

	private final Observations observations = new Observations();

	public @Nullable String getBaseUrl() {
		return this.baseUrl;
	}

	public void setBaseUrl(@Nullable String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public @Nullable String getApiKey() {
		return this.apiKey;
	}

	public void setApiKey(@Nullable String apiKey) {
		this.apiKey = apiKey;
	}

	public AuthHeader getAuthHeader() {
		return this.authHeader;
	}

	public void setAuthHeader(AuthHeader authHeader) {
		this.authHeader = authHeader;
	}

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public Duration getReadTimeout() {
		return this.readTimeout;
	}

	public void setReadTimeout(Duration readTimeout) {
		this.readTimeout = readTimeout;
	}

	public @Nullable Duration getCallTimeout() {
		return this.callTimeout;
	}

	public void setCallTimeout(@Nullable Duration callTimeout) {
		this.callTimeout = callTimeout;
	}

	public DataSize getMaxResponseSize() {
		return this.maxResponseSize;
	}

	public void setMaxResponseSize(DataSize maxResponseSize) {
		this.maxResponseSize = maxResponseSize;
	}

	public Ssl getSsl() {
		return this.ssl;
	}

	public Retry getRetry() {
		return this.retry;
	}

	public Pool getPool() {
		return this.pool;
	}

	public Keys getKeys() {
		return this.keys;
	}

	public Audit getAudit() {
		return this.audit;
	}

	public Observations getObservations() {
		return this.observations;
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[baseUrl=" + this.baseUrl + ", apiKey=" + ((this.apiKey != null) ? "******" : null)
				+ ", authHeader=" + this.authHeader + "]";
	}

	/**
	 * TLS settings of the connection to the proxy.
	 */
	public static class Ssl {

		/**
		 * Name of the SSL bundle (spring.ssl.bundle.*) to use for connections to the proxy only.
		 */
		private @Nullable String bundle;

		public @Nullable String getBundle() {
			return this.bundle;
		}

		public void setBundle(@Nullable String bundle) {
			this.bundle = bundle;
		}

	}

	/**
	 * Retry settings.
	 */
	public static class Retry {

		/**
		 * Whether to retry failed calls that are safe to repeat.
		 */
		private boolean enabled = true;

		/**
		 * Most attempts per call, counting the first.
		 */
		private int maxAttempts = ClientDefaults.MAX_ATTEMPTS;

		/**
		 * Wait before the first retry; it doubles on each further retry, with jitter.
		 */
		private Duration initialBackoff = ClientDefaults.INITIAL_BACKOFF;

		/**
		 * Longest wait between attempts, and the longest Retry-After the client waits out.
		 */
		private Duration maxBackoff = ClientDefaults.MAX_BACKOFF;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Duration getInitialBackoff() {
			return this.initialBackoff;
		}

		public void setInitialBackoff(Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

		public Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

	}

	/**
	 * Connection pool settings.
	 */
	public static class Pool {

		/**
		 * Most connections to the proxy. Connections are opened only as calls need them, the one used last is
		 * used first, and those not needed are closed when idle; a pool smaller than the calls in flight makes the
		 * others wait in the client, at a cost in CPU per call, without sparing the proxy.
		 */
		private int maxConnections = ClientDefaults.MAX_CONNECTIONS;

		/**
		 * How long a call waits for a free connection when all are busy.
		 */
		private Duration pendingAcquireTimeout = ClientDefaults.PENDING_ACQUIRE_TIMEOUT;

		/**
		 * Most calls waiting for a free connection at once; a call beyond them fails at once, saying the pool is
		 * saturated. -1 for no limit.
		 */
		private int maxPendingAcquires = ClientDefaults.MAX_PENDING_ACQUIRES;

		/**
		 * How long an idle connection is kept; keep it below the idle timeout of any load balancer in front of
		 * the proxy.
		 */
		private Duration maxIdleTime = ClientDefaults.MAX_IDLE_TIME;

		/**
		 * Longest time a connection is used.
		 */
		private Duration maxLifeTime = ClientDefaults.MAX_LIFE_TIME;

		public int getMaxConnections() {
			return this.maxConnections;
		}

		public void setMaxConnections(int maxConnections) {
			this.maxConnections = maxConnections;
		}

		public int getMaxPendingAcquires() {
			return this.maxPendingAcquires;
		}

		public void setMaxPendingAcquires(int maxPendingAcquires) {
			this.maxPendingAcquires = maxPendingAcquires;
		}

		public Duration getPendingAcquireTimeout() {
			return this.pendingAcquireTimeout;
		}

		public void setPendingAcquireTimeout(Duration pendingAcquireTimeout) {
			this.pendingAcquireTimeout = pendingAcquireTimeout;
		}

		public Duration getMaxIdleTime() {
			return this.maxIdleTime;
		}

		public void setMaxIdleTime(Duration maxIdleTime) {
			this.maxIdleTime = maxIdleTime;
		}

		public Duration getMaxLifeTime() {
			return this.maxLifeTime;
		}

		public void setMaxLifeTime(Duration maxLifeTime) {
			this.maxLifeTime = maxLifeTime;
		}

	}

	/**
	 * Key-operation settings.
	 */
	public static class Keys {

		/**
		 * Whether the client chooses the secret of generated and regenerated keys itself when the request does
		 * not, so that a call whose outcome is unknown can be checked and safely repeated.
		 */
		private boolean clientGeneratedKeys;

		public boolean isClientGeneratedKeys() {
			return this.clientGeneratedKeys;
		}

		public void setClientGeneratedKeys(boolean clientGeneratedKeys) {
			this.clientGeneratedKeys = clientGeneratedKeys;
		}

	}

	/**
	 * Audit settings: the litellm-changed-by header on writes.
	 */
	public static class Audit {

		/**
		 * Actor recorded in the litellm-changed-by header of writes when neither the call nor the security
		 * principal names one.
		 */
		private @Nullable String changedBy;

		/**
		 * Whether to record the authenticated Spring Security principal's name as the actor of writes.
		 */
		private boolean useSecurityPrincipal = true;

		public @Nullable String getChangedBy() {
			return this.changedBy;
		}

		public void setChangedBy(@Nullable String changedBy) {
			this.changedBy = changedBy;
		}

		public boolean isUseSecurityPrincipal() {
			return this.useSecurityPrincipal;
		}

		public void setUseSecurityPrincipal(boolean useSecurityPrincipal) {
			this.useSecurityPrincipal = useSecurityPrincipal;
		}

	}

	/**
	 * Observation settings.
	 */
	public static class Observations {

		/**
		 * Whether the client's WebClient also records http.client.requests, one observation per attempt, besides
		 * the client's own litellm.client.operation, which times each call with its outcome and status. When not
		 * set, only when the application traces (a Micrometer Tracing Tracer bean), so that each attempt is a
		 * client span that carries the trace context to the proxy.
		 */
		private @Nullable Boolean httpClientRequests;

		public @Nullable Boolean getHttpClientRequests() {
			return this.httpClientRequests;
		}

		public void setHttpClientRequests(@Nullable Boolean httpClientRequests) {
			this.httpClientRequests = httpClientRequests;
		}

	}

}
