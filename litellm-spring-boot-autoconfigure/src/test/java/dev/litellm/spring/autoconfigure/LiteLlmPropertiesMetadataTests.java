package dev.litellm.spring.autoconfigure;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the defaults the configuration metadata shows are the defaults the properties have. The properties
 * take theirs from the constants the client builder shares, which the metadata processor cannot read, so the
 * metadata states them again.
 */
class LiteLlmPropertiesMetadataTests {

	@Test
	void namedClientsAreDescribed() throws Exception {
		try (InputStream metadata = new ClassPathResource("META-INF/spring-configuration-metadata.json")
			.getInputStream()) {
			JsonNode properties = JsonMapper.builder().build().readTree(metadata).get("properties");
			JsonNode clients = null;
			for (JsonNode property : properties) {
				if (property.get("name").asString().equals("litellm.clients")) {
					clients = property;
				}
			}
			assertThat(clients).as("litellm.clients").isNotNull();
			assertThat(clients.get("type").asString()).contains("LiteLlmClientProperties");
			assertThat(clients.get("description").asString()).contains("Named clients");
		}
	}

	@Test
	void theHttpClientRequestsSwitchIsDescribedWithoutAFixedDefault() throws Exception {
		try (InputStream metadata = new ClassPathResource("META-INF/spring-configuration-metadata.json")
			.getInputStream()) {
			JsonNode httpClientRequests = null;
			for (JsonNode property : JsonMapper.builder().build().readTree(metadata).get("properties")) {
				if (property.get("name").asString().equals("litellm.observations.http-client-requests")) {
					httpClientRequests = property;
				}
			}
			assertThat(httpClientRequests).as("litellm.observations.http-client-requests").isNotNull();
			assertThat(httpClientRequests.get("type").asString()).isEqualTo("java.lang.Boolean");
			assertThat(httpClientRequests.get("description").asString()).contains("http.client.requests")
				.contains("Tracer");
			assertThat(httpClientRequests.has("defaultValue")).isFalse();
		}
	}

	@Test
	void everyDefaultInTheMetadataIsTheDefaultOfTheProperties() throws Exception {
		Map<String, String> defaults = new HashMap<>();
		try (InputStream metadata = new ClassPathResource("META-INF/spring-configuration-metadata.json")
			.getInputStream()) {
			for (JsonNode property : JsonMapper.builder().build().readTree(metadata).get("properties")) {
				String name = property.get("name").asString();
				if (name.startsWith("litellm.") && property.has("defaultValue")) {
					defaults.put(name, property.get("defaultValue").asString());
				}
			}
		}
		assertThat(defaults).containsKeys("litellm.connect-timeout", "litellm.read-timeout",
				"litellm.max-response-size", "litellm.pool.max-connections", "litellm.pool.pending-acquire-timeout",
				"litellm.pool.max-idle-time", "litellm.pool.max-life-time", "litellm.retry.max-attempts",
				"litellm.retry.initial-backoff", "litellm.retry.max-backoff");
		LiteLlmProperties fromMetadata = new Binder(new MapConfigurationPropertySource(defaults))
			.bind("litellm", LiteLlmProperties.class)
			.get();
		assertThat(fromMetadata).usingRecursiveComparison().isEqualTo(new LiteLlmProperties());
	}

}
