package dev.litellm.spring.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A real application start with a bad {@code litellm.*} property: Spring Boot's failure analysis, found through
 * {@code META-INF/spring.factories}, reports the property and the fix, and never the key.
 */
@ExtendWith(OutputCaptureExtension.class)
class LiteLlmStartupFailureTests {

	private static final String API_KEY = "sk-startup-failure-test-key-01";

	@Test
	void missingBaseUrlStopsStartupWithTheFix(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run("--litellm.api-key=" + API_KEY));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("litellm.base-url is not set")
			.contains("base-url: http://localhost:4000")
			.doesNotContain(API_KEY)
			.doesNotContain("NullPointerException");
	}

	@Test
	void malformedBaseUrlStopsStartupWithTheFix(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run("--litellm.base-url=ftp://proxy", "--litellm.api-key=" + API_KEY));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("litellm.base-url must be an absolute http or https URL, but was 'ftp://proxy'")
			.doesNotContain(API_KEY);
	}

	@Test
	void missingApiKeyStopsStartupWithTheFix(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run("--litellm.base-url=http://localhost:4000"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("litellm.api-key is not set")
			.contains("To run without the LiteLLM client, set litellm.enabled=false");
	}

	private static void run(String... args) {
		SpringApplication application = new SpringApplication(MinimalApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.run(args).close();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class MinimalApplication {

	}

}
