/**
 * The LiteLLM proxy's virtual-key management API ({@code /key/*}).
 *
 * <p>{@link dev.litellm.spring.keys.KeyManagementOperations} (blocking) and
 * {@link dev.litellm.spring.keys.ReactiveKeyManagementOperations} (Reactor) are the entry points; the
 * {@code *Template} classes implement them on one {@code WebClient}. Requests are immutable and built with
 * builders; responses are immutable classes whose accessors are the camelCase of the proxy's JSON fields, which
 * keep fields they do not know in {@code additionalProperties()}, and which {@code builder()} and
 * {@code toBuilder()} make in code. {@code withResponseInfo()} on either gives the same operations answering with a
 * {@link dev.litellm.spring.keys.LiteLlmResponse}: the body with the HTTP status and response headers.
 */
@NullMarked
package dev.litellm.spring.keys;

import org.jspecify.annotations.NullMarked;
