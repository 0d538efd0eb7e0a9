package dev.litellm.spring.autoconfigure;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Customizes the {@link WebClient.Builder} of the LiteLLM client, and of no other {@code WebClient}. Declare
 * beans of this type to add filters, headers or codecs for calls to the proxy only; they run after the client's
 * own settings, in {@link org.springframework.core.Ordered order}.
 */
@FunctionalInterface
public interface LiteLlmWebClientCustomizer {

	/**
	 * Customize the builder.
	 * @param webClientBuilder the LiteLLM client's own builder
	 */
	void customize(WebClient.Builder webClientBuilder);

}
