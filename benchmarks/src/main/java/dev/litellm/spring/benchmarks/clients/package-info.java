/**
 * The clients compared: a raw {@code WebClient} floor and the client OpenAPI Generator makes from the LiteLLM spec.
 */
@NullMarked
package dev.litellm.spring.benchmarks.clients;

import org.jspecify.annotations.NullMarked;
