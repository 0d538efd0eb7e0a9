package dev.litellm.samples.keyvending;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Prints where to send the first request once the service is up.
 */
@Component
class GettingStartedHint implements ApplicationListener<ApplicationReadyEvent> {

	private static final Log logger = LogFactory.getLog(GettingStartedHint.class);

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
		String base = "http://localhost:" + port;
		logger.info(String.join(System.lineSeparator(), "", "Key vending service is up on " + base + ". Issue a key:",
				"  curl -u alice:alice-secret -H 'Content-Type: application/json' \\",
				"       -d '{\"alias\":\"platform-ci\",\"models\":[\"gpt-4o-mini\"],\"maxBudget\":25,\"budgetDuration\":\"30d\",\"expiresIn\":\"90d\"}' \\",
				"       " + base + "/api/keys", "List the team's keys:  curl -u alice:alice-secret " + base + "/api/keys",
				"Health:                curl " + base + "/actuator/health"));
	}

}
