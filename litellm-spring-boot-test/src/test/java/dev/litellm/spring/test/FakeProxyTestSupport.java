package dev.litellm.spring.test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;

import dev.litellm.spring.keys.ClientTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Base of the endpoint tests: one fake per test class through the JUnit extension (injected into {@link #proxy}),
 * reset after each test; a raw HTTP client of it, and clients of this project built on it by
 * {@link ClientTestSupport}, the client's own test support.
 */
@ExtendWith(FakeLiteLlmProxyExtension.class)
abstract class FakeProxyTestSupport extends ClientTestSupport {

	static final Instant NOW = Instant.parse("2026-03-10T09:15:42.318000Z");

	FakeLiteLlmProxy proxy;

	ProxyClient client;

	@BeforeEach
	void createClient() {
		this.client = new ProxyClient(this.proxy);
	}

	@Override
	protected String proxyBaseUrl() {
		return this.proxy.baseUrl();
	}

	@Override
	protected String proxyApiKey() {
		return this.proxy.masterKey();
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

	/** The SHA-256 hex digest the proxy stores a key under. */
	static String hash(String key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
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
