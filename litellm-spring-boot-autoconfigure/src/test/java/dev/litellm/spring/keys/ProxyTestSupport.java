package dev.litellm.spring.keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A WireMock stand-in for the LiteLLM proxy on a dynamic loopback port, one per test class, and a fresh client
 * pair on it for every test. Retries are off in every client built here, so that every call is exactly one
 * request.
 */
abstract class ProxyTestSupport extends ClientTestSupport {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static WireMockServer proxy;

	ReactiveKeyManagementTemplate reactive;

	Api.Clients clients;

	@BeforeAll
	static void startProxy() {
		proxy = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
		proxy.start();
	}

	@AfterAll
	static void stopProxy() {
		proxy.stop();
	}

	@BeforeEach
	void createClients() {
		proxy.resetAll();
		this.reactive = build(clientBuilder());
		this.clients = Api.Clients.of(this.reactive);
	}

	@Override
	protected String proxyBaseUrl() {
		return proxy.baseUrl();
	}

	@Override
	protected String proxyApiKey() {
		return TestKeys.API_KEY;
	}

	static String fixture(String name) {
		try (InputStream in = ProxyTestSupport.class.getResourceAsStream("/proxy/" + name)) {
			assertThat(in).as("fixture %s", name).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void stubPost(String path, String jsonBody) {
		proxy.stubFor(post(urlPathEqualTo(path)).willReturn(okJson(jsonBody)));
	}

	static void stubGet(String path, String jsonBody) {
		proxy.stubFor(get(urlPathEqualTo(path)).willReturn(okJson(jsonBody)));
	}

	/**
	 * Answer every request with this response.
	 */
	static void stubAny(ResponseDefinitionBuilder response) {
		proxy.stubFor(any(anyUrl()).willReturn(response));
	}

	/**
	 * An error in the proxy's own envelope, {@code code} as a string.
	 */
	static ResponseDefinitionBuilder envelope(int status, String message, String type, String param) {
		String body = "{\"error\":{\"message\":" + JSON.writeValueAsString(message) + ",\"type\":"
				+ JSON.writeValueAsString(type) + ",\"param\":" + JSON.writeValueAsString(param) + ",\"code\":\""
				+ status + "\"}}";
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

	/**
	 * Every request the stand-in proxy received, oldest first.
	 */
	static List<LoggedRequest> received() {
		return proxy.findAll(anyRequestedFor(anyUrl()));
	}

	static LoggedRequest onlyRequest() {
		List<LoggedRequest> requests = received();
		assertThat(requests).as("requests received").hasSize(1);
		return requests.get(0);
	}

	static void assertNothingSent() {
		assertThat(received()).as("requests received").isEmpty();
	}

	static JsonNode bodyOf(LoggedRequest request) {
		return JSON.readTree(request.getBodyAsString());
	}

	/**
	 * The query parameters of a request, decoded, each name with all its values in order.
	 */
	static Map<String, List<String>> queryOf(LoggedRequest request) {
		Map<String, List<String>> query = new LinkedHashMap<>();
		request.getQueryParams().forEach((name, parameter) -> query.put(name, parameter.values()));
		return query;
	}

}
