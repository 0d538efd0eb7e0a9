package dev.litellm.spring.keys;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import dev.litellm.spring.LiteLlmApiException;
import dev.litellm.spring.LiteLlmNotFoundException;
import dev.litellm.spring.LiteLlmTransportException;
import dev.litellm.spring.internal.ApiCall;
import dev.litellm.spring.internal.Failures;
import dev.litellm.spring.internal.LiteLlmTransport;
import dev.litellm.spring.internal.Retries;
import dev.litellm.spring.internal.Secrets;
import dev.litellm.spring.internal.WireLog;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;

/**
 * One generate or regenerate whose new key is known before the call, made so that no failure loses the secret,
 * leaves an unknown key behind, or creates the key twice.
 *
 * <p>After a failure that leaves the outcome unclear (the request may have reached the proxy: an I/O error, a
 * timeout, an unreadable answer, a 5xx or a 429), the client asks {@code GET /key/info} for the new key's hash.
 * If the key exists, the operation succeeded and its answer is rebuilt from the key's record and the known
 * secret; if not, the write is sent again, within the retry policy's attempts. A repeated write cannot create a
 * second key: it carries the same key, whose hash is the proxy's primary key. A key the proxy reports as
 * {@code deleted} counts as absent; one it reports as {@code expired}, or as {@code revoked} (blocked) when the
 * generate did not ask for that, is no successful creation either, and the operation fails with the original
 * error.
 *
 * <p>A creation cancelled after its request may have left (the subscriber disposed it, a timeout fired, or a
 * blocking caller was interrupted) cannot be answered: it is handed, with the key's hash and secret when known,
 * to the blocking caller's holder in the subscriber context ({@link #ABANDONED}), or else to the
 * {@link AbandonedKeyCreationListener}.
 */
final class RecoverableCreation {

	/**
	 * The subscriber-context key of an {@code AtomicReference<AbandonedKeyCreation>} that a blocking caller
	 * reads after an interrupt, instead of the listener being told.
	 */
	static final String ABANDONED = RecoverableCreation.class.getName() + ".abandoned";

	/** Logs abandoned creations when no listener is set. */
	static final AbandonedKeyCreationListener LOGGING_LISTENER = new AbandonedKeyCreationListener() {

		private final Log logger = LogFactory.getLog(RecoverableCreation.class);

		@Override
		public void keyCreationAbandoned(AbandonedKeyCreation creation) {
			this.logger.warn(creation.describe());
		}

	};

	private static final String UNRECOVERABLE_NOTE = "the proxy may have created the key; choose the key before the "
			+ "call (a custom key, or client-generated keys) to make this failure recoverable";

	private static final TypeReference<Map<String, @Nullable Object>> FIELDS = new TypeReference<>() {
	};


	private final LiteLlmTransport transport;

	private final JsonMapper jsonMapper;

	private final ApiCall<GenerateKeyResponse> call;

	private final String newKey;

	private final String newKeyHash;

	private final @Nullable String changedBy;

	private final Retries retries;

	private final WireLog wireLog;

	/** Whether a write of this operation may have reached the proxy. */
	private final AtomicBoolean mayHaveLanded;

	private RecoverableCreation(LiteLlmTransport transport, JsonMapper jsonMapper,
			ApiCall<GenerateKeyResponse> call, String newKey, @Nullable String changedBy,
			AtomicBoolean mayHaveLanded) {
		this.mayHaveLanded = mayHaveLanded;
		this.transport = transport;
		this.jsonMapper = jsonMapper;
		this.call = call;
		this.newKey = newKey;
		this.newKeyHash = Secrets.sha256(newKey);
		this.changedBy = changedBy;
		this.retries = transport.retries();
		this.wireLog = transport.wireLog();
	}

