package dev.litellm.spring.autoconfigure;

import dev.litellm.spring.keys.KeyManagementOperations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
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

	@Test
	void unsetApiKeyVariableStopsStartupNamingTheVariable(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run("--litellm.base-url=http://localhost:4000",
				"--litellm.api-key=${LITELLM_STARTUP_TEST_UNSET_KEY}"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("litellm.api-key refers to LITELLM_STARTUP_TEST_UNSET_KEY, which is not set")
			.doesNotContain("Bearer");
	}

	@Test
	void wrongAuthHeaderStopsStartupWithTheDocumentedSpellings(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run("--litellm.base-url=http://localhost:4000",
				"--litellm.api-key=" + API_KEY, "--litellm.auth-header=x-api-key"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("litellm.auth-header has the value 'x-api-key'")
			.contains("Set litellm.auth-header to authorization")
			.doesNotContain("X_LITELLM_API_KEY")
			.doesNotContain(API_KEY);
	}

	@Test
	void disabledClientStopsAServiceThatNeedsItWithTheReason(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run(ServiceApplication.class, "--litellm.enabled=false",
				"--litellm.api-key=" + API_KEY));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("required a bean of type 'dev.litellm.spring.keys.KeyManagementOperations'")
			.contains("the LiteLLM client is off because of litellm.enabled=false")
			.doesNotContain(API_KEY);
	}

	private static void run(String... args) {
		run(MinimalApplication.class, args);
	}

	private static void run(Class<?> applicationClass, String... args) {
		SpringApplication application = new SpringApplication(applicationClass);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.run(args).close();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class MinimalApplication {

	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class ServiceApplication {

		@Bean
		Object teamKeys(KeyManagementOperations keys) {
			return keys;
		}

	}

}
