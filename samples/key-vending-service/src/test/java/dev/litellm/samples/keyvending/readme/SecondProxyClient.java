package dev.litellm.samples.keyvending.readme;

import dev.litellm.spring.keys.KeyManagementOperations;
import dev.litellm.spring.keys.KeyManagementTemplate;
import dev.litellm.spring.keys.ReactiveKeyManagementOperations;
import dev.litellm.spring.keys.ReactiveKeyManagementTemplate;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;

// The README's example of a client for a second proxy beside the auto-configured one, verbatim. Not a
// configuration class here, so that the sample's own tests keep a single proxy.
class SecondProxyClient {

	@Bean
	@Qualifier("billing")
	ReactiveKeyManagementTemplate billingReactiveKeys() {
		return ReactiveKeyManagementTemplate.builder()
			.name("billing")
			.baseUrl("https://billing-litellm.example.com")
			.apiKey(System.getenv("BILLING_LITELLM_API_KEY"))
			.build();
	}

	@Bean
	@Qualifier("billing")
	KeyManagementOperations billingKeys(@Qualifier("billing") ReactiveKeyManagementOperations reactive) {
		return new KeyManagementTemplate(reactive);
	}

}
