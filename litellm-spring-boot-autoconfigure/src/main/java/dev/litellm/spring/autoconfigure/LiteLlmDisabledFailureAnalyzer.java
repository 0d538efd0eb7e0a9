package dev.litellm.spring.autoconfigure;

import dev.litellm.spring.keys.KeyManagementOperations;
import dev.litellm.spring.keys.ReactiveKeyManagementOperations;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.analyzer.AbstractInjectionFailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;

/**
 * Explains a missing LiteLLM client bean when the client is off because of {@code litellm.enabled=false}, in place
 * of Spring Boot's generic "required a bean" analysis.
 */
class LiteLlmDisabledFailureAnalyzer extends AbstractInjectionFailureAnalyzer<NoSuchBeanDefinitionException>
		implements Ordered {

	private final Environment environment;

	LiteLlmDisabledFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, NoSuchBeanDefinitionException cause,
			@Nullable String description) {
		ResolvableType type = cause.getResolvableType();
		Class<?> required = (type != null) ? type.resolve() : null;
		if (required == null || !isClient(required)
				|| this.environment.getProperty("litellm.enabled", Boolean.class, true)) {
			return null;
		}
		String message = ((description != null) ? description : "A component") + " required a bean of type '"
				+ required.getName() + "', but the LiteLLM client is off because of litellm.enabled=false.";
		String action = "Remove litellm.enabled=false (or set it to true) to have the LiteLLM client"
				+ " auto-configured, or define a " + required.getSimpleName() + " bean of your own.";
		return new FailureAnalysis(message, action, cause);
	}

	private static boolean isClient(Class<?> type) {
		return KeyManagementOperations.class.isAssignableFrom(type)
				|| ReactiveKeyManagementOperations.class.isAssignableFrom(type);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
