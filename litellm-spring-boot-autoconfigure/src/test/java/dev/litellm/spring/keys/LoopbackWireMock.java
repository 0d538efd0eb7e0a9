package dev.litellm.spring.keys;

import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * Starts WireMock on loopback and sends it a first request, so that the slow first exchange of a fresh server
 * (and of a fresh client stack) does not count against the short read timeouts of the tests.
 */
final class LoopbackWireMock {

	private LoopbackWireMock() {
	}

	static WireMockServer start() {
		return start(wireMockConfig());
	}

	static WireMockServer start(WireMockConfiguration configuration) {
		WireMockServer server = new WireMockServer(configuration.bindAddress("127.0.0.1").dynamicPort());
		server.start();
		server.stubFor(get("/key/info").willReturn(okJson("{\"key\":\"warm-up\",\"info\":{}}")));
		try (ReactiveKeyManagementTemplate client = ReactiveKeyManagementTemplate.builder()
			.baseUrl("http://127.0.0.1:" + server.port())
			.apiKey("warm-up")
			.readTimeout(Duration.ofSeconds(30))
			.build()) {
			client.currentKeyInfo().block();
		}
		server.resetAll();
		return server;
	}

}
