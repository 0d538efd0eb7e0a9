package dev.litellm.spring.keys;

import reactor.core.publisher.Mono;

/**
 * Names the actor recorded in the {@code litellm-changed-by} header of a write, when the call itself did not
 * name one with {@code withChangedBy}. The starter's default resolves the Spring Security principal; declare a
 * bean of this type for another notion of identity.
 *
 * <p>Called once per write operation, when it is subscribed to (for the blocking API, on the calling thread,
 * so thread-bound context is visible), and before any retry.
 */
@FunctionalInterface
public interface ChangedByResolver {

	/**
	 * The actor for the current call.
	 * @return the actor's name, or an empty {@link Mono} when this resolver does not know one
	 */
	Mono<String> resolveChangedBy();

}
