/**
 * The transport every LiteLLM API client sends its operations through, knowing nothing of any one API: an
 * operation descriptor ({@link dev.litellm.spring.internal.ApiOperation}), one attempt
 * ({@link dev.litellm.spring.internal.CallSender}), the retry policy and backoff
 * ({@link dev.litellm.spring.internal.Retries}), the wire log and masking
 * ({@link dev.litellm.spring.internal.WireLog}), error translation
 * ({@link dev.litellm.spring.internal.ErrorTranslator}), the operation's observation
 * ({@link dev.litellm.spring.internal.OperationObservation}), the audit actor, and the HTTP stack with the
 * settings every client builder shares. Not public API: types here may change in any release.
 */
@NullMarked
package dev.litellm.spring.internal;

import org.jspecify.annotations.NullMarked;
