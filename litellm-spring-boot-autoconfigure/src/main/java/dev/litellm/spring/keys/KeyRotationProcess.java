package dev.litellm.spring.keys;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import dev.litellm.spring.LiteLlmEnterpriseFeatureException;
import dev.litellm.spring.LiteLlmNotFoundException;
import dev.litellm.spring.internal.Secrets;
import dev.litellm.spring.keys.KeyRotationException.Step;
import dev.litellm.spring.observation.LiteLlmOperationObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code rotateKey}, step by step, on the public reactive operations. One instance per client (shared by its
 * {@code withChangedBy} views), which remembers whether the proxy is licensed to regenerate keys.
 *
 * <p>The new secret is chosen before any write, so every write names the new key and every unclear step can be
 * checked by its hash and repeated: generate and regenerate through the client's recoverable creation, the
 * updates because they are idempotent. A {@link Rotation} holds the state of one call.
 */
final class KeyRotationProcess {

	private static final Log logger = LogFactory.getLog(KeyRotationProcess.class);

	private final @Nullable KeySecretSink sink;

	private final Consumer<KeyRotatedEvent> listener;

	private final Clock clock;

	private final KeyRotationObservation observation;

	/** Whether the proxy regenerates virtual keys; {@code null} until it answered once. */
	private final AtomicReference<@Nullable Boolean> licensed = new AtomicReference<>();

	KeyRotationProcess(@Nullable KeySecretSink sink, Consumer<KeyRotatedEvent> listener, Clock clock,
			ObservationRegistry observationRegistry,
			@Nullable LiteLlmOperationObservationConvention observationConvention, String clientName) {
		this.sink = sink;
		this.listener = listener;
		this.clock = clock;
		this.observation = new KeyRotationObservation(observationRegistry, observationConvention, clientName);
	}

	Mono<KeyRotation> rotate(ReactiveKeyManagementOperations keys, String key, RotateKeyRequest request) {
		return Mono.defer(() -> {
			KeyArguments.requireKey("key", key);
			if (request == null) {
				throw new IllegalArgumentException("request must not be null");
			}
			Rotation rotation = new Rotation(keys, key, request);
			AtomicReference<@Nullable RotationStrategy> used = new AtomicReference<>();
			Mono<KeyRotation> rotated = switch (request.strategy()) {
				case REGENERATE -> rotation.regenerate();
				case REPLACE -> rotation.replace();
				case AUTO -> Boolean.FALSE.equals(this.licensed.get()) ? rotation.replace()
						: rotation.regenerate().doOnSuccess((done) -> this.licensed.set(true))
							.onErrorResume(KeyRotationProcess::needsLicence, (ex) -> {
								this.licensed.set(false);
								return rotation.replace();
							});
			};
			return this.observation.observed(rotated.doOnNext((done) -> used.set(done.strategy()))
				.flatMap(this::announce), used, request.strategy());
		});
	}

	private static boolean notFound(Throwable failure) {
		return failure instanceof LiteLlmNotFoundException || (failure instanceof KeyRotationException rotation
				&& rotation.getCause() instanceof LiteLlmNotFoundException);
	}

	private static boolean needsLicence(Throwable failure) {
		return failure instanceof KeyRotationException rotation && rotation.step() == Step.REGENERATE
				&& rotation.getCause() instanceof LiteLlmEnterpriseFeatureException;
	}

	/** Tell the listener, on a thread that may block; its failure does not undo the rotation. */
	private Mono<KeyRotation> announce(KeyRotation rotation) {
		return Mono.fromRunnable(() -> {
			try {
				this.listener.accept(rotation.toEvent());
			}
			catch (RuntimeException ex) {
				logger.warn("The key rotation listener failed for the rotation of " + rotation.previousToken()
						+ " to " + rotation.token() + ": " + Secrets.maskNullable(ex.toString()));
			}
		}).subscribeOn(Schedulers.boundedElastic()).thenReturn(rotation);
	}

	/** The state of one {@code rotateKey} call. */
	private final class Rotation {

		private final ReactiveKeyManagementOperations keys;

		private final String key;

		private final RotateKeyRequest request;

		private final String oldHash;

		private final String newKey;

		private final String newHash;

		/** Whether the caller chose the new key, and so may be repeating an interrupted rotation. */
		private final boolean repeatable;

		private final AtomicBoolean secretStored = new AtomicBoolean();

