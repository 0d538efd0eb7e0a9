package dev.litellm.spring.keys;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.litellm.spring.LiteLlmNotFoundException;
import dev.litellm.spring.internal.ApiCall;
import dev.litellm.spring.internal.LiteLlmTransport;
import dev.litellm.spring.internal.Secrets;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;

/**
 * Many keys looked up in one call, {@code POST /v2/key/info}, with their hashes in the body. A proxy without that
 * route answers FastAPI's own 404 {@code {"detail":"Not Found"}}; then each key is looked up with
 * {@code GET /key/info}, at most {@value #FALLBACK_CONCURRENCY} at a time, so that the lookup works on every
 * release.
 */
final class KeyInfoBatch {

	/** How many {@code /key/info} calls the fallback makes at once. */
	static final int FALLBACK_CONCURRENCY = 4;

	/** FastAPI's message for a path no route matches. */
	private static final String NO_SUCH_ROUTE = "Not Found";

	private KeyInfoBatch() {
	}

	/**
	 * Look the keys up.
	 * @param transport the client's transport
	 * @param keys raw keys or hashes, already checked
	 * @return the records the proxy has; in the proxy's order from {@code /v2/key/info}, in the order of the keys
	 * from the fallback, which leaves out keys the proxy does not know
	 */
	static Mono<List<KeyInfo>> lookUp(LiteLlmTransport transport, List<String> keys) {
		List<String> hashes = keys.stream().map(Secrets::urlSafeKey).distinct().toList();
		ApiCall<Answer> batch = new ApiCall<>(KeyOperation.INFO_BATCH, HttpMethod.POST, "/v2/key/info", Map.of(),
				Map.of("keys", hashes), Answer.class);
		return transport.executeWith(KeyOperation.INFO_BATCH, null,
				(actor) -> transport.retried(batch)
					.map(Answer::rows)
					.onErrorResume(KeyInfoBatch::isMissingRoute, (ex) -> oneByOne(transport, hashes)));
	}

	private static boolean isMissingRoute(Throwable failure) {
		return failure instanceof LiteLlmNotFoundException notFound
				&& NO_SUCH_ROUTE.equals(notFound.errorMessage());
	}

	private static Mono<List<KeyInfo>> oneByOne(LiteLlmTransport transport, List<String> hashes) {
		return Flux.fromIterable(hashes)
			.flatMapSequential((hash) -> transport
				.retried(new ApiCall<>(KeyOperation.INFO, HttpMethod.GET, "/key/info", Map.of("key", List.of(hash)),
						null, KeyInfoResponse.class))
				.map((found) -> found.info().toBuilder().token(hash).build())
				.onErrorResume(LiteLlmNotFoundException.class, (ex) -> Mono.empty()), FALLBACK_CONCURRENCY)
			.collectList();
	}

	/**
	 * The answer of {@code /v2/key/info}: the keys as sent and their records.
	 * @param info the records
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Answer(@Nullable List<KeyInfo> info) {

		List<KeyInfo> rows() {
			return (this.info != null) ? this.info : List.of();
		}

	}

}
