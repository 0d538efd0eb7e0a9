package dev.litellm.spring.autoconfigure;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import dev.litellm.spring.internal.InvalidSettingException;
import dev.litellm.spring.keys.AbandonedKeyCreationListener;
import dev.litellm.spring.keys.ChangedByResolver;
import dev.litellm.spring.keys.KeySecretSink;
import dev.litellm.spring.keys.ReactiveKeyManagementTemplate;
import dev.litellm.spring.keys.RetryPolicy;
import dev.litellm.spring.observation.LiteLlmOperationObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Builds a {@link ReactiveKeyManagementTemplate} from a client's properties and the application's shared beans
 * (WebClient builder, SSL bundles, observation, actor resolver, customizers), for the primary client and for each
 * named one. A setting the client cannot use becomes an {@link InvalidLiteLlmPropertyException} naming the property
 * under the client's own prefix, and never showing the API key.
 */
final class LiteLlmClientFactory {

	/** The properties of the builder's connection settings, by the builder's names, below a client's prefix. */
	private static final Map<String, String> CONNECTION_PROPERTIES = Map.of("connectTimeout", "connect-timeout",
			"readTimeout", "read-timeout", "callTimeout", "call-timeout", "maxResponseSize", "max-response-size",
			"maxConnections", "pool.max-connections", "pendingAcquireTimeout", "pool.pending-acquire-timeout",
			"maxPendingAcquires", "pool.max-pending-acquires", "maxIdleTime", "pool.max-idle-time", "maxLifeTime",
			"pool.max-life-time");

