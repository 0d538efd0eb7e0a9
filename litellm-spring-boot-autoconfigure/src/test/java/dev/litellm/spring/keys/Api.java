package dev.litellm.spring.keys;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The two faces of the client. A test parameterized over this runs the same scenario through
 * {@link KeyManagementOperations} and through {@link ReactiveKeyManagementOperations} (with {@link StepVerifier}).
 */
enum Api {

	BLOCKING {

		@Override
		<T> T call(Clients clients, KeyCall<T> call) {
			return call.blocking().apply(clients.blocking());
		}

		@Override
		Throwable failure(Clients clients, KeyCall<?> call) {
			Throwable failure = catchThrowable(() -> call.blocking().apply(clients.blocking()));
			assertThat(failure).as("%s should have failed", call).isNotNull();
			return failure;
		}

	},

	REACTIVE {

		@Override
		<T> T call(Clients clients, KeyCall<T> call) {
			AtomicReference<T> result = new AtomicReference<>();
			StepVerifier.create(call.reactive().apply(clients.reactive()))
				.consumeNextWith(result::set)
				.expectComplete()
				.verify(TIMEOUT);
			return result.get();
		}

		@Override
		Throwable failure(Clients clients, KeyCall<?> call) {
			// Not deferred here: a reactive method must signal its failure, not throw it.
			AtomicReference<Throwable> failure = new AtomicReference<>();
			StepVerifier.create(call.reactive().apply(clients.reactive()))
				.expectErrorSatisfies(failure::set)
				.verify(TIMEOUT);
			return failure.get();
		}

	};

	static final Duration TIMEOUT = Duration.ofSeconds(10);

	/**
	 * Run the call and return its result.
	 */
	abstract <T> T call(Clients clients, KeyCall<T> call);

	/**
	 * Run a call that must fail and return what it failed with.
	 */
	abstract Throwable failure(Clients clients, KeyCall<?> call);

	/**
	 * The blocking client and the reactive client it is built on.
	 */
	record Clients(KeyManagementOperations blocking, ReactiveKeyManagementOperations reactive) {

		static Clients of(ReactiveKeyManagementOperations reactive) {
			return new Clients(new KeyManagementTemplate(reactive), reactive);
		}

		Clients withChangedBy(String changedBy) {
			return new Clients(this.blocking.withChangedBy(changedBy), this.reactive.withChangedBy(changedBy));
		}

	}

}
