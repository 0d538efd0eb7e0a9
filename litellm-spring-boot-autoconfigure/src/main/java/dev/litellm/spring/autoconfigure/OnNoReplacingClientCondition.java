package dev.litellm.spring.autoconfigure;

import dev.litellm.spring.keys.KeyManagementOperations;
import dev.litellm.spring.keys.ReactiveKeyManagementOperations;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.core.type.MethodMetadata;

/**
 * Matches unless the application defines a {@link ReactiveKeyManagementOperations} or {@link KeyManagementOperations}
 * bean that replaces the primary client: one that is a default autowire candidate and carries no qualifier. So the
 * starter's reactive and blocking beans back off together, never one without the other, and a client for a further
 * proxy, declared with a {@link Qualifier @Qualifier} (or {@code @Bean(defaultCandidate = false)}), sits beside them.
 */
final class OnNoReplacingClientCondition extends SpringBootCondition implements ConfigurationCondition {

	private static final Class<?>[] CLIENT_TYPES = { ReactiveKeyManagementOperations.class,
			KeyManagementOperations.class };

	@Override
	public ConfigurationPhase getConfigurationPhase() {
		return ConfigurationPhase.REGISTER_BEAN;
	}

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		if (beanFactory != null) {
			for (Class<?> type : CLIENT_TYPES) {
				for (String name : beanFactory.getBeanNamesForType(type, true, false)) {
					if (replacesPrimary(beanFactory, name)) {
						return ConditionOutcome.noMatch("the application defines the " + type.getSimpleName()
								+ " bean '" + name + "' without a qualifier, which replaces the LiteLLM client pair");
					}
				}
			}
		}
		return ConditionOutcome.match("the application defines no unqualified LiteLLM client bean");
	}

	private static boolean replacesPrimary(ConfigurableListableBeanFactory beanFactory, String name) {
		if (!beanFactory.containsBeanDefinition(name)) {
			return true; // a singleton registered as an object
		}
		BeanDefinition definition = beanFactory.getBeanDefinition(name);
		if (!definition.isAutowireCandidate()) {
			return false;
		}
		if (definition instanceof AbstractBeanDefinition bean
				&& (!bean.isDefaultCandidate() || !bean.getQualifiers().isEmpty())) {
			return false;
		}
		if (definition instanceof AnnotatedBeanDefinition annotated) {
			MethodMetadata factoryMethod = annotated.getFactoryMethodMetadata();
			AnnotatedTypeMetadata source = (factoryMethod != null) ? factoryMethod : annotated.getMetadata();
			return !source.isAnnotated(Qualifier.class.getName());
		}
		return true;
	}

}
