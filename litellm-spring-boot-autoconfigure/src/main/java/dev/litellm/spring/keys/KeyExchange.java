package dev.litellm.spring.keys;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.litellm.spring.LiteLlmApiException;
import dev.litellm.spring.LiteLlmError;
import dev.litellm.spring.LiteLlmException;
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
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;

/**
 * Sends one operation to the proxy: resolves the audit actor, makes the attempts the retry policy allows, turns
 * every failure into a {@link LiteLlmException}, logs each attempt on the wire logger and observes the whole.
 */
final class KeyExchange {

	/** The request attribute carrying the {@link KeyOperation}. */
	static final String OPERATION_ATTRIBUTE = KeyExchange.class.getName() + ".operation";

	/** The request attribute carrying the resolved {@code litellm-changed-by} actor. */
	static final String CHANGED_BY_ATTRIBUTE = KeyExchange.class.getName() + ".changedBy";

	/** The request attribute carrying the attempt number, from 1. */
	static final String ATTEMPT_ATTRIBUTE = KeyExchange.class.getName() + ".attempt";

	private static final Log wireLogger = LogFactory.getLog("dev.litellm.spring.keys.wire");

	private final WebClient webClient;

	private final JsonMapper jsonMapper;

	private final LiteLlmErrorDecoder errorDecoder;

	private final RetryPolicy retryPolicy;

	private final ObservationRegistry observationRegistry;

	private final @Nullable LiteLlmOperationObservationConvention observationConvention;

	private final @Nullable ChangedByResolver changedByResolver;

	private final @Nullable String defaultChangedBy;

	private final String apiKey;

	KeyExchange(WebClient webClient, JsonMapper jsonMapper, LiteLlmErrorDecoder errorDecoder, RetryPolicy retryPolicy,
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
	}

	JsonMapper jsonMapper() {
		return this.jsonMapper;
	}

	/**
	 * One operation: a request, sent as often as the retry policy allows.
	 */
	<T> Mono<T> execute(Call<T> call, @Nullable String changedBy) {
		Mono<T> attempts = resolveChangedBy(call.operation(), changedBy)
			.flatMap((actor) -> retried(call, attempt(call, actor.orElse(null))));
		return observed(call.operation(), attempts);
	}

	/**
	 * The exchange of a single attempt, without retries, for callers that decide themselves what to repeat.
	 */
	<T> Mono<T> attempt(Call<T> call, @Nullable String changedBy) {
		AtomicInteger attempts = new AtomicInteger();
		return Mono.defer(() -> send(call, changedBy, attempts.incrementAndGet()));
	}

	<T> Mono<T> retried(Call<T> call, Mono<T> attempt) {
		if (this.retryPolicy.maxAttempts() <= 1) {
			return attempt;
		}
		return attempt.retryWhen(retry(call.operation()));
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
		WebClient.RequestBodySpec spec = this.webClient.method(call.method())
			.uri(call.uriTemplate(), call.uriVariables())
			.attribute(OPERATION_ATTRIBUTE, call.operation())
			.attribute(ATTEMPT_ATTRIBUTE, attempt);
		if (changedBy != null) {
			spec = spec.attribute(CHANGED_BY_ATTRIBUTE, changedBy);
		}
		if (wireLogger.isTraceEnabled() && call.body() != null) {
			wireLogger.trace(call.operation().observationName() + " attempt " + attempt + " request body: "
					+ mask(this.jsonMapper.writeValueAsString(call.body())));
		}
		WebClient.RequestHeadersSpec<?> request = (call.body() != null) ? spec.bodyValue(call.body()) : spec;
		return request.exchangeToMono((response) -> {
			logResponse(call, attempt, response.statusCode(), start);
			return read(call, response);
		}).onErrorMap((ex) -> !(ex instanceof LiteLlmException || ex instanceof IllegalArgumentException), (ex) -> {
			if (wireLogger.isDebugEnabled()) {
				wireLogger.debug(call.operation().observationName() + " attempt " + attempt + " failed after "
						+ elapsedMillis(start) + " ms: " + mask(String.valueOf(ex)));
			}
			return translate(call, ex);
		});
	}

	private <T> Mono<T> read(Call<T> call, ClientResponse response) {
		HttpStatusCode status = response.statusCode();
		if (status.isError()) {
			return bodyAsString(response).defaultIfEmpty("").flatMap((body) -> {
				traceBody(call, body);
				String retryAfter = response.headers().asHttpHeaders().getFirst("Retry-After");
				return Mono.error(this.errorDecoder.decode(status.value(), retryAfter, maskApiKey(body)));
			});
		}
		Mono<T> body;
		if (wireLogger.isTraceEnabled()) {
			body = bodyAsString(response).map((text) -> {
				traceBody(call, text);
				return this.jsonMapper.readValue(text, call.responseType());
			});
		}
		else {
			body = response.bodyToMono(call.responseType());
		}
		return body.switchIfEmpty(Mono.error(() -> new LiteLlmTransportException(
				call.describe() + " answered " + status.value() + " with an empty body", null)));
	}

