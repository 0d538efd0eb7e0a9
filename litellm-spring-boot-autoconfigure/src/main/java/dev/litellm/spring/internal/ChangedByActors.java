package dev.litellm.spring.internal;

import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Who a write is recorded as changed by ({@code litellm-changed-by}): the actor the call names, else the
 * resolver's, else the configured default; no one for reads.
 */
public final class ChangedByActors {

	/** The subscriber-context key of an actor resolved once for an operation of several writes. */
	private static final String RESOLVED = ChangedByActors.class.getName() + ".resolved";

	private final @Nullable Supplier<Mono<String>> resolver;

	private final @Nullable String defaultActor;

	/** The configured default actor, made once: most writes end with it. */
	private final Optional<String> defaultActorIfNoResolver;

	/**
	 * Create the actors of a client.
	 * @param resolver resolves the actor of the current call, if the application has a resolver
	 * @param defaultActor the actor when neither the call nor the resolver names one, already checked
	 */
	public ChangedByActors(@Nullable Supplier<Mono<String>> resolver, @Nullable String defaultActor) {
		this.resolver = resolver;
		this.defaultActor = defaultActor;
		this.defaultActorIfNoResolver = Optional.ofNullable(defaultActor);
	}

	/**
	 * The actor for an operation, resolved once before its first attempt, so that every attempt carries the
	 * same actor.
	 * @param operation the operation
	 * @param changedBy the actor the call names, if any
	 * @return the actor, or empty for a read or when no one is known
	 */
	Mono<Optional<String>> resolve(ApiOperation operation, @Nullable String changedBy) {
		if (!operation.isWrite()) {
			return Mono.just(Optional.empty());
		}
		if (changedBy != null) {
			return Mono.just(Optional.of(changedBy));
		}
		if (this.resolver == null) {
			return Mono.just(this.defaultActorIfNoResolver);
		}
		return Mono.deferContextual((context) -> context.<Optional<String>>getOrEmpty(RESOLVED)
			.map(Mono::just)
			.orElseGet(this::resolveNow));
	}

	/**
	 * An operation made of several writes, whose actor is resolved once, when it is subscribed to, and carried by
	 * each of its writes that names none. A resolver that reads the caller's thread (Spring Security's
	 * {@code SecurityContextHolder}) sees it only then: a later write is subscribed to on the thread that
	 * answered the previous call.
	 * @param <T> the type of the operation's result
	 * @param changedBy the actor the call names, if any
	 * @param operation the operation
	 * @return the operation, with its actor resolved once
	 */
	<T> Mono<T> withOneActor(@Nullable String changedBy, Mono<T> operation) {
		if (changedBy != null || this.resolver == null) {
			return operation;
		}
		return Mono.deferContextual((context) -> context.hasKey(RESOLVED) ? operation
				: resolveNow().flatMap((actor) -> operation.contextWrite((inner) -> inner.put(RESOLVED, actor))));
	}

	private Mono<Optional<String>> resolveNow() {
		Supplier<Mono<String>> resolver = this.resolver;
		if (resolver == null) {
			return Mono.just(this.defaultActorIfNoResolver);
		}
		Mono<String> resolved = resolver.get();
		if (this.defaultActor != null) {
			resolved = resolved.switchIfEmpty(Mono.just(this.defaultActor));
		}
		return resolved.map((actor) -> requireHeaderValue("changedBy", actor))
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty());
	}

	/**
	 * Check a header value before anything is sent.
	 * @param field the name of the value, for the message
	 * @param value the value
	 * @return the value
	 * @throws IllegalArgumentException if the value is null, blank, has CR, LF or another control character, or
	 * a character outside ISO-8859-1: header bytes go on the wire one per character, and the proxy (Starlette)
	 * reads them back as ISO-8859-1, so only those characters arrive unchanged
	 */
	public static String requireHeaderValue(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + " must not be null or blank");
		}
		if (value.chars().anyMatch(Character::isISOControl)) {
			throw new IllegalArgumentException(field + " must not contain CR, LF or other control characters");
		}
		if (value.chars().anyMatch((c) -> c > 0xFF)) {
			throw new IllegalArgumentException(field + " must contain only ISO-8859-1 (Latin-1) characters, which the "
					+ "proxy reads back unchanged; transliterate it or use an ASCII identifier");
		}
		return value;
	}

}
