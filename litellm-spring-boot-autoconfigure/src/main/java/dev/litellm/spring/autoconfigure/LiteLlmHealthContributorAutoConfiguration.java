package dev.litellm.spring.autoconfigure;

import java.time.Duration;

import dev.litellm.spring.keys.ReactiveKeyManagementOperations;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of the
 * {@code litellm} health contributor of the primary client and the {@code litellm-<name>} contributor of each named
 * client, when Spring Boot's health support is present. Turn it off with
 * {@code management.health.litellm.enabled=false}. Each result is reused for
 * {@code management.health.litellm.cache-time-to-live} (5 seconds unless set; {@code 0} probes on every check).
 */
@AutoConfiguration(after = LiteLlmAutoConfiguration.class)
@ConditionalOnClass(ReactiveHealthIndicator.class)
@ConditionalOnBean(ReactiveKeyManagementOperations.class)
@ConditionalOnEnabledHealthIndicator("litellm")
@Import(LiteLlmHealthContributorAutoConfiguration.NamedClientHealthIndicatorsRegistrar.class)
public final class LiteLlmHealthContributorAutoConfiguration {

	private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);

	private static final String CACHE_TIME_TO_LIVE = "management.health.litellm.cache-time-to-live";

	private static final Duration DEFAULT_CACHE_TIME_TO_LIVE = Duration.ofSeconds(5);

	@Bean
	@ConditionalOnMissingBean(name = "litellmHealthIndicator")
	LiteLlmHealthIndicator litellmHealthIndicator(ReactiveKeyManagementOperations operations,
			LiteLlmProperties properties, Environment environment) {
		return new LiteLlmHealthIndicator(operations, String.valueOf(properties.getBaseUrl()), PROBE_TIMEOUT,
				timeToLive(environment));
	}

	private static Duration timeToLive(Environment environment) {
		return Binder.get(environment).bind(CACHE_TIME_TO_LIVE, Duration.class).orElse(DEFAULT_CACHE_TIME_TO_LIVE);
	}

	/**
	 * Registers the health contributor {@code litellm-<name>} of each named client, which probes that client's
	 * proxy the way {@code litellm} probes the primary one's.
	 */
	static final class NamedClientHealthIndicatorsRegistrar implements ImportBeanDefinitionRegistrar {

		private final Environment environment;

		NamedClientHealthIndicatorsRegistrar(Environment environment) {
			this.environment = environment;
		}

		@Override
		public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
			for (String name : LiteLlmNamedClientsRegistrar.clientNames(this.environment)) {
				RootBeanDefinition indicator = LiteLlmNamedClientsRegistrar.factoryMethodDefinition(
						NamedClientHealthIndicatorsRegistrar.class, LiteLlmHealthIndicator.class, "healthIndicator",
						name);
				// Spring Boot names a contributor after its bean, without the HealthIndicator suffix.
				registry.registerBeanDefinition("litellm-" + name + "HealthIndicator", indicator);
			}
		}

		/**
		 * The factory method of a named client's health indicator.
		 */
		static LiteLlmHealthIndicator healthIndicator(String name, Environment environment, BeanFactory beanFactory) {
			return new LiteLlmHealthIndicator(
					beanFactory.getBean(LiteLlmNamedClientsRegistrar.reactiveBeanName(name),
							ReactiveKeyManagementOperations.class),
					String.valueOf(LiteLlmNamedClientsRegistrar.clientProperties(environment, name).getBaseUrl()),
					PROBE_TIMEOUT, timeToLive(environment));
		}

	}

}
