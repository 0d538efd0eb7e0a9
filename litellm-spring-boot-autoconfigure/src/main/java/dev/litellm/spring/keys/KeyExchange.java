package dev.litellm.spring.keys;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.litellm.spring.LiteLlmApiException;
import dev.litellm.spring.LiteLlmError;
import dev.litellm.spring.LiteLlmException;
import dev.litellm.spring.LiteLlmNotFoundException;
import dev.litellm.spring.LiteLlmRateLimitException;
import dev.litellm.spring.LiteLlmTransportException;
import dev.litellm.spring.internal.LiteLlmErrorDecoder;
import dev.litellm.spring.internal.Secrets;
import dev.litellm.spring.observation.DefaultLiteLlmOperationObservationConvention;
import dev.litellm.spring.observation.LiteLlmObservationDocumentation;
import dev.litellm.spring.observation.LiteLlmOperationContext;
import dev.litellm.spring.observation.LiteLlmOperationContext.Outcome;
import dev.litellm.spring.observation.LiteLlmOperationObservationConvention;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.codec.CodecException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientException;
import org.springframework.web.util.UriBuilder;

/**
 * Sends one operation to the proxy: resolves the audit actor, makes the attempts the retry policy allows, turns
 * every failure into a {@link LiteLlmException}, logs each attempt on the wire logger and observes the whole.
 */
final class KeyExchange {

	/** The request attribute carrying the {@link KeyOperation}. */
	static final String OPERATION_ATTRIBUTE = KeyExchange.class.getName() + ".operation";

	/** The request attribute carrying the resolved {@code litellm-changed-by} actor. */
	static final String CHANGED_BY_ATTRIBUTE = KeyExchange.class.getName() + ".changedBy";

	/**
	 * The request attribute WebClient names the {@code uri} tag of {@code http.client.requests} after. The path
	 * alone keeps the tag low-cardinality and free of query values.
	 */
	private static final String URI_TEMPLATE_ATTRIBUTE = WebClient.class.getName() + ".uriTemplate";

	/** The request attribute carrying the attempt number, from 1. */
	static final String ATTEMPT_ATTRIBUTE = KeyExchange.class.getName() + ".attempt";

	private static final Log wireLogger = LogFactory.getLog("dev.litellm.spring.keys.wire");

	/** A JSON string field that carries a secret: {@code "key": "…"} and its kin. */
	private static final Pattern SECRET_FIELD = Pattern.compile(
			"(\"(?:key|new_key|new_master_key|api_key|master_key)\")(\\s*:\\s*)\"((?:[^\"\\\\]|\\\\.)*)\"");

	private static final Pattern KEY_HASH = Pattern.compile("[0-9a-fA-F]{64}");

	private final Supplier<WebClient> webClient;

	private final Supplier<JsonMapper> jsonMapper;

	private final LiteLlmErrorDecoder errorDecoder;

	private final RetryPolicy retryPolicy;

	/** Each operation's {@link Retry}, made on its first failure: building one at startup would load Reactor. */
	private final Map<KeyOperation, Retry> retries = new ConcurrentHashMap<>();

	/** The configured default actor, checked when the client was built. */
	private final Optional<String> defaultActor;

	private final ObservationRegistry observationRegistry;

	private final @Nullable LiteLlmOperationObservationConvention observationConvention;

	private final @Nullable ChangedByResolver changedByResolver;

	private final @Nullable String defaultChangedBy;

	private final String apiKey;

	/**
	 * Create an exchange. The WebClient and the JSON mapper are supplied rather than given, so that a client
	 * built at startup loads its HTTP stack only when it first sends.
	 */
	KeyExchange(Supplier<WebClient> webClient, Supplier<JsonMapper> jsonMapper, LiteLlmErrorDecoder errorDecoder,
			RetryPolicy retryPolicy,
			ObservationRegistry observationRegistry,
			@Nullable LiteLlmOperationObservationConvention observationConvention,
			@Nullable ChangedByResolver changedByResolver, @Nullable String defaultChangedBy, String apiKey) {
		this.webClient = webClient;
		this.jsonMapper = jsonMapper;
		this.errorDecoder = errorDecoder;
		this.retryPolicy = retryPolicy;
		this.observationRegistry = observationRegistry;
		this.observationConvention = observationConvention;
		this.changedByResolver = changedByResolver;
		this.defaultChangedBy = defaultChangedBy;
		this.apiKey = apiKey;
		this.defaultActor = Optional.ofNullable(defaultChangedBy);
	}

