package dev.litellm.spring.autoconfigure;

import java.util.Locale;

import dev.litellm.spring.keys.ChangedByResolver;
import dev.litellm.spring.keys.KeyManagementOperations;
import dev.litellm.spring.keys.KeyManagementTemplate;
import dev.litellm.spring.keys.ReactiveKeyManagementOperations;
import dev.litellm.spring.keys.ReactiveKeyManagementTemplate;
import dev.litellm.spring.observation.LiteLlmOperationContext;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} for the LiteLLM
 * key-management client: a primary {@link ReactiveKeyManagementOperations} and {@link KeyManagementOperations} pair
 * on a {@link WebClient} of their own, configured from {@code litellm.*}, and a pair qualified by its name for each
 * named client under {@code litellm.clients.<name>}. A client bean of the application's own that carries no
 * qualifier replaces the primary pair as a whole; a qualified one, or one declared with
 * {@code @Bean(defaultCandidate = false)}, sits beside it. {@code litellm.enabled=false} turns the whole
 * configuration off.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration",
		"org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
		"org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration",
		"org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration" })
@ConditionalOnClass(WebClient.class)
@ConditionalOnBooleanProperty(name = "litellm.enabled", matchIfMissing = true)
@EnableConfigurationProperties(LiteLlmProperties.class)
@Import(LiteLlmNamedClientsRegistrar.class)
public final class LiteLlmAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	LiteLlmRotationEvents litellmRotationEvents(ApplicationEventPublisher publisher) {
		return new LiteLlmRotationEvents(publisher);
	}

	/**
	 * The primary pair: both beans, or, when the application defines a client of its own that is not qualified,
	 * neither (see {@link OnNoReplacingClientCondition}).
	 */
	@Configuration(proxyBeanMethods = false)
	@Conditional(OnNoReplacingClientCondition.class)
	static class PrimaryClientConfiguration {

		@Bean
		@Primary
		ReactiveKeyManagementTemplate reactiveKeyManagementOperations(LiteLlmProperties properties,
				BeanFactory beanFactory) {
			return new LiteLlmClientFactory(beanFactory).create("litellm", LiteLlmOperationContext.DEFAULT_CLIENT_NAME,
					properties);
		}

		@Bean
		@Primary
		KeyManagementTemplate keyManagementOperations(
				@Qualifier("reactiveKeyManagementOperations") ReactiveKeyManagementOperations reactive) {
			return new KeyManagementTemplate(reactive);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ SecurityContextHolder.class, ReactiveSecurityContextHolder.class })
	@ConditionalOnBooleanProperty(name = "litellm.audit.use-security-principal", matchIfMissing = true)
	static class SecurityPrincipalConfiguration {

		@Bean
		@ConditionalOnMissingBean(ChangedByResolver.class)
		SecurityPrincipalChangedByResolver litellmChangedByResolver() {
			return new SecurityPrincipalChangedByResolver();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SanitizingFunction.class)
	static class ApiKeySanitizingConfiguration {

		@Bean
		SanitizingFunction litellmApiKeySanitizingFunction() {
			return (data) -> isApiKey(data) ? data.withValue(SanitizableData.SANITIZED_VALUE) : data;
		}

		/**
		 * Matches {@code litellm.api-key} in {@code /env}, {@code litellm.apiKey} in {@code /configprops} and
		 * the {@code LITELLM_API_KEY} environment variable.
		 */
		private static boolean isApiKey(SanitizableData data) {
			String key = data.getKey().replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
			return key.equals("litellmapikey");
		}

	}

}
