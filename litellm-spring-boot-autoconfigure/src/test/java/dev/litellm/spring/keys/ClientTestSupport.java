package dev.litellm.spring.keys;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;

/**
 * Clients of a stand-in proxy, closed after every test, with retries off so that every call is exactly one
 * request. The base of this module's {@link ProxyTestSupport} (a WireMock stand-in) and, through this module's
 * test jar, of the fake proxy's tests in {@code litellm-spring-boot-test}.
 */
public abstract class ClientTestSupport {

	private final List<ReactiveKeyManagementTemplate> built = new ArrayList<>();

	/**
	 * The stand-in's base URL.
	 * @return the URL the clients call
	 */
	protected abstract String proxyBaseUrl();

	/**
	 * The key the clients call the stand-in with unless told otherwise.
	 * @return the key
	 */
	protected abstract String proxyApiKey();

	/**
	 * A builder for a client of the stand-in, with retries off.
	 * @return the builder
	 */
	protected ReactiveKeyManagementTemplate.Builder clientBuilder() {
		return ReactiveKeyManagementTemplate.builder()
			.baseUrl(proxyBaseUrl())
			.apiKey(proxyApiKey())
			.retryPolicy(RetryPolicy.none());
	}

	/**
	 * Build a client that is closed after the test.
	 * @param builder the client's builder
	 * @return the client
	 */
	protected ReactiveKeyManagementTemplate build(ReactiveKeyManagementTemplate.Builder builder) {
		ReactiveKeyManagementTemplate template = builder.build();
		this.built.add(template);
		return template;
	}

	/**
	 * A blocking client of the stand-in that calls with this key, closed after the test.
	 * @param apiKey the key to call with
	 * @return the client
	 */
	protected KeyManagementOperations blockingClient(String apiKey) {
		return new KeyManagementTemplate(build(clientBuilder().apiKey(apiKey)));
	}

	@AfterEach
	protected void closeClients() {
		this.built.forEach(ReactiveKeyManagementTemplate::close);
		this.built.clear();
	}

}
