package dev.litellm.samples.keyvending.readme;

import dev.litellm.spring.keys.KeyManagementOperations;
import dev.litellm.spring.keys.KeyManagementTemplate;
import dev.litellm.spring.keys.ReactiveKeyManagementTemplate;

// The README's example of a client built without Spring Boot, verbatim.
final class StandaloneClient {

	private StandaloneClient() {
	}

	static KeyManagementOperations create() {
		ReactiveKeyManagementTemplate reactive = ReactiveKeyManagementTemplate.builder()
			.baseUrl("https://litellm.example.com")
			.apiKey(System.getenv("LITELLM_API_KEY"))
			.build();
		KeyManagementOperations blocking = new KeyManagementTemplate(reactive);
		return blocking;
	}

}
