package dev.litellm.spring.autoconfigure;

import java.time.Duration;

import dev.litellm.spring.keys.AuthHeader;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration of the LiteLLM client, under {@code litellm}.
 */
@ConfigurationProperties("litellm")
public class LiteLlmProperties {

	/**
	 * Whether to auto-configure the LiteLLM client.
	 */
	private boolean enabled = true;

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
	private Duration connectTimeout = Duration.ofSeconds(5);

	/**
	 * Timeout for the proxy's response, and between reads of it.
	 */
	private Duration readTimeout = Duration.ofSeconds(30);

	/**
	 * Largest response body the client reads; a larger one fails the call.
	 */
	private DataSize maxResponseSize = DataSize.ofMegabytes(10);

	private final Ssl ssl = new Ssl();

	private final Retry retry = new Retry();

	private final Pool pool = new Pool();

	private final Keys keys = new Keys();

	private final Audit audit = new Audit();

	/**
	 * Whether to auto-configure the LiteLLM client.
	 * @return {@code true} by default
	 */
	public boolean isEnabled() {
		return this.enabled;
	}

	/**
	 * Whether to auto-configure the LiteLLM client.
	 * @param enabled {@code false} to turn it off
	 */
	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	/**
	 * The proxy's base URL.
	 * @return the URL, or {@code null} when not set
	 */
	public @Nullable String getBaseUrl() {
		return this.baseUrl;
	}

