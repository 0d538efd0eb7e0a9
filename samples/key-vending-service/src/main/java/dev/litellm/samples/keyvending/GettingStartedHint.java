package dev.litellm.samples.keyvending;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Prints which proxy the service talks to, and where to send the first request, once the service is up. When
 * started by the test-run launcher, {@value #FAKE_PROXY} is set and the hint says the proxy is the embedded fake.
 */
@Component
class GettingStartedHint implements ApplicationListener<ApplicationReadyEvent> {

	/** Set by the launcher that starts the service against an embedded fake proxy. */
	static final String FAKE_PROXY = "vending.embedded-fake-proxy";

	private static final Log logger = LogFactory.getLog(GettingStartedHint.class);

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		Environment environment = event.getApplicationContext().getEnvironment();
		String base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
		String proxy = environment.getProperty("litellm.base-url", "(not set)");
		String against = environment.getProperty(FAKE_PROXY, Boolean.class, false)
				? "the embedded fake LiteLLM proxy at " + proxy + " (keys live in memory until the service stops)"
				: "the LiteLLM proxy at " + proxy;
		logger.info(String.join(System.lineSeparator(), "", "Key vending service is up on " + base,
				"Running against " + against + ".", "Issue a key for team platform, signed in as its admin alice:",
				"  curl -u alice:alice-secret -H 'Content-Type: application/json' \\",
				"       -d '{\"alias\":\"platform-ci\",\"models\":[\"gpt-4o-mini\"],\"maxBudget\":25,\"budgetDuration\":\"30d\",\"expiresIn\":\"90d\"}' \\",
				"       " + base + "/api/keys", "List the team's keys:  curl -u alice:alice-secret " + base + "/api/keys",
				"Health:                curl " + base + "/actuator/health",
				"More (rotate, block, revoke): samples/key-vending-service/README.md"));
	}

}