	/**
	 * A generate or regenerate: recoverable when the new key is known before the call, otherwise sent with the
	 * retries of a write that must not be repeated.
	 * @param newKey the raw key the request creates, if the request names it
	 * @param changedBy the audit actor the call names, if any
	 * @param listener told of a creation cancelled after its request may have left
	 */
	static Mono<GenerateKeyResponse> create(LiteLlmTransport transport, JsonMapper jsonMapper,
			ApiCall<GenerateKeyResponse> call, @Nullable String newKey, @Nullable String changedBy,
			AbandonedKeyCreationListener listener) {
		return Mono.deferContextual((context) -> {
			AtomicBoolean mayHaveLanded = new AtomicBoolean();
			Mono<GenerateKeyResponse> creation;
			if (newKey == null) {
				creation = transport.execute(call, changedBy, UNRECOVERABLE_NOTE)
					.doOnSubscribe((subscription) -> mayHaveLanded.set(true));
			}
			else {
				creation = transport.executeWith(call.operation(), changedBy, (actor) -> new RecoverableCreation(
						transport, jsonMapper, call, newKey, actor, mayHaveLanded).write(1, false));
			}
			return creation.doOnCancel(() -> {
				if (mayHaveLanded.get()) {
					abandoned(context, listener, new AbandonedKeyCreation(call.operation().observationName(),
							(newKey != null) ? Secrets.sha256(newKey) : null, newKey));
				}
			});
		});
	}

	@SuppressWarnings("unchecked")
	private static void abandoned(ContextView context, AbandonedKeyCreationListener listener,
			AbandonedKeyCreation creation) {
		AtomicReference<AbandonedKeyCreation> holder = context.getOrDefault(ABANDONED, null);
		if (holder != null) {
			holder.set(creation);
		}
		else {
			listener.keyCreationAbandoned(creation);
		}
	}

	/**
	 * @param attempt the number of this write, from 1
	 * @param unclearBefore whether an earlier write of this operation ended without a clear outcome, so that this
	 * one may be answered as a duplicate of a key that the earlier one did create
	 */
	private Mono<GenerateKeyResponse> write(int attempt, boolean unclearBefore) {
		return this.transport.attempt(this.call, this.changedBy, attempt)
			.doOnSubscribe((subscription) -> this.mayHaveLanded.set(true))
			.onErrorResume((failure) -> afterFailure(attempt, unclearBefore, failure));
	}

	private Mono<GenerateKeyResponse> afterFailure(int attempt, boolean unclearBefore, Throwable failure) {
		if (!(failure instanceof LiteLlmApiException || failure instanceof LiteLlmTransportException)) {
			return Mono.error(failure);
		}
		boolean attemptsLeft = attempt < this.retries.maxAttempts();
		if (Failures.neverSent(failure)) {
			this.mayHaveLanded.set(unclearBefore);
			if (!attemptsLeft) {
				return Mono.error(failure);
			}
			Duration wait = this.retries.backoff(attempt - 1);
			debug(attempt, failure, "never reached the proxy; retrying in " + wait.toMillis() + " ms");
			return Mono.delay(wait).then(write(attempt + 1, unclearBefore));
		}
		boolean unclear = Failures.isUnclearOutcome(failure);
		if (!unclear && !Failures.isServerError(failure) && !unclearBefore) {
			// A 4xx answer: the proxy refused the write, so there is nothing to look for.
			return Mono.error(failure);
		}
		Duration wait = Duration.ZERO;
		if (unclear) {
			Throwable tooLong = this.retries.tooLongToWait(failure);
			if (tooLong != null) {
				// 429 or 503 with a long Retry-After: refused, not processed.
				return Mono.error(tooLong);
			}
			// Waiting first also gives a write still running on the proxy the time to finish.
			Duration retryAfter = Failures.retryAfter(failure);
			wait = (retryAfter != null) ? retryAfter : this.retries.backoff(attempt - 1);
		}
		debug(attempt, failure, "outcome unclear; checking in " + wait.toMillis() + " ms whether key "
				+ this.newKeyHash + " exists");
		Mono<Optional<KeyInfoResponse>> lookUp = lookUp().onErrorMap(
				(lookUpFailure) -> outcomeUnknown(failure, lookUpFailure));
		if (!wait.isZero()) {
			lookUp = Mono.delay(wait).then(lookUp);
		}
		return lookUp.flatMap((found) -> {
			if (found.isPresent()) {
				String dead = notLive(found.get().info());
				if (dead != null) {
					return Mono.error(Failures.withOutcomeNote(failure, "key " + this.newKeyHash
							+ " exists on the proxy but is " + dead + ", so it is not reported as created"));
				}
				debug(attempt, failure, "key " + this.newKeyHash + " exists; the operation succeeded");
				return Mono.just(recovered(found.get()));
			}
			if (unclear && attemptsLeft) {
				debug(attempt, failure, "key " + this.newKeyHash + " does not exist; sending the request again");
				return write(attempt + 1, true);
			}
			// A write may still be running on the proxy (a request held by a proxy or a slow database): the key
			// was not there when looked up, which is all the client knows.
			return Mono.error(Failures.withOutcomeNote(failure, "key " + this.newKeyHash + " did not exist on the "
					+ "proxy when last looked up, but a write still in progress there may yet create it: look it up "
					+ "by this hash before trying again"));
		});
	}

