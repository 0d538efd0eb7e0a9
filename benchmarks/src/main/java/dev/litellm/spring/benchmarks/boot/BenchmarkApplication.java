package dev.litellm.spring.benchmarks.boot;

import java.util.Map;

import dev.litellm.spring.benchmarks.ours.OursClient;
import dev.litellm.spring.benchmarks.stub.StubBodies;
import dev.litellm.spring.keys.KeyManagementOperations;
import dev.litellm.spring.keys.ReactiveKeyManagementOperations;

import dev.litellm.spring.autoconfigure.LiteLlmWebClientCustomizer;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.client.reactive.ClientHttpConnector;

/**
 * A Spring Boot application with nothing but auto-configuration, as an application that uses the starter runs
 * it: the client comes from the starter on its default properties, on Boot's {@code WebClient.Builder}, with
 * Boot's observation registry and its metrics handler, on Reactor Netty's default event loops.
 */
public final class BenchmarkApplication implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final OursClient client;

	private BenchmarkApplication(ConfigurableApplicationContext context, String name) {
		this.context = context;
		this.client = new OursClient(name, context.getBean(ReactiveKeyManagementOperations.class),
				context.getBean(KeyManagementOperations.class));
	}

	/**
	 * Starts an application whose client calls the given proxy.
	 * @param name the client's name in the results
	 * @param baseUrl the proxy's URL
	 * @param properties properties beyond the base URL and the API key, such as
	 * {@code litellm.pool.max-connections}
	 * @return the running application
	 */
	public static BenchmarkApplication start(String name, String baseUrl, Map<String, Object> properties) {
		return start(name, baseUrl, properties, null);
	}

	/**
	 * Starts an application whose client sends through the given connector rather than its own pool, set by a
	 * {@link LiteLlmWebClientCustomizer} as an application would.
	 * @param name the client's name in the results
	 * @param baseUrl the proxy's URL
	 * @param properties properties beyond the base URL and the API key
	 * @param connector the connector, or {@code null} for the client's own
	 * @return the running application
	 */
	public static BenchmarkApplication start(String name, String baseUrl, Map<String, Object> properties,
			@Nullable ClientHttpConnector connector) {
		SpringApplicationBuilder builder = new SpringApplicationBuilder(Application.class);
		if (connector != null) {
			builder.initializers((context) -> context.getBeanFactory()
				.registerSingleton("benchmarkConnector",
						(LiteLlmWebClientCustomizer) (webClient) -> webClient.clientConnector(connector)));
		}
		ConfigurableApplicationContext context = builder
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties(Map.of("litellm.base-url", baseUrl, "litellm.api-key", StubBodies.MASTER_KEY,
					"spring.main.banner-mode", "off"))
			.properties(properties)
			.run();
		return new BenchmarkApplication(context, name);
	}

	/**
	 * The client the application's context made.
	 * @return the client
	 */
	public OursClient client() {
		return this.client;
	}

	@Override
	public void close() {
		this.context.close();
	}

	/**
	 * The application's configuration: auto-configuration only.
	 */
	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	public static class Application {

	}

}
