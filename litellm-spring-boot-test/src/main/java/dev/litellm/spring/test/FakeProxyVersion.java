package dev.litellm.spring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Picks the proxy release the fake of a {@link FakeLiteLlmProxyExtension} models for the annotated test class (and
 * its subclasses), overriding the builder's {@link FakeLiteLlmProxyBuilder#version(ProxyVersion) version}:
 * <pre>{@code
 * @ExtendWith(FakeLiteLlmProxyExtension.class)
 * @FakeProxyVersion(ProxyVersion.V1_81)
 * class AgainstTheReleaseWeRunTests { FakeLiteLlmProxy proxy; ... }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface FakeProxyVersion {

	/**
	 * The release to model.
	 *
	 * @return the version
	 */
	ProxyVersion value();

}
