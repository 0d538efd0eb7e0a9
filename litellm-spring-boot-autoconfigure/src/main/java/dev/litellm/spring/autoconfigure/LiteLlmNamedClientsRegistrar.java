package dev.litellm.spring.autoconfigure;

import java.util.Map;
import java.util.regex.Pattern;

import dev.litellm.spring.keys.KeyManagementTemplate;
import dev.litellm.spring.keys.ReactiveKeyManagementOperations;
import dev.litellm.spring.keys.ReactiveKeyManagementTemplate;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers a {@link ReactiveKeyManagementOperations} and a {@link dev.litellm.spring.keys.KeyManagementOperations}
 * bean for each named client under {@code litellm.clients.<name>}, both qualified by the name. They are not default
 * candidates: only an injection point qualified with the name ({@code @Qualifier("<name>")}) receives them, so an
 * unqualified one keeps getting the primary client.
 */
final class LiteLlmNamedClientsRegistrar implements ImportBeanDefinitionRegistrar {

	static final String CLIENTS = "litellm.clients";

	private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

	private final Environment environment;

	LiteLlmNamedClientsRegistrar(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		for (String name : clientNames(this.environment)) {
			RootBeanDefinition reactive = clientDefinition(ReactiveKeyManagementTemplate.class, "reactiveClient", name);
			reactive.setDestroyMethodName(AbstractBeanDefinition.INFER_METHOD);
			registry.registerBeanDefinition(reactiveBeanName(name), reactive);
			RootBeanDefinition blocking = clientDefinition(KeyManagementTemplate.class, "blockingClient", name);
			blocking.setDependsOn(reactiveBeanName(name));
			registry.registerBeanDefinition(name + "KeyManagementOperations", blocking);
		}
	}

	/**
	 * The factory method of a named client's reactive bean.
	 */
	static ReactiveKeyManagementTemplate reactiveClient(String name, Environment environment,
			BeanFactory beanFactory) {
		return new LiteLlmClientFactory(beanFactory).create(CLIENTS + "." + name, name,
				clientProperties(environment, name));
	}

	/**
	 * The factory method of a named client's blocking bean.
	 */
	static KeyManagementTemplate blockingClient(String name, BeanFactory beanFactory) {
		return new KeyManagementTemplate(
				beanFactory.getBean(reactiveBeanName(name), ReactiveKeyManagementOperations.class));
	}

	/**
	 * The names of the clients under {@code litellm.clients}.
	 */
	static Iterable<String> clientNames(Environment environment) {
		Map<String, LiteLlmClientProperties> clients = Binder.get(environment)
			.bind(CLIENTS, Bindable.mapOf(String.class, LiteLlmClientProperties.class))
			.orElse(Map.of());
		for (String name : clients.keySet()) {
			if (!NAME.matcher(name).matches()) {
				throw new InvalidLiteLlmPropertyException(CLIENTS, "names a client '" + name + "'",
						"Name each client under litellm.clients with lowercase letters, digits and '-', starting"
								+ " with a letter or digit, for example litellm.clients.billing-eu.base-url.");
			}
		}
		return clients.keySet();
	}

	static String reactiveBeanName(String name) {
		return name + "ReactiveKeyManagementOperations";
	}

	/**
	 * A named client's properties: those set under {@code litellm.clients.<name>}, over those of {@code litellm}.
	 * Binding onto the primary client's properties changes only the settings the named client sets, nested ones
	 * included, so a setting left out is inherited whether or not it equals the default.
	 */
	static LiteLlmClientProperties clientProperties(Environment environment, String name) {
		Binder binder = Binder.get(environment);
		LiteLlmClientProperties properties = binder.bind("litellm", Bindable.of(LiteLlmClientProperties.class))
			.orElseGet(LiteLlmClientProperties::new);
		binder.bind(CLIENTS + "." + name, Bindable.ofInstance(properties));
		return properties;
	}

	/**
	 * A bean made by a static factory method from the client's name and autowired arguments, which ahead-of-time
	 * processing can turn into code, unlike an instance supplier.
	 */
	static RootBeanDefinition factoryMethodDefinition(Class<?> factoryClass, Class<?> type, String factoryMethod,
			String name) {
		RootBeanDefinition definition = new RootBeanDefinition(factoryClass);
		definition.setFactoryMethodName(factoryMethod);
		definition.setTargetType(type);
		definition.setAutowireMode(AbstractBeanDefinition.AUTOWIRE_CONSTRUCTOR);
		definition.getConstructorArgumentValues().addIndexedArgumentValue(0, name);
		return definition;
	}

	private static RootBeanDefinition clientDefinition(Class<?> type, String factoryMethod, String name) {
		RootBeanDefinition definition = factoryMethodDefinition(LiteLlmNamedClientsRegistrar.class, type,
				factoryMethod, name);
		definition.addQualifier(new AutowireCandidateQualifier(Qualifier.class, name));
		definition.setDefaultCandidate(false);
		return definition;
	}

}