		/** The old key, read at most once per call: an AUTO rotation falling back to REPLACE reuses the read. */
		private final Mono<KeyInfo> oldKey;

		Rotation(ReactiveKeyManagementOperations keys, String key, RotateKeyRequest request) {
			this.keys = keys;
			this.key = key;
			this.request = request;
			this.oldHash = Secrets.urlSafeKey(key);
			this.repeatable = request.newKey() != null;
			this.newKey = this.repeatable ? request.newKey() : ClientGeneratedKeys.newKey();
			this.newHash = Secrets.sha256(this.newKey);
			if (this.newHash.equals(this.oldHash)) {
				throw new IllegalArgumentException("new_key must differ from the key being rotated");
			}
			this.oldKey = Mono.defer(this::readOldKey).cache();
		}

		// ------------------------------------------------------------ REGENERATE

		/**
		 * The secret goes to the sink first: the proxy shortens the old key in the same call that creates the new
		 * one, so there is no later moment before the old key is shortened.
		 */
		Mono<KeyRotation> regenerate() {
			if (!this.repeatable) {
				return sendRegenerate();
			}
			// A repeat: the regeneration may have happened, or an earlier REPLACE may have left a successor.
			return step(Step.READ, this.keys.keyInfo(this.newHash))
				.map(KeyInfoResponse::info)
				.filter(Rotation::notDeleted)
				.map(Optional::of)
				.defaultIfEmpty(Optional.empty())
				.onErrorResume(KeyRotationProcess::notFound, (notFound) -> Mono.just(Optional.empty()))
				.flatMap((existing) -> {
					if (existing.isEmpty()) {
						return sendRegenerate();
					}
					KeyInfo successor = existing.get();
					if (KeySuccessor.text(successor.metadata(), KeySuccessor.PREVIOUS_TOKEN) != null) {
						return replace();
					}
					return storeSecret().thenReturn(regenerated(successor.updatedAt(),
							successor.expires(), successor.keyAlias(), KeyRotationProcess.this.clock.instant()));
				});
		}

		/**
		 * The old key is read first, as {@link #replace()} reads it: the proxy regenerates a blocked or expired key
		 * as it is, so without the read such a rotation would hand out a successor that cannot be used.
		 */
		private Mono<KeyRotation> sendRegenerate() {
			return step(Step.READ, this.oldKey).then(Mono.defer(() -> {
				Instant sent = KeyRotationProcess.this.clock.instant();
				RegenerateKeyRequest.Builder regenerate = RegenerateKeyRequest.builder().newKey(this.newKey);
				RegenerateKeyRequest body = (this.request.gracePeriod().isZero() ? regenerate.noGracePeriod()
						: regenerate.gracePeriod(this.request.gracePeriodText())).build();
				return storeSecret().then(step(Step.REGENERATE, this.keys.regenerateKey(this.key, body)))
					.map((regenerated) -> regenerated(regenerated.updatedAt(), regenerated.expires(),
							regenerated.keyAlias(), sent));
			}));
		}

		/** The proxy ends the grace period at its own time of the regeneration, which updated_at shows. */
		private KeyRotation regenerated(@Nullable OffsetDateTime updatedAt, @Nullable OffsetDateTime expires,
				@Nullable String alias, Instant sent) {
			Instant at = (updatedAt != null) ? updatedAt.toInstant().truncatedTo(ChronoUnit.SECONDS) : sent;
			return done(earliest(at.plus(this.request.gracePeriod()), expires), alias, RotationStrategy.REGENERATE);
		}

		// ------------------------------------------------------------ REPLACE

		Mono<KeyRotation> replace() {
			return step(Step.READ, this.oldKey).flatMap((old) -> step(Step.READ, findSuccessor(old))
				.map((successor) -> new Replacement(old, successor.metadata(), successor.keyAlias(), Duration.ZERO))
				.switchIfEmpty(Mono.defer(() -> step(Step.GENERATE, generate(old))))
				.flatMap(this::storeSecretOrUndo)
				.flatMap((replacement) -> step(Step.RELEASE_ALIAS, releaseAlias(replacement)))
				.flatMap((replacement) -> step(Step.SET_ALIAS, setAlias(replacement)))
				.flatMap((replacement) -> step(Step.END_OLD_KEY, endOldKey(replacement))));
		}

