package dev.litellm.spring.keys;

import dev.litellm.spring.internal.LiteLlmTransport;

/**
 * What a client's operations are made of beyond its HTTP stack: the transport, the calls that take more than one
 * request, and key rotation. Made on a client's first call (making them loads about forty classes, which an
 * application's start need not wait for) and shared by the views {@code withChangedBy} returns.
 *
 * @param transport sends, retries and observes each call
 * @param batch the calls that create keys or take more than one request
 * @param rotations rotates keys, remembering whether the proxy may regenerate them
 */
record KeyClientParts(LiteLlmTransport transport, KeyBatchCalls batch, KeyRotationProcess rotations) {
}
