package dev.litellm.spring.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the LiteLLM client, under {@code litellm}: the primary client's settings, and the named clients
 * for further proxies under {@code litellm.clients}.
 */
@ConfigurationProperties("litellm")
public class LiteLlmProperties extends LiteLlmClientProperties {

	/**
	 * Whether to auto-configure the LiteLLM clients.
	 */
	private boolean enabled = true;

	/**
	 * Named clients, each for a further proxy, by name. Each takes the same settings as the primary client; a
	 * setting left out is taken from the primary client's.
	 */
	private final Map<String, LiteLlmClientProperties> clients = new LinkedHashMap<>();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Map<String, LiteLlmClientProperties> getClients() {
		return this.clients;
	}

}
