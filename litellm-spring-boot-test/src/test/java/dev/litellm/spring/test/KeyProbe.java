package dev.litellm.spring.test;

import dev.litellm.spring.LiteLlmAuthenticationException;
import dev.litellm.spring.keys.ReactiveKeyManagementTemplate;
import dev.litellm.spring.keys.RetryPolicy;

/**
 * Whether the fake accepts a key as the calling key, as it would for a consumer of the key.
 */
final class KeyProbe {

	private KeyProbe() {
	}

	static boolean authenticates(FakeLiteLlmProxy proxy, String key) {
		ReactiveKeyManagementTemplate asKey = ReactiveKeyManagementTemplate.builder()
			.baseUrl(proxy.baseUrl())
			.apiKey(key)
			.retryPolicy(RetryPolicy.none())
			.build();
		try (asKey) {
			asKey.currentKeyInfo().block();
			return true;
		}
		catch (LiteLlmAuthenticationException ex) {
			return false;
		}
	}

}
