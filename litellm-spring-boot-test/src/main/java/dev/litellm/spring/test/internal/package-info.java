/**
 * The implementation of the fake LiteLLM proxy. Not API: use {@link dev.litellm.spring.test.FakeLiteLlmProxy}.
 * <p>
 * A request goes {@link dev.litellm.spring.test.internal.FakeProxyServer} (HTTP, recording, injected faults) to
 * {@link dev.litellm.spring.test.internal.ProxyRequestHandler}, whose route table names every route and its handler:
 * {@code KeyCreationHandlers} (generate, regenerate), {@code KeyUpdateHandlers} (update, block, unblock),
 * {@code KeyReadHandlers} (info, health), {@code KeyListHandler} and {@code KeyDeletionHandler}. They validate bodies
 * with {@code RequestModels}, share the field rules of {@code KeyChanges}, keep state in
 * {@link dev.litellm.spring.test.internal.KeyStore}, and render answers with {@code ResponseModels}.
 * {@link dev.litellm.spring.test.internal.ProxySettings} holds the master key, clock and licence;
 * {@code Authenticator} resolves the caller.
 */
@NullMarked
package dev.litellm.spring.test.internal;

import org.jspecify.annotations.NullMarked;
