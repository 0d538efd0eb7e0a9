package dev.litellm.spring.autoconfigure;

import java.util.Locale;
import java.util.Map;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import dev.litellm.spring.internal.InvalidSettingException;
import dev.litellm.spring.keys.AbandonedKeyCreationListener;
import dev.litellm.spring.keys.ChangedByResolver;
import dev.litellm.spring.keys.KeyManagementOperations;
import dev.litellm.spring.keys.KeyManagementTemplate;
import dev.litellm.spring.keys.ReactiveKeyManagementOperations;
import dev.litellm.spring.keys.ReactiveKeyManagementTemplate;
import dev.litellm.spring.keys.RetryPolicy;
import dev.litellm.spring.observation.LiteLlmOperationObservationConvention;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} for the LiteLLM
 * key-management client: a {@link ReactiveKeyManagementOperations} and a {@link KeyManagementOperations} bean on a
 * {@link WebClient} of their own, configured from {@link LiteLlmProperties}. Either bean defined by the
 * application replaces this one; {@code litellm.enabled=false} turns the whole configuration off.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration",
		"org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
		"org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration",
		"org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration" })
@ConditionalOnClass(WebClient.class)
@ConditionalOnBooleanProperty(name = "litellm.enabled", matchIfMissing = true)
@EnableConfigurationProperties(LiteLlmProperties.class)
public final class LiteLlmAutoConfiguration {

	/** The properties of the builder's connection settings, by the builder's names. */
	private static final Map<String, String> CONNECTION_PROPERTIES = Map.of("connectTimeout",
			"litellm.connect-timeout", "readTimeout", "litellm.read-timeout", "callTimeout", "litellm.call-timeout",
			"maxResponseSize", "litellm.max-response-size", "maxConnections", "litellm.pool.max-connections",
			"pendingAcquireTimeout", "litellm.pool.pending-acquire-timeout", "maxPendingAcquires",
			"litellm.pool.max-pending-acquires", "maxIdleTime", "litellm.pool.max-idle-time", "maxLifeTime",
			"litellm.pool.max-life-time");

	@Bean
	@ConditionalOnMissingBean(ReactiveKeyManagementOperations.class)
	ReactiveKeyManagementTemplate reactiveKeyManagementOperations(LiteLlmProperties properties,
			ObjectProvider<WebClient.Builder> webClientBuilder, ObjectProvider<SslBundles> sslBundles,
			ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<LiteLlmOperationObservationConvention> observationConvention,
			ObjectProvider<ChangedByResolver> changedByResolver,
			ObjectProvider<LiteLlmWebClientCustomizer> customizers,
			ObjectProvider<AbandonedKeyCreationListener> abandonedCreationListener) {
		ReactiveKeyManagementTemplate.Builder builder = ReactiveKeyManagementTemplate.builder()
			.baseUrl(properties.getBaseUrl())
			.apiKey(properties.getApiKey())
			.authHeader(properties.getAuthHeader())
			.webClientBuilder(webClientBuilder.getIfAvailable(WebClient::builder))
			.connectTimeout(properties.getConnectTimeout())
			.readTimeout(properties.getReadTimeout())
			.callTimeout(properties.getCallTimeout())
			.maxResponseSize(Math.toIntExact(properties.getMaxResponseSize().toBytes()))
			.maxConnections(properties.getPool().getMaxConnections())
			.pendingAcquireTimeout(properties.getPool().getPendingAcquireTimeout())
			.maxPendingAcquires(properties.getPool().getMaxPendingAcquires())
			.maxIdleTime(properties.getPool().getMaxIdleTime())
			.maxLifeTime(properties.getPool().getMaxLifeTime())
			.retryPolicy(retryPolicy(properties.getRetry()))
			.clientGeneratedKeys(properties.getKeys().isClientGeneratedKeys())
			.defaultChangedBy(properties.getAudit().getChangedBy())
			.observationRegistry(observationRegistry.getIfAvailable(() -> ObservationRegistry.NOOP))
			.webClientCustomizer((webClient) -> customizers.orderedStream()
				.forEach((customizer) -> customizer.customize(webClient)));
		observationConvention.ifAvailable(builder::observationConvention);
		changedByResolver.ifAvailable(builder::changedByResolver);
		abandonedCreationListener.ifAvailable(builder::abandonedCreationListener);
		String bundleName = properties.getSsl().getBundle();
		if (StringUtils.hasText(bundleName)) {
			SslBundle bundle = sslBundle(sslBundles.getIfAvailable(), bundleName);
			builder.ssl(sslContext(bundle), new SSLParameters(bundle.getOptions().getCiphers(),
					bundle.getOptions().getEnabledProtocols()));
		}
		try {
			return builder.build();
		}
		catch (InvalidSettingException ex) {
			throw invalidProperty(ex);
		}
	}

