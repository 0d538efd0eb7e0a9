package dev.litellm.spring.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain {@link HttpClient} speaking to a {@link FakeLiteLlmProxy}, authenticated with its master key unless told
 * otherwise.
 */
final class ProxyClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final FakeLiteLlmProxy proxy;

	private final Map<String, String> headers;

	ProxyClient(FakeLiteLlmProxy proxy) {
		this(proxy, Map.of());
	}

	private ProxyClient(FakeLiteLlmProxy proxy, Map<String, String> headers) {
		this.proxy = proxy;
		this.headers = headers;
	}

	/** A client that sends these headers instead of the master key's {@code Authorization}. */
	ProxyClient withHeaders(Map<String, String> headers) {
		return new ProxyClient(this.proxy, headers);
	}

	/** A client that authenticates with this key as a bearer token. */
	ProxyClient as(String key) {
		return withHeaders(Map.of("Authorization", "Bearer " + key));
	}

	Response post(String pathAndQuery, String json) {
		return send("POST", pathAndQuery, json, "application/json", Map.of());
	}

	Response post(String pathAndQuery, String json, Map<String, String> extraHeaders) {
		return send("POST", pathAndQuery, json, "application/json", extraHeaders);
	}

	Response get(String pathAndQuery) {
		return send("GET", pathAndQuery, null, null, Map.of());
	}

	Response send(String method, String pathAndQuery, String body, String contentType,
			Map<String, String> extraHeaders) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.proxy.baseUrl() + pathAndQuery))
			.timeout(Duration.ofSeconds(10))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body));
		Map<String, String> all = new LinkedHashMap<>();
		if (this.headers.isEmpty()) {
			all.put("Authorization", "Bearer " + this.proxy.masterKey());
		}
		all.putAll(this.headers);
		if (contentType != null) {
			all.put("Content-Type", contentType);
		}
		all.putAll(extraHeaders);
		all.forEach(request::header);
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(),
					response.headers().firstValue("content-type").orElse(""), response);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Generates a key with the body and returns the response JSON, failing unless it is a 200. */
	JsonNode generate(String json) {
		Response response = post("/key/generate", json);
		if (response.status() != 200) {
			throw new AssertionError("generate failed: " + response.status() + " " + response.body());
		}
		return response.json();
	}

	record Response(int status, String body, String contentType, HttpResponse<String> raw) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

		/** The {@code error} object of a LiteLLM envelope. */
		JsonNode error() {
			return json().get("error");
		}

	}

}
