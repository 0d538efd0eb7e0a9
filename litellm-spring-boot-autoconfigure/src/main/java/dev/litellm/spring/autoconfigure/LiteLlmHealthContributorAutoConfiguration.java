package dev.litellm.spring.autoconfigure;

import java.time.Duration;

import dev.litellm.spring.keys.ReactiveKeyManagementOperations;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of the
 * {@code litellm} health contributor, when Spring Boot's health support is present. Turn it off with
 * {@code management.health.litellm.enabled=false}. Each result is reused for
 * {@code management.health.litellm.cache-time-to-live} (5 seconds unless set; {@code 0} probes on every check).
 */
@AutoConfiguration(after = LiteLlmAutoConfiguration.class)
@ConditionalOnClass(ReactiveHealthIndicator.class)
@ConditionalOnBean(ReactiveKeyManagementOperations.class)
@ConditionalOnEnabledHealthIndicator("litellm")
public final class LiteLlmHealthContributorAutoConfiguration {

	private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);

	private static final String CACHE_TIME_TO_LIVE = "management.health.litellm.cache-time-to-live";

	private static final Duration DEFAULT_CACHE_TIME_TO_LIVE = Duration.ofSeconds(5);

	@Bean
	@ConditionalOnMissingBean(name = "litellmHealthIndicator")
	LiteLlmHealthIndicator litellmHealthIndicator(ReactiveKeyManagementOperations operations,
			LiteLlmProperties properties, Environment environment) {
		Duration timeToLive = Binder.get(environment)
			.bind(CACHE_TIME_TO_LIVE, Duration.class)
			.orElse(DEFAULT_CACHE_TIME_TO_LIVE);
		return new LiteLlmHealthIndicator(operations, String.valueOf(properties.getBaseUrl()), PROBE_TIMEOUT,
				timeToLive);
	}

}
