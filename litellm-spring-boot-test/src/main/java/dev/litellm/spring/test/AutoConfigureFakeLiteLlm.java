package dev.litellm.spring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a {@link FakeLiteLlmProxy} for a Spring test context: the fake is started when the context is created,
 * registered as a bean (inject it with {@code @Autowired FakeLiteLlmProxy}), and stopped when the context closes.
 * {@code litellm.base-url} and {@code litellm.api-key} are set to the fake's URL and master key, ahead of every
 * other property source.
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureFakeLiteLlm
 * class KeyVendingTests {
 *     @Autowired KeyManagementOperations keys;
 *     @Autowired FakeLiteLlmProxy proxy;
 * }
 * }</pre>
 * Test classes with the same attributes share a cached context and so one fake; it is reset after each test method
 * unless {@link #resetAfterEachTest()} is {@code false}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureFakeLiteLlm {

	/**
	 * The fake's master key, which also becomes {@code litellm.api-key}.
	 *
	 * @return the master key
	 */
	String masterKey() default FakeLiteLlmProxy.DEFAULT_MASTER_KEY;

	/**
	 * Whether Enterprise features are licensed.
	 *
	 * @return the licence state
	 */
	boolean enterpriseLicensed() default true;

	/**
	 * The proxy release the fake models.
	 *
	 * @return the version; {@link ProxyVersion#LATEST} by default
	 */
	ProxyVersion version() default ProxyVersion.LATEST;

	/**
	 * Whether the fake is reset after each test method.
	 *
	 * @return {@code true} to forget keys, requests and faults between tests
	 */
	boolean resetAfterEachTest() default true;

}
