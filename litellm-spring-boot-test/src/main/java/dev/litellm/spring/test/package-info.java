/**
 * Test support for the LiteLLM key-management client: {@link dev.litellm.spring.test.FakeLiteLlmProxy}, a
 * stateful in-memory fake of the LiteLLM proxy's {@code /key/*} API served over real HTTP, with a JUnit Jupiter
 * extension ({@link dev.litellm.spring.test.FakeLiteLlmProxyExtension}) and a Spring test integration
 * ({@link dev.litellm.spring.test.AutoConfigureFakeLiteLlm}).
 */
@NullMarked
package dev.litellm.spring.test;

import org.jspecify.annotations.NullMarked;
