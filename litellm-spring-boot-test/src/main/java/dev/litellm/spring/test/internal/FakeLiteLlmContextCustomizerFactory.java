package dev.litellm.spring.test.internal;

import java.util.List;
import java.util.Map;

import dev.litellm.spring.test.AutoConfigureFakeLiteLlm;
import dev.litellm.spring.test.FakeLiteLlmProxy;
import dev.litellm.spring.test.ProxyVersion;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Registered in {@code META-INF/spring.factories}: gives test classes annotated with
 * {@link AutoConfigureFakeLiteLlm} a running {@link FakeLiteLlmProxy} bean and the {@code litellm.*} properties
 * that point at it.
 */
public final class FakeLiteLlmContextCustomizerFactory implements ContextCustomizerFactory {

	/** The name of the fake's bean. */
	public static final String BEAN_NAME = "fakeLiteLlmProxy";

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		AutoConfigureFakeLiteLlm annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				AutoConfigureFakeLiteLlm.class);
		return annotation == null ? null
				: new Customizer(annotation.masterKey(), annotation.enterpriseLicensed(), annotation.version());
	}

	/** Equal for equal settings, so that test classes with the same settings share a cached context. */
	private record Customizer(String masterKey, boolean enterpriseLicensed, ProxyVersion version) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			FakeLiteLlmProxy proxy = FakeLiteLlmProxy.builder()
				.masterKey(this.masterKey)
				.enterpriseLicensed(this.enterpriseLicensed)
				.version(this.version)
				.start();
			ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
			beanFactory.registerSingleton(BEAN_NAME, proxy);
			if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
				registry.registerDisposableBean(BEAN_NAME, proxy::close);
			}
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource(BEAN_NAME,
						Map.of("litellm.base-url", proxy.baseUrl(), "litellm.api-key", proxy.masterKey())));
		}

	}

}