		/** The old key, refused unless live or while an earlier replacement is unfinished. */
		private Mono<KeyInfo> readOldKey() {
			return this.keys.keyInfo(this.oldHash).map(KeyInfoResponse::info).map((old) -> {
				if (old.reportedNotLive()) {
					throw new IllegalStateException("The key " + this.oldHash + " is " + old.status()
							+ " on the proxy; only a live key is rotated");
				}
				String next = KeySuccessor.text(old.metadata(), KeySuccessor.NEXT_TOKEN);
				if (next != null && !next.equals(this.newHash) && old.keyAlias() == null) {
					throw new IllegalStateException("An earlier rotation of this key to " + next
							+ " is unfinished: repeat it with its newKey, or delete that key and remove "
							+ KeySuccessor.NEXT_TOKEN + " from this key's metadata");
				}
				return old;
			});
		}

		/** A new key left by an interrupted call with the same new key; only the caller's own key can exist. */
		private Mono<KeyInfo> findSuccessor(KeyInfo old) {
			if (!this.repeatable) {
				return Mono.empty();
			}
			return this.keys.keyInfo(this.newHash)
				.map(KeyInfoResponse::info)
				.filter(Rotation::notDeleted)
				.onErrorResume(KeyRotationProcess::notFound, (notFound) -> Mono.empty())
				.map((existing) -> {
					if (!this.oldHash.equals(KeySuccessor.text(existing.metadata(), KeySuccessor.PREVIOUS_TOKEN))) {
						throw new IllegalArgumentException(
								"new_key is already a key of the proxy that is not a successor of the key being rotated");
					}
					return existing;
				});
		}

		/**
		 * Create the new key with the old key's settings, spend and expiry. The expiry is sent as a duration from
		 * the client's clock; if the proxy's clock differs, the new key's expiry is corrected once, and the
		 * difference is kept to judge the old key's expiry by the proxy's time.
		 */
		private Mono<Replacement> generate(KeyInfo old) {
			Instant now = KeyRotationProcess.this.clock.instant();
			GenerateKeyRequest request = KeySuccessor.generateRequest(old, this.oldHash, this.newKey, now);
			@SuppressWarnings("unchecked")
			Map<String, Object> metadata = (Map<String, Object>) request.fields().get("metadata");
			return this.keys.generateKey(request).flatMap((generated) -> {
				Duration skew = (generated.createdAt() != null)
						? Duration.between(now, generated.createdAt().toInstant()) : Duration.ZERO;
				Replacement replacement = new Replacement(old, metadata, null, skew);
				Duration sent = KeySuccessor.remaining(old, now);
				if (sent == null || generated.expires() == null) {
					return Mono.just(replacement);
				}
				Duration off = Duration.between(generated.expires().toInstant(), old.expires().toInstant());
				if (off.abs().compareTo(Duration.ofSeconds(1)) <= 0) {
					return Mono.just(replacement);
				}
				Duration corrected = Duration.ofSeconds(Math.max(1, sent.plus(off).toSeconds()));
				return this.keys.updateKey(UpdateKeyRequest.builder(this.newHash).duration(corrected).build())
					.thenReturn(replacement);
			});
		}

		/** Hand the secret over while the old key is untouched; if that fails, delete the new key. */
		private Mono<Replacement> storeSecretOrUndo(Replacement replacement) {
			boolean oldKeyTouched = this.newHash
				.equals(KeySuccessor.text(replacement.old().metadata(), KeySuccessor.NEXT_TOKEN));
			return storeSecret().thenReturn(replacement).onErrorResume((failure) -> oldKeyTouched ? Mono.error(failure)
					: this.keys.deleteKeys(DeleteKeysRequest.ofKeys(this.newHash))
						.onErrorResume((undoFailure) -> {
							failure.addSuppressed(new KeyRotationException(Step.GENERATE, this.oldHash, this.newHash,
									this.newKey, undoFailure));
							return Mono.empty();
						})
						.then(Mono.error(failure)));
		}

		/** Free the alias on the old key (the proxy allows it on one key only) and link the old key forward. */
		private Mono<Replacement> releaseAlias(Replacement replacement) {
			KeyInfo old = replacement.old();
			if (this.newHash.equals(KeySuccessor.text(old.metadata(), KeySuccessor.NEXT_TOKEN))
					&& old.keyAlias() == null) {
				return Mono.just(replacement);
			}
			UpdateKeyRequest.Builder update = UpdateKeyRequest.builder(this.oldHash)
				.metadata(KeySuccessor.linkedToSuccessor(old, this.newHash));
			if (old.keyAlias() != null) {
				update.keyAlias(null);
			}
			return this.keys.updateKey(update.build()).thenReturn(replacement);
		}