	@Bean
	@ConditionalOnMissingBean(KeyManagementOperations.class)
	KeyManagementTemplate keyManagementOperations(ReactiveKeyManagementOperations reactiveKeyManagementOperations) {
		return new KeyManagementTemplate(reactiveKeyManagementOperations);
	}

	/**
	 * The failure of a base URL or API key the builder refused, told against the property and with what to do.
	 */
	private static InvalidLiteLlmPropertyException invalidProperty(InvalidSettingException ex) {
		String connectionProperty = CONNECTION_PROPERTIES.get(ex.setting());
		if (connectionProperty != null) {
			return new InvalidLiteLlmPropertyException(connectionProperty, ex.problem(),
					"Set " + connectionProperty + " to a value in range, or remove it to use the default.");
		}
		boolean baseUrl = ex.setting().equals("baseUrl");
		String property = baseUrl ? "litellm.base-url" : "litellm.api-key";
		String action = switch (ex.kind()) {
			case MISSING -> baseUrl
					? "Set litellm.base-url to the URL of your LiteLLM proxy, for example in application.yml:"
							+ System.lineSeparator() + System.lineSeparator() + "    litellm:"
							+ System.lineSeparator() + "      base-url: http://localhost:4000"
					: "Set litellm.api-key to the proxy's master key or a virtual key allowed to manage keys,"
							+ " preferably from the environment (LITELLM_API_KEY) rather than a committed file.";
			case MALFORMED -> baseUrl
					? "Set litellm.base-url to the proxy's URL with its scheme, for example http://localhost:4000."
					: "Check litellm.api-key for a stray newline or space, for example from a secrets file.";
			case CREDENTIALS -> "Remove them from litellm.base-url; set the key with litellm.api-key.";
		};
		return new InvalidLiteLlmPropertyException(property, ex.problem(), action);
	}

	private static SslBundle sslBundle(SslBundles sslBundles, String name) {
		if (sslBundles == null) {
			throw new InvalidLiteLlmPropertyException("litellm.ssl.bundle", "is set but no SSL bundles are configured",
					"Define the bundle under spring.ssl.bundle, or remove litellm.ssl.bundle.");
		}
		try {
			return sslBundles.getBundle(name);
		}
		catch (NoSuchSslBundleException ex) {
			throw new InvalidLiteLlmPropertyException("litellm.ssl.bundle", "names an unknown SSL bundle '" + name + "'",
					"Define the bundle under spring.ssl.bundle.jks." + name + " or spring.ssl.bundle.pem." + name
							+ ", or correct litellm.ssl.bundle.");
		}
	}

	/**
	 * The JDK context of a Spring Boot SSL bundle: its key and trust managers.
	 */
	private static SSLContext sslContext(SslBundle bundle) {
		try {
			return bundle.createSslContext();
		}
		catch (RuntimeException ex) {
			throw new InvalidLiteLlmPropertyException("litellm.ssl.bundle", "names a bundle that cannot make a TLS"
					+ " client context (" + ex.getMessage() + ")", "Check the bundle's key and trust material.");
		}
	}

	private static RetryPolicy retryPolicy(LiteLlmProperties.Retry retry) {
		if (!retry.isEnabled()) {
			return RetryPolicy.none();
		}
		try {
			return new RetryPolicy(retry.getMaxAttempts(), retry.getInitialBackoff(), retry.getMaxBackoff());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidLiteLlmPropertyException("litellm.retry", "is invalid: " + ex.getMessage(),
					"Set litellm.retry.max-attempts to 1 or more and litellm.retry.max-backoff to at least"
							+ " litellm.retry.initial-backoff.");
		}
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ SecurityContextHolder.class, ReactiveSecurityContextHolder.class })
	@ConditionalOnBooleanProperty(name = "litellm.audit.use-security-principal", matchIfMissing = true)
	static class SecurityPrincipalConfiguration {

		@Bean
		@ConditionalOnMissingBean(ChangedByResolver.class)
		SecurityPrincipalChangedByResolver litellmChangedByResolver() {
			return new SecurityPrincipalChangedByResolver();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SanitizingFunction.class)
	static class ApiKeySanitizingConfiguration {

		@Bean
		SanitizingFunction litellmApiKeySanitizingFunction() {
			return (data) -> isApiKey(data) ? data.withValue(SanitizableData.SANITIZED_VALUE) : data;
		}

		/**
		 * Matches {@code litellm.api-key} in {@code /env}, {@code litellm.apiKey} in {@code /configprops} and
		 * the {@code LITELLM_API_KEY} environment variable.
		 */
		private static boolean isApiKey(SanitizableData data) {
			String key = data.getKey().replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
			return key.equals("litellmapikey");
		}

	}

}
