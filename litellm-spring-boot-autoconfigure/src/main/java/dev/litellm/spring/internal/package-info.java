/**
 * Transport support shared by the LiteLLM API clients: error decoding and secret masking. Not public API: types
 * here may change in any release.
 */
@NullMarked
package dev.litellm.spring.internal;

import org.jspecify.annotations.NullMarked;