	JsonMapper jsonMapper() {
		return this.jsonMapper.get();
	}

	/**
	 * One operation: a request, sent as often as the retry policy allows.
	 */
	<T> Mono<T> execute(Call<T> call, @Nullable String changedBy) {
		Mono<T> attempts = call.operation().isWrite()
				? resolveChangedBy(call.operation(), changedBy).flatMap((actor) -> attempts(call, actor.orElse(null)))
				: Mono.defer(() -> attempts(call, null));
		if (!call.operation().isIdempotent()) {
			attempts = attempts.onErrorMap(KeyFailures::isUnclearOutcome, (ex) -> withOutcomeNote(ex,
					"the proxy may have created the key; choose the key before the call (a custom key, or "
							+ "client-generated keys) to make this failure recoverable"));
		}
		return observed(call.operation(), attempts);
	}

	/**
	 * The attempts of one subscription to a call, numbered from 1.
	 */
	private <T> Mono<T> attempts(Call<T> call, @Nullable String actor) {
		AtomicInteger attempt = new AtomicInteger();
		Mono<T> one = Mono.defer(() -> send(call, actor, attempt.incrementAndGet()));
		Supplier<T> alreadyDone = call.answerIfAlreadyDone();
		if (alreadyDone == null) {
			return retried(call.operation(), one);
		}
		AtomicBoolean unclearBefore = new AtomicBoolean();
		one = one.doOnError(KeyFailures::isUnclearOutcome, (ex) -> unclearBefore.set(true));
		// A retry that finds nothing left to do after an unclear attempt: that attempt did the work.
		return retried(call.operation(), one).onErrorResume(
				(ex) -> ex instanceof LiteLlmNotFoundException && unclearBefore.get(), (ex) -> {
					if (wireLogger.isDebugEnabled()) {
						wireLogger.debug(call.operation().observationName() + " attempt " + attempt.get()
								+ " found nothing left to do after an unclear attempt; that attempt succeeded");
					}
					return Mono.fromSupplier(alreadyDone);
				});
	}

	/**
	 * A generate or regenerate whose new key is known before the call: an unclear failure is settled by looking
	 * the new key up, so that the secret is never lost and the key never created twice. Without a known key this
	 * is {@link #execute(Call, String)}.
	 * @param newKey the raw key the request creates, if the request names it
	 */
	Mono<GenerateKeyResponse> executeCreation(Call<GenerateKeyResponse> call, @Nullable String newKey,
			@Nullable String changedBy) {
		if (newKey == null) {
			return execute(call, changedBy);
		}
		Mono<GenerateKeyResponse> attempts = resolveChangedBy(call.operation(), changedBy)
			.flatMap((actor) -> new RecoverableCreation(this, call, newKey, actor.orElse(null)).run());
		return observed(call.operation(), attempts);
	}

	/**
	 * One attempt of a call, numbered for the wire log, without retries.
	 */
	<T> Mono<T> attempt(Call<T> call, @Nullable String changedBy, int attempt) {
		return Mono.defer(() -> send(call, changedBy, attempt));
	}

	/**
	 * Look a key up by its hash, with the retries of a read.
	 * @return the key's record, or empty when the proxy does not know the key
	 */
	Mono<Optional<KeyInfoResponse>> lookUp(String keyHash) {
		Call<KeyInfoResponse> call = new Call<>(KeyOperation.INFO, HttpMethod.GET, "/key/info",
				Map.of("key", List.of(keyHash)), null, KeyInfoResponse.class);
		AtomicInteger attempt = new AtomicInteger();
		return retried(call.operation(), Mono.defer(() -> send(call, null, attempt.incrementAndGet())))
			.map(Optional::of)
			.onErrorResume(LiteLlmNotFoundException.class, (ex) -> Mono.just(Optional.empty()));
	}