	/**
	 * The body as text, read as bytes: Spring's String decoder logs what it decodes at DEBUG, and the proxy's
	 * bodies carry raw keys.
	 */
	private static Mono<String> bodyAsString(ClientResponse response) {
		Charset charset = response.headers()
			.contentType()
			.map(MediaType::getCharset)
			.orElse(StandardCharsets.UTF_8);
		return response.bodyToMono(byte[].class).map((bytes) -> new String(bytes, charset));
	}

	private LiteLlmException translate(Call<?> call, Throwable ex) {
		if (ex instanceof DataBufferLimitException) {
			return new LiteLlmTransportException(
					call.describe() + " failed: the response is larger than the configured maximum size", ex);
		}
		if (ex instanceof CodecException || ex instanceof tools.jackson.core.JacksonException) {
			return new LiteLlmTransportException(call.describe() + " failed: the response could not be decoded ("
					+ mask(String.valueOf(ex.getMessage())) + ")", ex);
		}
		Throwable cause = (ex instanceof WebClientRequestException && ex.getCause() != null) ? ex.getCause() : ex;
		return new LiteLlmTransportException(call.describe() + " failed: " + mask(describe(cause)), ex);
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
			Duration wait = backoff(policy, retriesSoFar);
			Duration retryAfter = KeyFailures.retryAfter(failure);
			if (retryAfter != null) {
				if (retryAfter.compareTo(policy.maxBackoff()) > 0) {
					return Mono.error(tooLongToWait((LiteLlmApiException) failure, retryAfter));
				}
				wait = retryAfter;
			}
			if (wireLogger.isDebugEnabled()) {
				wireLogger.debug(operation.observationName() + " attempt " + (retriesSoFar + 1) + " failed ("
						+ failure.getClass().getSimpleName() + "); retrying in " + wait.toMillis() + " ms");
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

	private static Duration backoff(RetryPolicy policy, long retriesSoFar) {
		long initial = policy.initialBackoff().toMillis();
		long max = policy.maxBackoff().toMillis();
		long exponential = (retriesSoFar >= 30) ? max : Math.min(max, initial << retriesSoFar);
		long jitter = (long) (exponential * 0.5 * ThreadLocalRandom.current().nextDouble());
		return Duration.ofMillis(Math.min(max, exponential - (exponential / 4) + jitter));
	}

	private static LiteLlmRateLimitException tooLongToWait(LiteLlmApiException failure, Duration retryAfter) {
		if (failure instanceof LiteLlmRateLimitException rateLimit) {
			return rateLimit;
		}
		LiteLlmError error = new LiteLlmError(failure.statusCode(), failure.errorType(), failure.errorCode(),
				failure.param(), failure.errorMessage() + " (the server asked to retry after " + retryAfter.toSeconds()
						+ " s, longer than the maximum backoff)",
				failure.responseBody());
		return new LiteLlmRateLimitException(error, retryAfter);
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

	private void logResponse(Call<?> call, int attempt, HttpStatusCode status, long start) {
		if (wireLogger.isDebugEnabled()) {
			wireLogger.debug(call.operation().observationName() + " attempt " + attempt + ": " + call.method() + " "
					+ call.pathAndQuery() + " -> " + status.value() + " in " + elapsedMillis(start) + " ms");
		}
	}

	private void traceBody(Call<?> call, String body) {
		if (wireLogger.isTraceEnabled()) {
			wireLogger.trace(call.operation().observationName() + " response body: " + mask(body));
		}
	}

	private String mask(String text) {
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
			@Nullable Object body, Class<T> responseType) {

		/**
		 * The URI template, such as {@code /key/info?key={q0}}: it names the HTTP observation's {@code uri}
		 * tag, and its variables are encoded in full, never read as templates.
		 */
		String uriTemplate() {
			StringBuilder template = new StringBuilder(this.path);
			int index = 0;
			for (Map.Entry<String, List<String>> parameter : this.query.entrySet()) {
				for (int i = 0; i < parameter.getValue().size(); i++) {
					template.append((index == 0) ? '?' : '&').append(parameter.getKey()).append("={q").append(index++).append('}');
				}
			}
			return template.toString();
		}

		Map<String, String> uriVariables() {
			Map<String, String> variables = new HashMap<>();
			this.query.values().forEach((values) -> values.forEach((value) -> variables.put("q" + variables.size(), value)));
			return variables;
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
