package dev.litellm.spring.internal;

import java.time.Duration;

/**
 * The defaults of a client's settings, shared by the builders and the configuration properties so that they
 * cannot drift apart.
 */
public final class ClientDefaults {

	/** How long to wait for a connection to open. */
	public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

	/** How long to wait for the response, and between reads of it. */
	public static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

	/**
	 * The most connections to the proxy. A pool smaller than the number of calls in flight does not spare the
	 * proxy: the calls wait in the client instead, and each waiting call costs the client a queued acquisition
	 * and a timer. With 64 calls in flight, a pool of 50 cost 8 to 14 % more CPU per call than a pool of 256
	 * (the benchmarks' Boot run); connections are opened only as calls need them and closed after
	 * {@link #MAX_IDLE_TIME} idle, so a larger bound costs nothing while demand is low.
	 */
	public static final int MAX_CONNECTIONS = 256;

	/** How long a call waits for a free connection when all are busy. */
	public static final Duration PENDING_ACQUIRE_TIMEOUT = Duration.ofSeconds(10);

	/**
	 * The most calls waiting for a free connection at once; more fail at once as a saturated pool. Large enough
	 * that a burst waits out the pending-acquire timeout rather than failing.
	 */
	public static final int MAX_PENDING_ACQUIRES = 1000;

	/**
	 * The call timeout, when none is set, as a multiple of the read timeout: one attempt may take this many read
	 * timeouts from request to last byte.
	 */
	public static final int CALL_TIMEOUT_READ_TIMEOUTS = 2;

	/** How long an idle connection is kept: below the idle timeout of common load balancers. */
	public static final Duration MAX_IDLE_TIME = Duration.ofSeconds(20);

	/** How long a connection is used at most. */
	public static final Duration MAX_LIFE_TIME = Duration.ofMinutes(5);

	/** The largest response body the client reads, in bytes. */
	public static final int MAX_RESPONSE_SIZE = 10 * 1024 * 1024;

	/** The most attempts per operation, counting the first. */
	public static final int MAX_ATTEMPTS = 3;

	/** The wait before the first retry. */
	public static final Duration INITIAL_BACKOFF = Duration.ofMillis(200);

	/** The longest wait between attempts. */
	public static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

	private ClientDefaults() {
	}

}
