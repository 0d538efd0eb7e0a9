package dev.litellm.spring.keys;

import java.util.function.Function;

import reactor.core.publisher.Mono;

/**
 * One operation of the {@code withResponseInfo()} view, callable through the blocking and the reactive view alike,
 * beside the plain {@link KeyCall} it mirrors.
 *
 * @param plain the plain operation
 * @param blocking the call on the blocking view
 * @param reactive the call on the reactive view
 * @param <T> the operation's result
 */
record AnsweredCall<T>(KeyCall<T> plain, Function<KeyManagementResponses, LiteLlmResponse<T>> blocking,
		Function<ReactiveKeyManagementResponses, Mono<LiteLlmResponse<T>>> reactive) {

	/**
	 * The call on the view as a {@link KeyCall}, so that {@link Api} runs it like any operation.
	 */
	KeyCall<LiteLlmResponse<T>> viewed() {
		return new KeyCall<>(this.plain.name(), this.plain.operation(),
				(ops) -> this.blocking.apply(ops.withResponseInfo()),
				(ops) -> this.reactive.apply(ops.withResponseInfo()));
	}

	@Override
	public String toString() {
		return this.plain.name();
	}

}
