package dev.litellm.spring.keys;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.litellm.spring.LiteLlmException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * A bulk update longer than the proxy takes in one call, sent in calls of {@value #MAX_ITEMS} items, one after
 * another, and their answers merged in the order of the items.
 *
 * <p>A first call that fails as a whole fails the update: nothing was applied. A later call that fails as a
 * whole does not discard what the earlier calls applied: that call's items and every later one (which are not
 * sent) are reported as failed updates, with the failure's message as the reason.
 */
final class BulkUpdates {

	/** The most items the proxy takes in one bulk update. */
	static final int MAX_ITEMS = 500;

	private BulkUpdates() {
	}

	/**
	 * Send the items in calls of at most {@value #MAX_ITEMS}.
	 * @param <I> the type of an item
	 * @param items the items, at least one
	 * @param keyOf the key an item names, as it is reported for a call that failed
	 * @param send one call, for up to {@value #MAX_ITEMS} items
	 * @return the merged answer
	 */
	static <I> Mono<BulkUpdateKeysResponse> inChunks(List<I> items, Function<I, String> keyOf,
			Function<List<I>, Mono<BulkUpdateKeysResponse>> send) {
		List<List<I>> chunks = new ArrayList<>();
		for (int from = 0; from < items.size(); from += MAX_ITEMS) {
			chunks.add(items.subList(from, Math.min(items.size(), from + MAX_ITEMS)));
		}
		if (chunks.size() == 1) {
			return send.apply(chunks.get(0));
		}
		return Mono.defer(() -> {
			Merged merged = new Merged(items.size());
			Mono<Merged> result = send.apply(chunks.get(0)).map(merged::add);
			for (int index = 1; index < chunks.size(); index++) {
				List<I> chunk = chunks.get(index);
				result = result.flatMap((sofar) -> (sofar.failure != null) ? Mono.just(sofar.fail(chunk, keyOf))
						: send.apply(chunk)
							.map(sofar::add)
							.onErrorResume(LiteLlmException.class,
									(ex) -> Mono.just(sofar.failedWith(ex.getMessage()).fail(chunk, keyOf))));
			}
			return result.map(Merged::response);
		});
	}

	/** The answers so far, and the message of the call that failed as a whole, if one did. */
	private static final class Merged {

		private final int totalRequested;

		private final List<BulkUpdateKeysResponse.SuccessfulUpdate> successful = new ArrayList<>();

		private final List<BulkUpdateKeysResponse.FailedUpdate> failed = new ArrayList<>();

		private @Nullable String failure;

		Merged(int totalRequested) {
			this.totalRequested = totalRequested;
		}

		Merged add(BulkUpdateKeysResponse answer) {
			this.successful.addAll(answer.successfulUpdates());
			this.failed.addAll(answer.failedUpdates());
			return this;
		}

		Merged failedWith(String message) {
			this.failure = "not applied: a call of this bulk update failed: " + message;
			return this;
		}

		<I> Merged fail(List<I> chunk, Function<I, String> keyOf) {
			chunk.forEach((item) -> this.failed.add(BulkUpdateKeysResponse.FailedUpdate.builder()
				.key(keyOf.apply(item))
				.failedReason(this.failure)
				.build()));
			return this;
		}

		BulkUpdateKeysResponse response() {
			return BulkUpdateKeysResponse.builder()
				.totalRequested(this.totalRequested)
				.successfulUpdates(this.successful)
				.failedUpdates(this.failed)
				.build();
		}

	}

}
