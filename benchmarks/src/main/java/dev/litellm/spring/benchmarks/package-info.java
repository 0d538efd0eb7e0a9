/**
 * Benchmarks of the LiteLLM key-management client against a local stub proxy.
 */
@NullMarked
package dev.litellm.spring.benchmarks;

import org.jspecify.annotations.NullMarked;
