/**
 * Spring Boot auto-configuration of the LiteLLM key-management client: {@code litellm.*} properties, the
 * client beans, the audit actor, observations and the {@code litellm} health contributor.
 */
@NullMarked
package dev.litellm.spring.autoconfigure;

import org.jspecify.annotations.NullMarked;
