/**
 * The implementation of the fake LiteLLM proxy. Not API: use {@link dev.litellm.spring.test.FakeLiteLlmProxy}.
 */
@NullMarked
package dev.litellm.spring.test.internal;

import org.jspecify.annotations.NullMarked;
