package dev.litellm.spring.test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * A JUnit Jupiter extension that runs one {@link FakeLiteLlmProxy} per test class, hands it to the test, and
 * resets it after each test.
 * <p>
 * Declaratively, with the defaults; the running fake is injected into test-method and lifecycle-method parameters
 * and into fields of type {@link FakeLiteLlmProxy} that are still {@code null} (static ones before
 * {@code @BeforeAll}):
 * <pre>{@code
 * @ExtendWith(FakeLiteLlmProxyExtension.class)
 * class KeyClientTests {
 *     FakeLiteLlmProxy proxy;
 *
 *     @Test
 *     void generates(FakeLiteLlmProxy proxy) { ... proxy.baseUrl() ... }
 * }
 * }</pre>
 * Programmatically, to configure the fake:
 * <pre>{@code
 * @RegisterExtension
 * static FakeLiteLlmProxyExtension litellm = new FakeLiteLlmProxyExtension(
 *         FakeLiteLlmProxy.builder().masterKey("sk-test").enterpriseLicensed(false));
 *
 * @Test
 * void regenerateNeedsALicence() { ... litellm.baseUrl() ... }
 * }</pre>
 * The fake starts before the first test of the class and stops after the last one ({@code @Nested} classes share
 * their enclosing class's fake). Registered on an instance field instead of a static one, it starts per test.
 * Between tests it is {@link FakeLiteLlmProxy#reset() reset} unless created with {@code resetAfterEachTest}
 * {@code false}. {@link FakeProxyVersion @FakeProxyVersion} on the test class picks the proxy release to model.
 */
public final class FakeLiteLlmProxyExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
		TestInstancePostProcessor, ParameterResolver {

	private static final Namespace NAMESPACE = Namespace.create(FakeLiteLlmProxyExtension.class);

	private final FakeLiteLlmProxyBuilder builder;

	private final boolean resetAfterEachTest;

	private volatile @Nullable FakeLiteLlmProxy proxy;

	/**
	 * An extension with the fake's defaults that resets it after each test.
	 */
	public FakeLiteLlmProxyExtension() {
		this(FakeLiteLlmProxy.builder(), true);
	}

	/**
	 * An extension with a configured fake that resets it after each test.
	 *
	 * @param builder the configuration of the fake
	 */
	public FakeLiteLlmProxyExtension(FakeLiteLlmProxyBuilder builder) {
		this(builder, true);
	}

	/**
	 * An extension with a configured fake.
	 *
	 * @param builder the configuration of the fake
	 * @param resetAfterEachTest whether to forget keys, requests and faults after each test
	 */
	public FakeLiteLlmProxyExtension(FakeLiteLlmProxyBuilder builder, boolean resetAfterEachTest) {
		this.builder = Objects.requireNonNull(builder, "builder");
		this.resetAfterEachTest = resetAfterEachTest;
	}

	/**
	 * The running fake.
	 *
	 * @return the fake of the current test class
	 * @throws IllegalStateException before the extension has started it
	 */
	public FakeLiteLlmProxy proxy() {
		FakeLiteLlmProxy current = this.proxy;
		if (current == null) {
			throw new IllegalStateException("The fake LiteLLM proxy starts before the tests of the class run");
		}
		return current;
	}

	/**
	 * The base URL of the running fake.
	 *
	 * @return {@code http://127.0.0.1:<port>}
	 */
	public String baseUrl() {
		return proxy().baseUrl();
	}

	/**
	 * The master key of the running fake.
	 *
	 * @return the master key
	 */
	public String masterKey() {
		return proxy().masterKey();
	}

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		FakeLiteLlmProxy running = obtain(context);
		injectFields(context.getRequiredTestClass(), null, running);
	}

	@Override
	public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws Exception {
		injectFields(testInstance.getClass(), testInstance, obtain(context));
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		obtain(context);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		FakeLiteLlmProxy running = context.getStore(NAMESPACE).get(this, FakeLiteLlmProxy.class);
		if (this.resetAfterEachTest && running != null) {
			running.reset();
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == FakeLiteLlmProxy.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return obtain(extensionContext);
	}

	/**
	 * The fake of this extension in the context or an enclosing one, started (and stored for closing with the
	 * context) when there is none yet.
	 */
	private FakeLiteLlmProxy obtain(ExtensionContext context) {
		ExtensionContext.Store store = context.getStore(NAMESPACE);
		FakeLiteLlmProxy running = store.get(this, FakeLiteLlmProxy.class);
		if (running == null) {
			FakeProxyVersion version = findVersion(context);
			running = store.computeIfAbsent(this,
					key -> (version == null) ? this.builder.start() : this.builder.start(version.value()),
					FakeLiteLlmProxy.class);
		}
		this.proxy = running;
		return running;
	}

	private static @Nullable FakeProxyVersion findVersion(ExtensionContext context) {
		for (Class<?> type = context.getTestClass().orElse(null); type != null; type = type.getEnclosingClass()) {
			FakeProxyVersion version = type.getAnnotation(FakeProxyVersion.class);
			if (version != null) {
				return version;
			}
		}
		return null;
	}

	private static void injectFields(Class<?> type, @Nullable Object instance, FakeLiteLlmProxy running)
			throws IllegalAccessException {
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			for (Field field : current.getDeclaredFields()) {
				boolean isStatic = Modifier.isStatic(field.getModifiers());
				if (field.getType() != FakeLiteLlmProxy.class || Modifier.isFinal(field.getModifiers())
						|| isStatic != (instance == null)) {
					continue;
				}
				field.setAccessible(true);
				if (field.get(instance) == null) {
					field.set(instance, running);
				}
			}
		}
	}

}
