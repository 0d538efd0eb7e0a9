package dev.litellm.spring.internal;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import io.micrometer.observation.ObservationRegistry;
import io.netty.channel.ChannelOption;
import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.IdentityCipherSuiteFilter;
import io.netty.handler.ssl.JdkSslContext;
import io.netty.handler.ssl.SslContext;
import org.jspecify.annotations.Nullable;
import reactor.netty.NettyPipeline;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.http.codec.json.JacksonJsonEncoder;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * A client's HTTP stack: its {@link WebClient} on a Reactor Netty connector with its own pool and timeouts (or a
 * connector it was given), the JSON codecs on the client's mapper, the authentication header and the audit
 * header filter. A client makes it on its first call, so that an application starts without loading Netty;
 * {@link #close()} releases the pool if the stack made one.
 */
public final class HttpStack implements AutoCloseable {

	private final WebClient webClient;

	private final AtomicReference<@Nullable ConnectionProvider> pool = new AtomicReference<>();

	private final String apiKey;

	/**
	 * Make the stack.
	 * @param baseUrl the proxy's checked base URL
	 * @param authHeader the name of the header that carries the API key
	 * @param apiKey the checked API key
	 * @param webClientBuilder the builder to start from, which the stack changes (so a clone of the caller's), or
	 * {@code null} for a new one
	 * @param connector the connector to use, or {@code null} to make one from {@code settings} and {@code tls}
	 * @param settings the pool and timeouts, and the largest response body
	 * @param tls the TLS context for connections to the proxy, or {@code null} for the JDK's defaults
	 * @param jsonMapper the client's JSON mapper
	 * @param observationRegistry where WebClient records {@code http.client.requests}; with the no-op registry it
	 * records nothing, whatever registry the given builder has
	 * @param customizer a last change to the WebClient builder
	 */
	public HttpStack(String baseUrl, String authHeader, String apiKey, WebClient.@Nullable Builder webClientBuilder,
			@Nullable ClientHttpConnector connector, ConnectionSettings settings, @Nullable Tls tls,
			JsonMapper jsonMapper, ObservationRegistry observationRegistry,
			Consumer<WebClient.Builder> customizer) {
		this.apiKey = apiKey;
		WebClient.Builder builder = (webClientBuilder != null) ? webClientBuilder : WebClient.builder();
		builder.baseUrl(baseUrl)
			.clientConnector((connector != null) ? connector : connector(settings, tls))
			.codecs((codecs) -> {
				codecs.defaultCodecs().maxInMemorySize(settings.maxResponseSize());
				codecs.defaultCodecs().jacksonJsonEncoder(new JacksonJsonEncoder(jsonMapper));
				// A 2xx answer is read as JSON whatever its content type, as it is when the wire log reads it
				// at TRACE: refusing a generated key's answer for its label would lose the secret.
				JacksonJsonDecoder decoder = new JacksonJsonDecoder(jsonMapper, MimeTypeUtils.ALL);
				decoder.setMaxInMemorySize(settings.maxResponseSize());
				codecs.defaultCodecs().jacksonJsonDecoder(decoder);
			})
			.defaultHeaders((headers) -> {
				headers.setAccept(List.of(MediaType.APPLICATION_JSON));
				headers.set(authHeader, "Bearer " + apiKey);
			})
			.filter(new ChangedByHeaderFilter());
		builder.observationRegistry(observationRegistry);
		customizer.accept(builder);
		this.webClient = builder.build();
	}

	/**
	 * The WebClient.
	 * @return the WebClient
	 */
	public WebClient webClient() {
		return this.webClient;
	}

	private ClientHttpConnector connector(ConnectionSettings settings, @Nullable Tls tls) {
		ConnectionProvider provider = ConnectionProvider.builder("litellm")
			.maxConnections(settings.maxConnections())
			.pendingAcquireTimeout(settings.pendingAcquireTimeout())
			.pendingAcquireMaxCount(settings.maxPendingAcquires())
			.maxIdleTime(settings.maxIdleTime())
			.maxLifeTime(settings.maxLifeTime())
			.evictInBackground(settings.maxIdleTime())
			// The connection released last goes out first: a client with few calls in flight keeps to the few
			// connections it used last, on event loops already awake, and leaves the others idle until closed.
			.lifo()
			.build();
		this.pool.set(provider);
		MaskedCauses.DecoderFailureMasking masking = new MaskedCauses.DecoderFailureMasking(
				(text) -> Secrets.mask(text.replace(this.apiKey, "****")));
		HttpClient httpClient = HttpClient.create(provider)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) settings.connectTimeout().toMillis())
			.responseTimeout(settings.readTimeout())
			.doOnChannelInit((observer, channel, address) -> channel.pipeline()
				.addBefore(NettyPipeline.ReactiveBridge, MaskedCauses.DecoderFailureMasking.NAME, masking));
		if (tls != null) {
			SslContext sslContext = tls.nettyContext();
			httpClient = httpClient.secure((spec) -> spec.sslContext(sslContext));
		}
		return new ReactorClientHttpConnector(httpClient);
	}

	/**
	 * Release the connection pool, if this stack made one; a given connector is the caller's to release.
	 */
	@Override
	public void close() {
		ConnectionProvider provider = this.pool.get();
		if (provider != null) {
			provider.dispose();
		}
	}

	/**
	 * The TLS settings of the connections to the proxy.
	 *
	 * @param context the JDK context: key and trust material
	 * @param parameters the protocols and cipher suites, or {@code null} for the context's defaults
	 */
	public record Tls(SSLContext context, @Nullable SSLParameters parameters) {

		SslContext nettyContext() {
			String[] ciphers = (this.parameters != null) ? this.parameters.getCipherSuites() : null;
			String[] protocols = (this.parameters != null) ? this.parameters.getProtocols() : null;
			return new JdkSslContext(this.context, true, (ciphers != null) ? Arrays.asList(ciphers) : null,
					IdentityCipherSuiteFilter.INSTANCE, ApplicationProtocolConfig.DISABLED, ClientAuth.NONE, protocols,
					false);
		}

	}

}
