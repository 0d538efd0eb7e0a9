package dev.litellm.samples.keyvending;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * A key vending service: teams' admins sign in and issue, list, rotate, block and revoke budgeted LiteLLM keys
 * for their team through a small JSON API. Every write reaches the proxy with the signed-in admin as
 * {@code litellm-changed-by}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KeyVendingServiceApplication {

	/**
	 * Run the service against the proxy configured by {@code litellm.base-url} and {@code litellm.api-key}
	 * (for example the {@code LITELLM_BASE_URL} and {@code LITELLM_API_KEY} environment variables).
	 * @param args command-line arguments
	 */
	public static void main(String[] args) {
		SpringApplication.run(KeyVendingServiceApplication.class, args);
	}

}