		/** Put the alias on the new key: the old key's, or, after an interruption, the one the new key holds. */
		private Mono<Replacement> setAlias(Replacement replacement) {
			String alias = (replacement.old().keyAlias() != null) ? replacement.old().keyAlias()
					: KeySuccessor.text(replacement.successorMetadata(), KeySuccessor.PENDING_ALIAS);
			if (alias == null) {
				return Mono.just(replacement);
			}
			return this.keys
				.updateKey(UpdateKeyRequest.builder(this.newHash)
					.keyAlias(alias)
					.metadata(KeySuccessor.withoutPendingAlias(replacement.successorMetadata()))
					.build())
				.thenReturn(replacement.withAlias(alias));
		}

		/** Shorten the old key to the grace period, never lengthen it; delete it for a zero grace period. */
		private Mono<KeyRotation> endOldKey(Replacement replacement) {
			String alias = replacement.successorAlias();
			if (this.request.gracePeriod().isZero()) {
				return this.keys.deleteKeys(DeleteKeysRequest.ofKeys(this.oldHash))
					.onErrorResume(LiteLlmNotFoundException.class, (gone) -> Mono.empty())
					.then(Mono.fromSupplier(() -> done(proxyNow(replacement), alias, RotationStrategy.REPLACE)));
			}
			OffsetDateTime oldExpires = replacement.old().expires();
			Instant graceEnd = proxyNow(replacement).plus(this.request.gracePeriod());
			if (oldExpires != null && !oldExpires.toInstant().isAfter(graceEnd)) {
				return Mono.just(done(oldExpires.toInstant(), alias, RotationStrategy.REPLACE));
			}
			return this.keys
				.updateKey(UpdateKeyRequest.builder(this.oldHash).duration(this.request.gracePeriod()).build())
				.map((shortened) -> done((shortened.expires() != null) ? shortened.expires().toInstant() : graceEnd,
						alias, RotationStrategy.REPLACE));
		}

		private Instant proxyNow(Replacement replacement) {
			return KeyRotationProcess.this.clock.instant().plus(replacement.skew());
		}

		// ------------------------------------------------------------ shared

		/** A newer proxy answers for a deleted key from its archive: such a key is not there to take over. */
		private static boolean notDeleted(KeyInfo info) {
			return !"deleted".equals(info.status());
		}

		private Mono<Void> storeSecret() {
			KeySecretSink sink = KeyRotationProcess.this.sink;
			if (sink == null || this.secretStored.get()) {
				return Mono.empty();
			}
			return Mono.<Void>fromRunnable(() -> {
				sink.store(this.newHash, this.newKey);
				this.secretStored.set(true);
			}).subscribeOn(Schedulers.boundedElastic());
		}

		/** A step's failure becomes a {@link KeyRotationException} naming it; invalid input stays as it is. */
		private <T> Mono<T> step(Step step, Mono<T> call) {
			return call.onErrorMap(
					(ex) -> !(ex instanceof IllegalArgumentException) && !(ex instanceof KeyRotationException),
					(ex) -> new KeyRotationException(step, this.oldHash, this.newHash, this.newKey, ex));
		}

		private KeyRotation done(Instant previousKeyExpires, @Nullable String alias, RotationStrategy strategy) {
			return new KeyRotation(this.newKey, this.newHash, this.oldHash,
					previousKeyExpires.atOffset(ZoneOffset.UTC), alias, strategy);
		}

		private static Instant earliest(Instant instant, @Nullable OffsetDateTime other) {
			return (other != null && other.toInstant().isBefore(instant)) ? other.toInstant() : instant;
		}

	}

	/**
	 * A {@link RotationStrategy#REPLACE} rotation as it goes on.
	 * @param old the old key's record as read
	 * @param successorMetadata the new key's metadata as last written
	 * @param successorAlias the new key's alias as last written
	 * @param skew the proxy's clock minus the client's, as far as known
	 */
	private record Replacement(KeyInfo old, @Nullable Map<String, Object> successorMetadata,
			@Nullable String successorAlias, Duration skew) {

		Replacement withAlias(String alias) {
			return new Replacement(this.old, this.successorMetadata, alias, this.skew);
		}

	}

}
