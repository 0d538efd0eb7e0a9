package dev.litellm.spring.test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import dev.litellm.spring.test.internal.Py;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Base of the endpoint tests: one fake per test class through the JUnit extension (injected into {@link #proxy}),
 * reset after each test.
 */
@ExtendWith(FakeLiteLlmProxyExtension.class)
abstract class ProxyTestSupport {

	static final Instant NOW = Instant.parse("2026-03-10T09:15:42.318000Z");

	FakeLiteLlmProxy proxy;

	ProxyClient client;

	@BeforeEach
	void createClient() {
		this.client = new ProxyClient(this.proxy);
	}

	/** Fixes the fake's clock at {@link #NOW}. */
	void freezeClock() {
		this.proxy.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
	}

	/** Generates a key and returns the raw key. */
	String generateKey(String json) {
		return this.client.generate(json).get("key").asString();
	}

	String generateKey() {
		return generateKey("{}");
	}

	static String hash(String key) {
		return Py.sha256(key);
	}

	static String quote(String text) {
		return "\"" + text + "\"";
	}

	JsonNode info(String keyOrHash) {
		ProxyClient.Response response = this.client.get("/key/info?key=" + keyOrHash);
		if (response.status() != 200) {
			throw new AssertionError("info failed: " + response.status() + " " + response.body());
		}
		return response.json().get("info");
	}

}
