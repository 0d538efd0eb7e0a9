/**
 * A loopback stub of the LiteLLM proxy's {@code /key/*} API that serves pre-encoded, realistic bodies.
 */
@NullMarked
package dev.litellm.spring.benchmarks.stub;

import org.jspecify.annotations.NullMarked;
