/**
 * The implementation of the fake LiteLLM proxy. Not API: use {@link dev.litellm.spring.test.FakeLiteLlmProxy}.
 * <p>
 * A request goes {@link dev.litellm.spring.test.internal.FakeProxyServer} (HTTP, recording, injected faults) to
 * {@link dev.litellm.spring.test.internal.ProxyRequestHandler}, whose route table names every route and its handler:
 * {@code KeyCreationHandlers} (generate, regenerate), {@code KeyUpdateHandlers} (update, block, unblock),
 * {@code KeyReadHandlers} (info, health), {@code KeyListHandler} and {@code KeyDeletionHandler}. They validate bodies
 * with {@code RequestModels}, share the field rules of {@code KeyChanges}, keep state in
 * {@link dev.litellm.spring.test.internal.KeyStore}, and render answers with {@code ResponseModels}.
 * {@link dev.litellm.spring.test.internal.ProxySettings} holds the master key, clock, licence,
 * {@code disable_custom_api_keys} and the proxy release modelled ({@link dev.litellm.spring.test.ProxyVersion}),
 * which the route table ({@code Access}), {@code KeyChanges} and the handlers consult where v1.81 and newer proxies
 * differ; {@code ResponseModels.LATEST_ONLY} names the fields a v1.81 fake never shows. {@code Authenticator}
 * resolves the caller; {@code KeyAdmins} answers newer proxies' key-admin checks. {@code RandomIds} draws keys and
 * ids without blocking the event loop.
 */
@NullMarked
package dev.litellm.spring.test.internal;

import org.jspecify.annotations.NullMarked;
