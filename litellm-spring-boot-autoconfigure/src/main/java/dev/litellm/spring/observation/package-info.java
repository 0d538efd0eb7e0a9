/**
 * Micrometer Observation support: one {@code litellm.client.operation} observation per client operation,
 * spanning its retries, with low-cardinality key values only (never a key, hash, alias, user or team id).
 */
@NullMarked
package dev.litellm.spring.observation;

import org.jspecify.annotations.NullMarked;