	/**
	 * Look the new key up by its hash, with the retries of a read. A proxy newer than 1.81.14 answers for a deleted
	 * key too, with the archived record and {@code status} {@code deleted}: a key that is not there.
	 * @return the key's record, or empty when the proxy does not know the key or knows it only as deleted
	 */
	private Mono<Optional<KeyInfoResponse>> lookUp() {
		ApiCall<KeyInfoResponse> info = new ApiCall<>(KeyOperation.INFO, HttpMethod.GET, "/key/info",
				Map.of("key", List.of(this.newKeyHash)), null, KeyInfoResponse.class);
		return this.transport.retried(info)
			.map((found) -> "deleted".equals(found.info().status()) ? Optional.<KeyInfoResponse>empty()
					: Optional.of(found))
			.onErrorResume(LiteLlmNotFoundException.class, (ex) -> Mono.just(Optional.empty()));
	}

	/**
	 * Why a live key found by its hash cannot be the answer: {@code expired}, or {@code revoked} (blocked) after a
	 * generate that did not ask for a blocked key.
	 * @return the state that makes the key unusable, or {@code null} if it is the created key
	 */
	private @Nullable String notLive(KeyInfo found) {
		if (!found.reportedNotLive()) {
			return null;
		}
		// A regenerated key keeps its row, blocked or not; a generated one is blocked only when asked to be.
		boolean mayBeBlocked = !(this.call.body() instanceof GenerateKeyRequest request)
				|| Boolean.TRUE.equals(request.fields().get("blocked"));
		return ("revoked".equals(found.status()) && mayBeBlocked) ? null : found.status();
	}

	/**
	 * The answer the write would have had: the key's record, the known secret, and its hash as
	 * {@code token_id} (and as {@code token} for generate, as the proxy sends it; regenerate sends none).
	 */
	private GenerateKeyResponse recovered(KeyInfoResponse found) {
		JsonMapper mapper = this.jsonMapper;
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		mapper.convertValue(found.info(), FIELDS).forEach((name, value) -> {
			if (value != null && ResponseFields.NAMES.contains(name)) {
				fields.put(name, value);
			}
		});
		fields.put("key", this.newKey);
		fields.put("token_id", this.newKeyHash);
		fields.put("token", (this.call.operation() != KeyOperation.REGENERATE) ? this.newKeyHash : null);
		return mapper.convertValue(fields, GenerateKeyResponse.class);
	}

	private LiteLlmTransportException outcomeUnknown(Throwable failure, Throwable lookUpFailure) {
		LiteLlmTransportException unknown = new LiteLlmTransportException(failure.getMessage()
				+ "; whether key " + this.newKeyHash + " was created could not be checked ("
				+ lookUpFailure.getMessage() + "): look it up by this hash before trying again", failure);
		unknown.addSuppressed(lookUpFailure);
		return unknown;
	}

	private void debug(int attempt, Throwable failure, String what) {
		if (this.wireLog.isDebugEnabled()) {
			this.wireLog.attempt(this.call.operation(), attempt,
					" failed (" + WireLog.summary(failure) + "): " + what);
		}
	}

	/**
	 * The JSON names of the fields of {@link GenerateKeyResponse}, found on the first recovery rather than when
	 * a client is built: finding them builds a JSON mapper, which loads most of Jackson, and a client built at an
	 * application's startup must not.
	 */
	private static final class ResponseFields {

		static final Set<String> NAMES = responseFields();

		private static Set<String> responseFields() {
			// An empty answer serialized lists every property under its JSON name, as the mapper names it.
			JsonMapper mapper = JsonMapper.builder().build();
			return Set.copyOf(mapper.convertValue(mapper.readValue("{}", GenerateKeyResponse.class), FIELDS).keySet());
		}

	}

}
