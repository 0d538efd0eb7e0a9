/**
 * The exception hierarchy shared by every LiteLLM proxy API this project covers.
 *
 * <p>{@link dev.litellm.spring.LiteLlmException} is the unchecked base type. The proxy answering with an error
 * becomes a {@link dev.litellm.spring.LiteLlmApiException} (a subtype per status); no usable answer at all
 * becomes a {@link dev.litellm.spring.LiteLlmTransportException}.
 */
@NullMarked
package dev.litellm.spring;

import org.jspecify.annotations.NullMarked;
