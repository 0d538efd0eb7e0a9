package dev.litellm.spring.autoconfigure;

import java.time.Duration;

import dev.litellm.spring.LiteLlmApiException;
import dev.litellm.spring.keys.KeyListQuery;
import dev.litellm.spring.keys.ReactiveKeyManagementOperations;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;

/**
 * Reports whether the LiteLLM proxy answers an authenticated call: {@code GET /key/list?size=1}, which is cheap
 * and needs a valid key. Not {@code /key/health}, which takes seconds and checks only logging callbacks.
 * <p>
 * The result can be kept for a short time to live, so that frequent health checks (or anyone able to request
 * them) do not turn into as many calls to the proxy; concurrent checks share one probe.
 */
public class LiteLlmHealthIndicator implements ReactiveHealthIndicator {

	private static final KeyListQuery PROBE = KeyListQuery.builder().size(1).build();

	private final ReactiveKeyManagementOperations operations;

	private final String baseUrl;

	private final Duration timeout;

	private final Mono<Health> health;

	/**
	 * Create an indicator.
	 * @param operations the client to probe with
	 * @param baseUrl the proxy's base URL, reported in the details
	 * @param timeout how long the probe may take before the proxy is reported down
	 */
	public LiteLlmHealthIndicator(ReactiveKeyManagementOperations operations, String baseUrl, Duration timeout) {
		this(operations, baseUrl, timeout, Duration.ZERO);
	}

	/**
	 * Create an indicator that keeps each result for a time to live.
	 * @param operations the client to probe with
	 * @param baseUrl the proxy's base URL, reported in the details
	 * @param timeout how long the probe may take before the proxy is reported down
	 * @param timeToLive how long a result (up or down) is reused before the proxy is probed again; zero to probe
	 * on every check
	 */
	public LiteLlmHealthIndicator(ReactiveKeyManagementOperations operations, String baseUrl, Duration timeout,
			Duration timeToLive) {
		this(operations, baseUrl, timeout, timeToLive, Schedulers.parallel());
	}

	LiteLlmHealthIndicator(ReactiveKeyManagementOperations operations, String baseUrl, Duration timeout,
			Duration timeToLive, Scheduler clock) {
		this.operations = operations;
		this.baseUrl = baseUrl;
		this.timeout = timeout;
		this.health = (!timeToLive.isNegative() && !timeToLive.isZero()) ? probe().cache(timeToLive, clock) : probe();
	}

	@Override
	public Mono<Health> health() {
		return this.health;
	}

	private Mono<Health> probe() {
		return Mono.defer(() -> {
			long start = System.nanoTime();
			return this.operations.listKeys(PROBE)
				.timeout(this.timeout)
				.map((page) -> Health.up().withDetail("baseUrl", this.baseUrl).withDetail("latencyMs", millisSince(start)).build())
				.onErrorResume((ex) -> Mono.just(down(ex, start)));
		});
	}

	private Health down(Throwable ex, long start) {
		Health.Builder health = Health.down()
			.withDetail("baseUrl", this.baseUrl)
			.withDetail("latencyMs", millisSince(start))
			.withDetail("error", ex.getClass().getSimpleName());
		if (ex instanceof LiteLlmApiException api) {
			health.withDetail("status", api.statusCode());
		}
		return health.build();
	}

	private static long millisSince(long start) {
		return Duration.ofNanos(System.nanoTime() - start).toMillis();
	}

}
