package dev.litellm.spring.autoconfigure;

import java.time.Duration;

import dev.litellm.spring.keys.ReactiveKeyManagementOperations;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of the
 * {@code litellm} health contributor, when Spring Boot's health support is present. Turn it off with
 * {@code management.health.litellm.enabled=false}.
 */
@AutoConfiguration(after = LiteLlmAutoConfiguration.class)
@ConditionalOnClass(ReactiveHealthIndicator.class)
@ConditionalOnBean(ReactiveKeyManagementOperations.class)
@ConditionalOnEnabledHealthIndicator("litellm")
public final class LiteLlmHealthContributorAutoConfiguration {

	private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);

	@Bean
	@ConditionalOnMissingBean(name = "litellmHealthIndicator")
	LiteLlmHealthIndicator litellmHealthIndicator(ReactiveKeyManagementOperations operations,
			LiteLlmProperties properties) {
		return new LiteLlmHealthIndicator(operations, String.valueOf(properties.getBaseUrl()), PROBE_TIMEOUT);
	}

}
