/**
 * The project's own client, wired into the harness.
 */
@NullMarked
package dev.litellm.spring.benchmarks.ours;

import org.jspecify.annotations.NullMarked;