	/**
	 * The proxy's base URL.
	 * @param baseUrl an http or https URL
	 */
	public void setBaseUrl(@Nullable String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/**
	 * The key the client calls the proxy with.
	 * @return the key, or {@code null} when not set
	 */
	public @Nullable String getApiKey() {
		return this.apiKey;
	}

	/**
	 * The key the client calls the proxy with.
	 * @param apiKey the key
	 */
	public void setApiKey(@Nullable String apiKey) {
		this.apiKey = apiKey;
	}

	/**
	 * The header that carries the API key.
	 * @return {@link AuthHeader#AUTHORIZATION} by default
	 */
	public AuthHeader getAuthHeader() {
		return this.authHeader;
	}

	/**
	 * The header that carries the API key.
	 * @param authHeader the header
	 */
	public void setAuthHeader(AuthHeader authHeader) {
		this.authHeader = authHeader;
	}

	/**
	 * The connect timeout.
	 * @return 5 s by default
	 */
	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	/**
	 * The connect timeout.
	 * @param connectTimeout the timeout
	 */
	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	/**
	 * The read timeout.
	 * @return 30 s by default
	 */
	public Duration getReadTimeout() {
		return this.readTimeout;
	}

	/**
	 * The read timeout.
	 * @param readTimeout the timeout
	 */
	public void setReadTimeout(Duration readTimeout) {
		this.readTimeout = readTimeout;
	}

	/**
	 * The largest response body the client reads.
	 * @return 10 MB by default
	 */
	public DataSize getMaxResponseSize() {
		return this.maxResponseSize;
	}

	/**
	 * The largest response body the client reads.
	 * @param maxResponseSize the limit
	 */
	public void setMaxResponseSize(DataSize maxResponseSize) {
		this.maxResponseSize = maxResponseSize;
	}

	/**
	 * TLS settings.
	 * @return the TLS settings
	 */
	public Ssl getSsl() {
		return this.ssl;
	}

	/**
	 * Retry settings.
	 * @return the retry settings
	 */
	public Retry getRetry() {
		return this.retry;
	}

	/**
	 * Connection pool settings.
	 * @return the pool settings
	 */
	public Pool getPool() {
		return this.pool;
	}

	/**
	 * Key-operation settings.
	 * @return the key settings
	 */
	public Keys getKeys() {
		return this.keys;
	}

	/**
	 * Audit settings.
	 * @return the audit settings
	 */
	public Audit getAudit() {
		return this.audit;
	}

	@Override
	public String toString() {
		return "LiteLlmProperties[baseUrl=" + this.baseUrl + ", apiKey=" + ((this.apiKey != null) ? "******" : null)
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

		/**
		 * The SSL bundle's name.
		 * @return the name, or {@code null} for the JDK's defaults
		 */
		public @Nullable String getBundle() {
			return this.bundle;
		}

		/**
		 * The SSL bundle's name.
		 * @param bundle the name of a bundle under {@code spring.ssl.bundle}
		 */
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
		private int maxAttempts = 3;

		/**
		 * Wait before the first retry; it doubles on each further retry, with jitter.
		 */
		private Duration initialBackoff = Duration.ofMillis(200);

		/**
		 * Longest wait between attempts, and the longest Retry-After the client waits out.
		 */
		private Duration maxBackoff = Duration.ofSeconds(5);

		/**
		 * Whether to retry.
		 * @return {@code true} by default
		 */
		public boolean isEnabled() {
			return this.enabled;
		}

		/**
		 * Whether to retry.
		 * @param enabled {@code false} to make one attempt only
		 */
		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		/**
		 * The most attempts per call.
		 * @return 3 by default
		 */
		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		/**
		 * The most attempts per call.
		 * @param maxAttempts at least 1
		 */
		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		/**
		 * The wait before the first retry.
		 * @return 200 ms by default
		 */
		public Duration getInitialBackoff() {
			return this.initialBackoff;
		}

		/**
		 * The wait before the first retry.
		 * @param initialBackoff the wait
		 */
		public void setInitialBackoff(Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

		/**
		 * The longest wait between attempts.
		 * @return 5 s by default
		 */
		public Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		/**
		 * The longest wait between attempts.
		 * @param maxBackoff the wait
		 */
		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

	}

	/**
	 * Connection pool settings.
	 */
	public static class Pool {

		/**
		 * Most connections to the proxy.
		 */
		private int maxConnections = 50;

		/**
		 * How long a call waits for a free connection when all are busy.
		 */
		private Duration pendingAcquireTimeout = Duration.ofSeconds(10);

		/**
		 * How long an idle connection is kept; keep it below the idle timeout of any load balancer in front of
		 * the proxy.
		 */
		private Duration maxIdleTime = Duration.ofSeconds(20);

		/**
		 * Longest time a connection is used.
		 */
		private Duration maxLifeTime = Duration.ofMinutes(5);

		/**
		 * The most connections.
		 * @return 50 by default
		 */
		public int getMaxConnections() {
			return this.maxConnections;
		}

		/**
		 * The most connections.
		 * @param maxConnections the pool size
		 */
		public void setMaxConnections(int maxConnections) {
			this.maxConnections = maxConnections;
		}

		/**
		 * How long a call waits for a free connection.
		 * @return 10 s by default
		 */
		public Duration getPendingAcquireTimeout() {
			return this.pendingAcquireTimeout;
		}

		/**
		 * How long a call waits for a free connection.
		 * @param pendingAcquireTimeout the timeout
		 */
		public void setPendingAcquireTimeout(Duration pendingAcquireTimeout) {
			this.pendingAcquireTimeout = pendingAcquireTimeout;
		}

		/**
		 * How long an idle connection is kept.
		 * @return 20 s by default
		 */
		public Duration getMaxIdleTime() {
			return this.maxIdleTime;
		}

		/**
		 * How long an idle connection is kept.
		 * @param maxIdleTime the idle limit
		 */
		public void setMaxIdleTime(Duration maxIdleTime) {
			this.maxIdleTime = maxIdleTime;
		}

		/**
		 * The longest time a connection is used.
		 * @return 5 min by default
		 */
		public Duration getMaxLifeTime() {
			return this.maxLifeTime;
		}

		/**
		 * The longest time a connection is used.
		 * @param maxLifeTime the lifetime limit
		 */
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

		/**
		 * Whether the client chooses key secrets itself.
		 * @return {@code false} by default
		 */
		public boolean isClientGeneratedKeys() {
			return this.clientGeneratedKeys;
		}

		/**
		 * Whether the client chooses key secrets itself.
		 * @param clientGeneratedKeys {@code true} for recoverable generate and regenerate calls
		 */
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

		/**
		 * The default actor.
		 * @return the actor, or {@code null} for none
		 */
		public @Nullable String getChangedBy() {
			return this.changedBy;
		}

		/**
		 * The default actor.
		 * @param changedBy the actor
		 */
		public void setChangedBy(@Nullable String changedBy) {
			this.changedBy = changedBy;
		}

		/**
		 * Whether to record the security principal.
		 * @return {@code true} by default
		 */
		public boolean isUseSecurityPrincipal() {
			return this.useSecurityPrincipal;
		}

		/**
		 * Whether to record the security principal.
		 * @param useSecurityPrincipal {@code false} to ignore it
		 */
		public void setUseSecurityPrincipal(boolean useSecurityPrincipal) {
			this.useSecurityPrincipal = useSecurityPrincipal;
		}

	}

}
