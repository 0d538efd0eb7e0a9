/**
 * Startup-time harness: fresh JVMs that start a minimal Spring Boot application with and without the starter.
 */
@NullMarked
package dev.litellm.spring.benchmarks.startup;

import org.jspecify.annotations.NullMarked;
