package dev.litellm.spring.autoconfigure;

import java.time.Duration;

import dev.litellm.spring.LiteLlmApiException;
import dev.litellm.spring.keys.KeyListQuery;
import dev.litellm.spring.keys.ReactiveKeyManagementOperations;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;

/**
 * Reports whether the LiteLLM proxy answers an authenticated call: {@code GET /key/list?size=1}, which is cheap
 * and needs a valid key. Not {@code /key/health}, which takes seconds and checks only logging callbacks.
 */
public class LiteLlmHealthIndicator implements ReactiveHealthIndicator {

	private static final KeyListQuery PROBE = KeyListQuery.builder().size(1).build();

	private final ReactiveKeyManagementOperations operations;

	private final String baseUrl;

	private final Duration timeout;

	/**
	 * Create an indicator.
	 * @param operations the client to probe with
	 * @param baseUrl the proxy's base URL, reported in the details
	 * @param timeout how long the probe may take before the proxy is reported down
	 */
	public LiteLlmHealthIndicator(ReactiveKeyManagementOperations operations, String baseUrl, Duration timeout) {
		this.operations = operations;
		this.baseUrl = baseUrl;
		this.timeout = timeout;
	}

	@Override
	public Mono<Health> health() {
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
