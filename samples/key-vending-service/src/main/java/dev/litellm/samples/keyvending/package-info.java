/**
 * A sample application of the LiteLLM Spring Boot starter: a key vending service for teams.
 */
@NullMarked
package dev.litellm.samples.keyvending;

import org.jspecify.annotations.NullMarked;
