/**
 * The application the Boot harness runs this project's client in: auto-configuration only, as users run it.
 */
@NullMarked
package dev.litellm.spring.benchmarks.boot;

import org.jspecify.annotations.NullMarked;
