package dev.litellm.spring.keys;

import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * WireMock on loopback for one test class: register it as a static {@code @RegisterExtension} field and use it as
 * the server. It starts before the class and stops after it, forgets stubs and requests before each test, and sends
 * a first request on start, so that the slow first exchange of a fresh server (and of a fresh client stack) does
 * not count against the short read timeouts of the tests.
 */
final class LoopbackWireMock extends WireMockServer implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

	LoopbackWireMock() {
		this(wireMockConfig());
	}

	LoopbackWireMock(WireMockConfiguration configuration) {
		super(configuration.bindAddress("127.0.0.1").dynamicPort());
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		start();
		warmUp(this);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		resetAll();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		stop();
	}

	static WireMockServer started() {
		return started(wireMockConfig());
	}

	static WireMockServer started(WireMockConfiguration configuration) {
		WireMockServer server = new WireMockServer(configuration.bindAddress("127.0.0.1").dynamicPort());
		server.start();
		warmUp(server);
		return server;
	}

	private static void warmUp(WireMockServer server) {
		server.stubFor(get("/key/info").willReturn(okJson("{\"key\":\"warm-up\",\"info\":{}}")));
		try (ReactiveKeyManagementTemplate client = ReactiveKeyManagementTemplate.builder()
			.baseUrl("http://127.0.0.1:" + server.port())
			.apiKey("warm-up")
			.readTimeout(Duration.ofSeconds(30))
			.build()) {
			client.currentKeyInfo().block();
		}
		server.resetAll();
	}

}