	RetryPolicy retryPolicy() {
		return this.retryPolicy;
	}

	private <T> Mono<T> retried(KeyOperation operation, Mono<T> attempt) {
		if (this.retryPolicy.maxAttempts() <= 1) {
			return attempt;
		}
		// The first attempt runs bare, so that a call that succeeds pays nothing for retrying; once it fails,
		// retryWhen takes over and the policy sees that failure as its first signal.
		return attempt.onErrorResume((firstFailure) -> {
			AtomicBoolean firstFailureReplayed = new AtomicBoolean();
			return Mono.defer(() -> firstFailureReplayed.compareAndSet(false, true) ? Mono.<T>error(firstFailure)
					: attempt).retryWhen(this.retries.computeIfAbsent(operation, this::retry));
		});
	}

	/**
	 * The actor for a write: the explicit one, else the resolver's, else the configured default; none for
	 * reads. Resolved once, before the first attempt, so every attempt carries the same actor.
	 */
	Mono<Optional<String>> resolveChangedBy(KeyOperation operation, @Nullable String changedBy) {
		if (!operation.isWrite()) {
			return Mono.just(Optional.empty());
		}
		if (changedBy != null) {
			return Mono.just(Optional.of(changedBy));
		}
		if (this.changedByResolver == null) {
			return Mono.just(this.defaultActor);
		}
		Mono<String> resolved = (this.changedByResolver != null) ? this.changedByResolver.resolveChangedBy()
				: Mono.empty();
		if (this.defaultChangedBy != null) {
			resolved = resolved.switchIfEmpty(Mono.just(this.defaultChangedBy));
		}
		return resolved.map((actor) -> KeyArguments.requireHeaderValue("changedBy", actor))
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty());
	}

	private <T> Mono<T> send(Call<T> call, @Nullable String changedBy, int attempt) {
		long start = System.nanoTime();
		WebClient.RequestBodySpec spec = this.webClient.get().method(call.method())
			.uri(call::uri)
			.attribute(URI_TEMPLATE_ATTRIBUTE, call.path())
			.attribute(OPERATION_ATTRIBUTE, call.operation())
			.attribute(ATTEMPT_ATTRIBUTE, attempt);
		if (changedBy != null) {
			spec = spec.attribute(CHANGED_BY_ATTRIBUTE, changedBy);
		}
		if (wireLogger.isTraceEnabled() && call.body() != null) {
			wireLogger.trace(call.operation().observationName() + " attempt " + attempt + " request body: "
					+ maskBody(this.jsonMapper.get().writeValueAsString(call.body())));
		}
		WebClient.RequestHeadersSpec<?> request = (call.body() != null) ? spec.bodyValue(call.body()) : spec;
		// retrieve() rather than exchangeToMono(): the latter releases the body again after it was read, which on
		// Reactor Netty costs about a tenth of a call's throughput. The first status handler sees every answer.
		WebClient.ResponseSpec response = request.retrieve()
			.onStatus((status) -> answered(call, attempt, status, start), (answer) -> failure(call, answer));
		return body(call, response).onErrorMap(KeyExchange::isUntranslated, (ex) -> {
			LiteLlmException translated = translate(call, ex);
			if (wireLogger.isDebugEnabled()) {
				wireLogger.debug(call.operation().observationName() + " attempt " + attempt + ": " + call.method()
						+ " " + call.pathAndQuery() + " failed after " + elapsedMillis(start) + " ms: "
						+ mask(describe(cause(ex))));
			}
			return translated;
		});
	}

	/**
	 * Log an answer's status on the wire logger.
	 * @return whether the status is an error, whose body {@link #failure} turns into an exception
	 */
	private boolean answered(Call<?> call, int attempt, HttpStatusCode status, long start) {
		if (wireLogger.isDebugEnabled()) {
			wireLogger.debug(call.operation().observationName() + " attempt " + attempt + ": " + call.method() + " "
					+ call.pathAndQuery() + " -> " + status.value() + " in " + elapsedMillis(start) + " ms");
		}
		return status.isError();
	}

	/** The exception for an error answer, decoded from its body. */
	private Mono<LiteLlmException> failure(Call<?> call, ClientResponse response) {
		HttpStatusCode status = response.statusCode();
		return bodyAsString(response).defaultIfEmpty("").map((body) -> {
			traceBody(call, status, body);
			String retryAfter = response.headers().asHttpHeaders().getFirst("Retry-After");
			return this.errorDecoder.decode(status.value(), retryAfter, maskApiKey(body));
		});
	}

	/** The decoded body of a successful answer. */
	private <T> Mono<T> body(Call<T> call, WebClient.ResponseSpec response) {
		Mono<T> body;
		if (wireLogger.isTraceEnabled()) {
			body = response.toEntity(byte[].class).mapNotNull((entity) -> {
				byte[] bytes = entity.getBody();
				if (bytes == null) {
					return null;
				}
				traceBody(call, entity.getStatusCode(), new String(bytes, charset(entity.getHeaders())));
				return this.jsonMapper.get().readValue(bytes, call.responseType());
			});
		}
		else {
			body = response.bodyToMono(call.responseType());
		}
		return body.switchIfEmpty(Mono.error(() -> new LiteLlmTransportException(
				call.describe() + " answered with an empty body", null)));
	}

	/** An exception from the HTTP stack, not yet one of ours; errors (such as an OutOfMemoryError) pass as they are. */
	private static boolean isUntranslated(Throwable ex) {
		return ex instanceof Exception && !(ex instanceof LiteLlmException || ex instanceof IllegalArgumentException);
	}

	/**
	 * The body as text, read as bytes: Spring's String decoder logs what it decodes at DEBUG, and the proxy's
	 * bodies carry raw keys.
	 */
	private static Mono<String> bodyAsString(ClientResponse response) {
		Charset charset = charset(response.headers().asHttpHeaders());
		return response.bodyToMono(byte[].class).map((bytes) -> new String(bytes, charset));
	}

	private static Charset charset(HttpHeaders headers) {
		MediaType contentType = headers.getContentType();
		Charset charset = (contentType != null) ? contentType.getCharset() : null;
		return (charset != null) ? charset : StandardCharsets.UTF_8;
	}

	private LiteLlmException translate(Call<?> call, Throwable ex) {
		Throwable cause = cause(ex);
		if (cause instanceof DataBufferLimitException) {
			return new LiteLlmTransportException(
					call.describe() + " failed: the response is larger than the configured maximum size", cause);
		}
		if (cause instanceof CodecException || cause instanceof tools.jackson.core.JacksonException) {
			return new LiteLlmTransportException(call.describe() + " failed: the response could not be decoded ("
					+ mask(String.valueOf(cause.getMessage())) + ")", cause);
		}
		return new LiteLlmTransportException(call.describe() + " failed: " + mask(describe(cause)), cause);
	}

	/**
	 * What went wrong, out of WebClient's wrapper: a failure before the answer (connect, write, timeout) or
	 * while its body was read.
	 */
	private static Throwable cause(Throwable ex) {
		return (ex instanceof WebClientException && ex.getCause() != null) ? ex.getCause() : ex;
	}

	/**
	 * The same failure, with a sentence added about what it means for the key being created.
	 */
	static Throwable withOutcomeNote(Throwable failure, String note) {
		if (!(failure instanceof LiteLlmTransportException)) {
			return failure;
		}
		LiteLlmTransportException noted = new LiteLlmTransportException(failure.getMessage() + "; " + note,
				failure.getCause());
		for (Throwable suppressed : failure.getSuppressed()) {
			noted.addSuppressed(suppressed);
		}
		return noted;
	}

	private static String describe(Throwable cause) {
		String message = cause.getMessage();
		return cause.getClass().getSimpleName() + ((message != null) ? ": " + message : "");
	}

	private Retry retry(KeyOperation operation) {
		RetryPolicy policy = this.retryPolicy;
		return Retry.from((signals) -> signals.concatMap((signal) -> {
			Throwable failure = signal.failure();
			long retriesSoFar = signal.totalRetries();
			if (retriesSoFar + 1 >= policy.maxAttempts() || !isRetryable(operation, failure)) {
				return Mono.error(failure);
			}
			Duration retryAfter = KeyFailures.retryAfter(failure);
			if (retryAfter != null && retryAfter.compareTo(policy.maxBackoff()) > 0) {
				return Mono.error(tooLongToWait((LiteLlmApiException) failure, retryAfter));
			}
			Duration wait = (retryAfter != null) ? retryAfter : backoff(policy, retriesSoFar);
			if (wireLogger.isDebugEnabled()) {
				wireLogger.debug(operation.observationName() + " attempt " + (retriesSoFar + 1) + " failed ("
						+ summary(failure) + "); retrying in " + wait.toMillis() + " ms");
			}
			return Mono.delay(wait).thenReturn(signal);
		}));
	}

	private static boolean isRetryable(KeyOperation operation, Throwable failure) {
		if (KeyFailures.neverSent(failure)) {
			return true;
		}
		if (!operation.isIdempotent()) {
			return false;
		}
		return KeyFailures.isIoOrTimeout(failure) || KeyFailures.isTransientStatus(failure);
	}

	/**
	 * The wait before retry number {@code retriesSoFar + 1}: exponential from the initial backoff, capped, with
	 * jitter of -25 % to +25 %.
	 */
	static Duration backoff(RetryPolicy policy, long retriesSoFar) {
		long initial = policy.initialBackoff().toMillis();
		long max = policy.maxBackoff().toMillis();
		long exponential = (retriesSoFar >= 30) ? max : Math.min(max, initial << retriesSoFar);
		long jitter = (long) (exponential * 0.5 * ThreadLocalRandom.current().nextDouble());
		return Duration.ofMillis(Math.min(max, exponential - (exponential / 4) + jitter));
	}

	static LiteLlmRateLimitException tooLongToWait(LiteLlmApiException failure, Duration retryAfter) {
		if (failure instanceof LiteLlmRateLimitException rateLimit) {
			return rateLimit;
		}
		LiteLlmError error = new LiteLlmError(failure.statusCode(), failure.errorType(), failure.errorCode(),
				failure.param(), failure.errorMessage() + " (the server asked to retry after " + retryAfter.toSeconds()
						+ " s, longer than the maximum backoff)",
				failure.responseBody());
		return new LiteLlmRateLimitException(error, retryAfter);
	}

	/** A short, secret-free description of a failure for the wire log. */
	static String summary(Throwable failure) {
		if (failure instanceof LiteLlmApiException api) {
			return failure.getClass().getSimpleName() + " " + api.statusCode();
		}
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return failure.getClass().getSimpleName()
				+ ((root != failure) ? " caused by " + root.getClass().getSimpleName() : "");
	}

	static Log wireLogger() {
		return wireLogger;
	}

	private <T> Mono<T> observed(KeyOperation operation, Mono<T> mono) {
		if (this.observationRegistry.isNoop()) {
			return mono;
		}
		return Mono.deferContextual((contextView) -> {
			LiteLlmOperationContext context = new LiteLlmOperationContext(operation.observationName());
			Observation observation = LiteLlmObservationDocumentation.OPERATION
				.observation(this.observationConvention, DefaultLiteLlmOperationObservationConvention.INSTANCE,
						() -> context, this.observationRegistry)
				.parentObservation(contextView.getOrDefault(ObservationThreadLocalAccessor.KEY, null))
				.start();
			// A subscriber may cancel after the answer arrived (take(1), next()): the first signal decides.
			AtomicBoolean stopped = new AtomicBoolean();
			return mono.doOnSuccess((value) -> {
				if (stopped.compareAndSet(false, true)) {
					context.setOutcome(Outcome.SUCCESS);
					observation.stop();
				}
			}).doOnError((ex) -> {
				if (stopped.compareAndSet(false, true)) {
					context.setOutcome(outcome(ex));
					observation.error(ex);
					observation.stop();
				}
			}).doOnCancel(() -> {
				if (stopped.compareAndSet(false, true)) {
					context.setOutcome(Outcome.UNKNOWN);
					observation.stop();
				}
			}).contextWrite((context1) -> context1.put(ObservationThreadLocalAccessor.KEY, observation));
		});
	}

	private static Outcome outcome(Throwable ex) {
		if (ex instanceof LiteLlmApiException api) {
			return (api.statusCode() >= 500) ? Outcome.SERVER_ERROR : Outcome.CLIENT_ERROR;
		}
		if (ex instanceof IllegalArgumentException) {
			return Outcome.CLIENT_ERROR;
		}
		return Outcome.UNKNOWN;
	}

	private void traceBody(Call<?> call, HttpStatusCode status, String body) {
		if (wireLogger.isTraceEnabled()) {
			wireLogger.trace(call.operation().observationName() + " response body (" + status.value() + "): "
					+ maskBody(body));
		}
	}

	/**
	 * Mask a JSON body for the wire log: the values of secret-bearing fields, every raw key anywhere, and the
	 * client's own API key whatever its form.
	 */
	String maskBody(String body) {
		Matcher field = SECRET_FIELD.matcher(body);
		StringBuilder masked = new StringBuilder(body.length());
		while (field.find()) {
			field.appendReplacement(masked, Matcher.quoteReplacement(
					field.group(1) + field.group(2) + "\"" + maskFieldValue(field.group(3)) + "\""));
		}
		field.appendTail(masked);
		return mask(masked.toString());
	}

	private static String maskFieldValue(String value) {
		if (KEY_HASH.matcher(value).matches()) {
			return value;
		}
		String maskedKey = Secrets.maskKey(value);
		return (maskedKey != null && !maskedKey.equals(value)) ? maskedKey : "****";
	}

	/**
	 * Mask every raw key in a text, and the client's own API key whatever its form.
	 */
	String mask(String text) {
		return Secrets.mask(maskApiKey(text));
	}

	private String maskApiKey(String text) {
		return (!this.apiKey.isEmpty() && text.contains(this.apiKey)) ? text.replace(this.apiKey, "****") : text;
	}

	private static long elapsedMillis(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

	/**
	 * What one operation sends: method, path, query (never a raw key), body, and the type of a successful
	 * answer.
	 */
	record Call<T>(KeyOperation operation, HttpMethod method, String path, Map<String, List<String>> query,
			@Nullable Object body, Class<T> responseType, @Nullable Supplier<T> answerIfAlreadyDone) {

		Call(KeyOperation operation, HttpMethod method, String path, Map<String, List<String>> query,
				@Nullable Object body, Class<T> responseType) {
			this(operation, method, path, query, body, responseType, null);
		}

		/**
		 * The same call, answered by {@code answer} when a retry finds nothing left to do (404) after an earlier
		 * attempt whose outcome was unclear: that attempt did the work.
		 */
		Call<T> answeredWhenAlreadyDone(Supplier<T> answer) {
			return new Call<>(this.operation, this.method, this.path, this.query, this.body, this.responseType, answer);
		}

		/**
		 * The request URI under the base URL. Query values go in as URI variables, so they are encoded in full
		 * and never read as templates.
		 */
		URI uri(UriBuilder builder) {
			builder.path(this.path);
			if (this.query.isEmpty()) {
				return builder.build();
			}
			Map<String, String> variables = new HashMap<>();
			this.query.forEach((name, values) -> values.forEach((value) -> {
				String variable = "q" + variables.size();
				builder.queryParam(name, "{" + variable + "}");
				variables.put(variable, value);
			}));
			return builder.build(variables);
		}

		String pathAndQuery() {
			if (this.query.isEmpty()) {
				return this.path;
			}
			StringBuilder text = new StringBuilder(this.path).append('?');
			this.query.forEach((name, values) -> values.forEach((value) -> text.append(name).append('=').append(value).append('&')));
			return text.substring(0, text.length() - 1);
		}

		String describe() {
			return this.operation.observationName() + " (" + this.method + " " + this.path + ")";
		}

	}

}