	/** Micrometer Tracing's tracer, whose presence means the application traces. */
	private static final String TRACER = "io.micrometer.tracing.Tracer";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]*)");

	private final BeanFactory beanFactory;

	LiteLlmClientFactory(BeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	/**
	 * Build a client.
	 * @param prefix the prefix of the client's properties, {@code litellm} or {@code litellm.clients.<name>}
	 * @param name the client's name, its {@code litellm.client} observation key value
	 * @param properties the client's properties
	 * @return the client
	 */
	ReactiveKeyManagementTemplate create(String prefix, String name, LiteLlmClientProperties properties) {
		requireResolved(prefix + ".base-url", properties.getBaseUrl());
		requireResolved(prefix + ".api-key", properties.getApiKey());
		ObjectProvider<LiteLlmWebClientCustomizer> customizers = provider(LiteLlmWebClientCustomizer.class);
		ReactiveKeyManagementTemplate.Builder builder = ReactiveKeyManagementTemplate.builder()
			.name(name)
			.baseUrl(properties.getBaseUrl())
			.apiKey(properties.getApiKey())
			.authHeader(properties.getAuthHeader())
			.connectTimeout(properties.getConnectTimeout())
			.readTimeout(properties.getReadTimeout())
			.callTimeout(properties.getCallTimeout())
			.maxResponseSize(Math.toIntExact(properties.getMaxResponseSize().toBytes()))
			.maxConnections(properties.getPool().getMaxConnections())
			.pendingAcquireTimeout(properties.getPool().getPendingAcquireTimeout())
			.maxPendingAcquires(properties.getPool().getMaxPendingAcquires())
			.maxIdleTime(properties.getPool().getMaxIdleTime())
			.maxLifeTime(properties.getPool().getMaxLifeTime())
			.retryPolicy(retryPolicy(prefix, properties.getRetry()))
			.clientGeneratedKeys(properties.getKeys().isClientGeneratedKeys())
			.defaultChangedBy(properties.getAudit().getChangedBy())
			.observationRegistry(provider(ObservationRegistry.class).getIfAvailable(() -> ObservationRegistry.NOOP))
			.httpClientRequestsObservation(httpClientRequests(properties.getObservations()))
			.webClientCustomizer((webClient) -> customizers.orderedStream()
				.forEach((customizer) -> customizer.customize(webClient)))
			.keySecretSink(provider(KeySecretSink.class).getIfUnique());
		provider(WebClient.Builder.class).ifAvailable(builder::webClientBuilder);
		provider(LiteLlmRotationEvents.class).ifAvailable((events) -> builder.rotationListener(events::publish));
		provider(LiteLlmOperationObservationConvention.class).ifAvailable(builder::observationConvention);
		provider(ChangedByResolver.class).ifAvailable(builder::changedByResolver);
		provider(AbandonedKeyCreationListener.class).ifAvailable(builder::abandonedCreationListener);
		String bundleName = properties.getSsl().getBundle();
		if (StringUtils.hasText(bundleName)) {
			SslBundle bundle = sslBundle(prefix + ".ssl.bundle", provider(SslBundles.class).getIfAvailable(),
					bundleName);
			builder.ssl(sslContext(prefix + ".ssl.bundle", bundle), new SSLParameters(
					bundle.getOptions().getCiphers(), bundle.getOptions().getEnabledProtocols()));
		}
		try {
			return builder.build();
		}
		catch (InvalidSettingException ex) {
			throw invalidProperty(prefix, ex);
		}
	}

	/**
	 * Whether the client's WebClient records {@code http.client.requests}: as set, or when not set, when the
	 * application has a Micrometer Tracing {@code Tracer}, whose client span per attempt carries the trace context
	 * to the proxy.
	 */
	private boolean httpClientRequests(LiteLlmClientProperties.Observations observations) {
		Boolean httpClientRequests = observations.getHttpClientRequests();
		if (httpClientRequests != null) {
			return httpClientRequests;
		}
		ClassLoader classLoader = getClass().getClassLoader();
		return ClassUtils.isPresent(TRACER, classLoader) && this.beanFactory instanceof ListableBeanFactory beans
				&& beans.getBeanNamesForType(ClassUtils.resolveClassName(TRACER, classLoader), true, false).length > 0;
	}

	private <T> ObjectProvider<T> provider(Class<T> type) {
		return this.beanFactory.getBeanProvider(type);
	}

	/**
	 * Refuses a value that still holds a placeholder, such as {@code ${LITELLM_API_KEY}} when that variable is not
	 * set; the failure names the variable, never the value.
	 */
	private static void requireResolved(String property, @Nullable String value) {
		if (value == null || !value.contains("${")) {
			return;
		}
		Set<String> variables = new LinkedHashSet<>();
		Matcher matcher = PLACEHOLDER.matcher(value);
		while (matcher.find()) {
			variables.add(matcher.group(1).trim());
		}
		String names = String.join(", ", variables);
		throw new InvalidLiteLlmPropertyException(property,
				"refers to " + names + ", which is not set (neither an environment variable nor a property)",
				"Set " + names + " in the environment of the application (or as a property), or give " + property
						+ " its value another way.");
	}

	/**
	 * The failure of a base URL or API key the builder refused, told against the property and with what to do.
	 */
	private static InvalidLiteLlmPropertyException invalidProperty(String prefix, InvalidSettingException ex) {
		String connectionProperty = CONNECTION_PROPERTIES.get(ex.setting());
		if (connectionProperty != null) {
			String property = prefix + "." + connectionProperty;
			return new InvalidLiteLlmPropertyException(property, ex.problem(),
					"Set " + property + " to a value in range, or remove it to use the default.");
		}
		boolean baseUrl = ex.setting().equals("baseUrl");
		String property = prefix + (baseUrl ? ".base-url" : ".api-key");
		String action = switch (ex.kind()) {
			case MISSING -> baseUrl ? missingBaseUrlAction(prefix) : "Set " + property
					+ " to the proxy's master key or a virtual key allowed to manage keys,"
					+ " preferably from the environment (LITELLM_API_KEY) rather than a committed file.";
			case MALFORMED -> baseUrl
					? "Set " + property + " to the proxy's URL with its scheme, for example http://localhost:4000."
					: "Check " + property + " for a stray newline or space, for example from a secrets file.";
			case CREDENTIALS -> "Remove them from " + property + "; set the key with " + prefix + ".api-key.";
		};
		return new InvalidLiteLlmPropertyException(property, ex.problem(), action);
	}

	private static String missingBaseUrlAction(String prefix) {
		String lines = System.lineSeparator();
		if (!prefix.equals("litellm")) {
			return "Set " + prefix + ".base-url to the URL of the client's LiteLLM proxy, or litellm.base-url.";
		}
		return "Set litellm.base-url to the URL of your LiteLLM proxy, for example in application.yml:" + lines
				+ lines + "    litellm:" + lines + "      base-url: http://localhost:4000";
	}

	private static SslBundle sslBundle(String property, @Nullable SslBundles sslBundles, String name) {
		if (sslBundles == null) {
			throw new InvalidLiteLlmPropertyException(property, "is set but no SSL bundles are configured",
					"Define the bundle under spring.ssl.bundle, or remove " + property + ".");
		}
		try {
			return sslBundles.getBundle(name);
		}
		catch (NoSuchSslBundleException ex) {
			throw new InvalidLiteLlmPropertyException(property, "names an unknown SSL bundle '" + name + "'",
					"Define the bundle under spring.ssl.bundle.jks." + name + " or spring.ssl.bundle.pem." + name
							+ ", or correct " + property + ".");
		}
	}

	/**
	 * The JDK context of a Spring Boot SSL bundle: its key and trust managers.
	 */
	private static SSLContext sslContext(String property, SslBundle bundle) {
		try {
			return bundle.createSslContext();
		}
		catch (RuntimeException ex) {
			throw new InvalidLiteLlmPropertyException(property,
					"names a bundle that cannot make a TLS client context (" + ex.getMessage() + ")",
					"Check the bundle's key and trust material.");
		}
	}

	private static RetryPolicy retryPolicy(String prefix, LiteLlmClientProperties.Retry retry) {
		if (!retry.isEnabled()) {
			return RetryPolicy.none();
		}
		try {
			return new RetryPolicy(retry.getMaxAttempts(), retry.getInitialBackoff(), retry.getMaxBackoff());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidLiteLlmPropertyException(prefix + ".retry", "is invalid: " + ex.getMessage(),
					"Set " + prefix + ".retry.max-attempts to 1 or more and " + prefix
							+ ".retry.max-backoff to at least " + prefix + ".retry.initial-backoff.");
		}
	}

}
