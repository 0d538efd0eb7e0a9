package dev.litellm.spring.internal;

import java.time.Duration;

/**
 * The settings of the connection pool and connector a client makes when it is not given a connector.
 *
 * @param connectTimeout how long to wait for a connection to open
 * @param readTimeout how long to wait for the response, and between reads of it
 * @param maxConnections the most connections
 * @param pendingAcquireTimeout how long a call waits for a free connection
 * @param maxPendingAcquires the most calls waiting for a free connection at once
 * @param maxIdleTime how long an idle connection is kept
 * @param maxLifeTime how long a connection is used at most
 * @param maxResponseSize the largest response body read, in bytes
 */
public record ConnectionSettings(Duration connectTimeout, Duration readTimeout, int maxConnections,
		Duration pendingAcquireTimeout, int maxPendingAcquires, Duration maxIdleTime, Duration maxLifeTime, int maxResponseSize) {
}
