package dev.litellm.spring.keys;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.litellm.spring.LiteLlmApiException;
import dev.litellm.spring.LiteLlmTransportException;
import dev.litellm.spring.internal.Secrets;
import dev.litellm.spring.keys.KeyExchange.Call;
import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One generate or regenerate whose new key is known before the call, made so that no failure loses the secret,
 * leaves an unknown key behind, or creates the key twice.
 *
 * <p>After a failure that leaves the outcome unclear (the request may have reached the proxy: an I/O error, a
 * timeout, an unreadable answer, a 5xx or a 429), the client asks {@code GET /key/info} for the new key's hash.
 * If the key exists, the operation succeeded and its answer is rebuilt from the key's record and the known
 * secret; if not, the write is sent again, within the retry policy's attempts. A repeated write cannot create a
 * second key: it carries the same key, whose hash is the proxy's primary key.
 */
final class RecoverableCreation {

	private static final Log wireLogger = KeyExchange.wireLogger();

	private static final TypeReference<Map<String, @Nullable Object>> FIELDS = new TypeReference<>() {
	};

	/** The JSON names of the fields of {@link GenerateKeyResponse}. */
	private static final Set<String> RESPONSE_FIELDS = responseFields();

	private final KeyExchange exchange;

	private final Call<GenerateKeyResponse> call;

	private final String newKey;

	private final String newKeyHash;

	private final @Nullable String changedBy;

	private final RetryPolicy policy;

	RecoverableCreation(KeyExchange exchange, Call<GenerateKeyResponse> call, String newKey,
			@Nullable String changedBy) {
		this.exchange = exchange;
		this.call = call;
		this.newKey = newKey;
		this.newKeyHash = Secrets.sha256(newKey);
		this.changedBy = changedBy;
		this.policy = exchange.retryPolicy();
	}

	Mono<GenerateKeyResponse> run() {
		return write(1, false);
	}

	/**
	 * @param attempt the number of this write, from 1
	 * @param unclearBefore whether an earlier write of this operation ended without a clear outcome, so that this
	 * one may be answered as a duplicate of a key that the earlier one did create
	 */
	private Mono<GenerateKeyResponse> write(int attempt, boolean unclearBefore) {
		return this.exchange.attempt(this.call, this.changedBy, attempt)
			.onErrorResume((failure) -> afterFailure(attempt, unclearBefore, failure));
	}

	private Mono<GenerateKeyResponse> afterFailure(int attempt, boolean unclearBefore, Throwable failure) {
		if (!(failure instanceof LiteLlmApiException || failure instanceof LiteLlmTransportException)) {
			return Mono.error(failure);
		}
		boolean attemptsLeft = attempt < this.policy.maxAttempts();
		if (KeyFailures.neverSent(failure)) {
			if (!attemptsLeft) {
				return Mono.error(failure);
			}
			Duration wait = KeyExchange.backoff(this.policy, attempt - 1);
			debug(attempt, failure, "never reached the proxy; retrying in " + wait.toMillis() + " ms");
			return Mono.delay(wait).then(write(attempt + 1, unclearBefore));
		}
		boolean unclear = KeyFailures.isUnclearOutcome(failure);
		if (!unclear && !KeyFailures.isServerError(failure) && !unclearBefore) {
			// A 4xx answer: the proxy refused the write, so there is nothing to look for.
			return Mono.error(failure);
		}
		Duration wait = Duration.ZERO;
		if (unclear) {
			Duration retryAfter = KeyFailures.retryAfter(failure);
			if (retryAfter != null && retryAfter.compareTo(this.policy.maxBackoff()) > 0) {
				// 429 or 503 with a long Retry-After: refused, not processed.
				return Mono.error(KeyExchange.tooLongToWait((LiteLlmApiException) failure, retryAfter));
			}
			// Waiting first also gives a write still running on the proxy the time to finish.
			wait = (retryAfter != null) ? retryAfter : KeyExchange.backoff(this.policy, attempt - 1);
		}
		debug(attempt, failure, "outcome unclear; checking in " + wait.toMillis() + " ms whether key "
				+ this.newKeyHash + " exists");
		Mono<Optional<KeyInfoResponse>> lookUp = this.exchange.lookUp(this.newKeyHash)
			.onErrorMap((lookUpFailure) -> outcomeUnknown(failure, lookUpFailure));
		if (!wait.isZero()) {
			lookUp = Mono.delay(wait).then(lookUp);
		}
		return lookUp.flatMap((found) -> {
			if (found.isPresent()) {
				debug(attempt, failure, "key " + this.newKeyHash + " exists; the operation succeeded");
				return Mono.just(recovered(found.get()));
			}
			if (unclear && attemptsLeft) {
				debug(attempt, failure, "key " + this.newKeyHash + " does not exist; sending the request again");
				return write(attempt + 1, true);
			}
			return Mono.error(KeyExchange.withOutcomeNote(failure,
					"key " + this.newKeyHash + " does not exist on the proxy, so nothing was created"));
		});
	}

	/**
	 * The answer the write would have had: the key's record, the known secret, and its hash as
	 * {@code token_id} (and as {@code token} for generate, as the proxy sends it; regenerate sends none).
	 */
	private GenerateKeyResponse recovered(KeyInfoResponse found) {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		this.exchange.jsonMapper().convertValue(found.info(), FIELDS).forEach((name, value) -> {
			if (value != null && RESPONSE_FIELDS.contains(name)) {
				fields.put(name, value);
			}
		});
		fields.put("key", this.newKey);
		fields.put("token_id", this.newKeyHash);
		fields.put("token", (this.call.operation() == KeyOperation.GENERATE) ? this.newKeyHash : null);
		return this.exchange.jsonMapper().convertValue(fields, GenerateKeyResponse.class);
	}

	private LiteLlmTransportException outcomeUnknown(Throwable failure, Throwable lookUpFailure) {
		LiteLlmTransportException unknown = new LiteLlmTransportException(failure.getMessage()
				+ "; whether key " + this.newKeyHash + " was created could not be checked ("
				+ lookUpFailure.getMessage() + "): look it up by this hash before trying again", failure);
		unknown.addSuppressed(lookUpFailure);
		return unknown;
	}

	private void debug(int attempt, Throwable failure, String what) {
		if (wireLogger.isDebugEnabled()) {
			wireLogger.debug(this.call.operation().observationName() + " attempt " + attempt + " failed ("
					+ KeyExchange.summary(failure) + "): " + what);
		}
	}

	private static Set<String> responseFields() {
		// An empty answer serialized lists every property under its JSON name, as the mapper names it.
		JsonMapper mapper = JsonMapper.builder().build();
		return Set.copyOf(mapper.convertValue(mapper.readValue("{}", GenerateKeyResponse.class), FIELDS).keySet());
	}

}
