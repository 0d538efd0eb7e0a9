package dev.litellm.spring.internal;

import java.nio.charset.StandardCharsets;

import dev.litellm.spring.LiteLlmTransportException;
import dev.litellm.spring.observation.LiteLlmOperationContext;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Sends one attempt of a call on the client's {@link WebClient} and reads its answer: the decoded body, or a
 * {@link dev.litellm.spring.LiteLlmException}. No retries; every attempt is logged on the wire log.
 */
public final class CallSender {

	/** The request attribute carrying the {@link ApiOperation}. */
	static final String OPERATION_ATTRIBUTE = CallSender.class.getName() + ".operation";

	/** The request attribute carrying the resolved {@code litellm-changed-by} actor. */
	static final String CHANGED_BY_ATTRIBUTE = CallSender.class.getName() + ".changedBy";

	/** The request attribute carrying the attempt number, from 1. */
	static final String ATTEMPT_ATTRIBUTE = CallSender.class.getName() + ".attempt";

	/**
	 * The request attribute WebClient names the {@code uri} tag of {@code http.client.requests} after. The path
	 * alone keeps the tag low-cardinality and free of query values.
	 */
	private static final String URI_TEMPLATE_ATTRIBUTE = WebClient.class.getName() + ".uriTemplate";

	private final WebClient webClient;

	private final JsonMapper jsonMapper;

	private final ErrorTranslator errors;

	private final WireLog wireLog;

	/**
	 * Create a sender. The WebClient and the JSON mapper are supplied rather than given, so that a client built
	 * at startup loads its HTTP stack only when it first sends.
	 * @param webClient the client's WebClient
	 * @param jsonMapper the client's JSON mapper, which writes the request bodies
	 * @param errors translates failures
	 * @param wireLog the wire log
	 */
	public CallSender(WebClient webClient, JsonMapper jsonMapper, ErrorTranslator errors,
			WireLog wireLog) {
		this.webClient = webClient;
		this.jsonMapper = jsonMapper;
		this.errors = errors;
		this.wireLog = wireLog;
	}

	/**
	 * One attempt of a call, sent when subscribed to.
	 * @param <T> the type of a successful answer
	 * @param call the call
	 * @param changedBy the {@code litellm-changed-by} actor, for a write
	 * @param attempt the attempt's number, from 1
	 * @param context the operation's subscriber context: where the answer's status is recorded for the operation's
	 * observation and, for the response-info view, its status and headers
	 * @return the decoded answer
	 */
	public <T> Mono<T> send(ApiCall<T> call, @Nullable String changedBy, int attempt, ContextView context) {
		ResponseCapture capture = ResponseCapture.in(context);
		LiteLlmOperationContext observed = OperationObservation.observed(context);
		long start = System.nanoTime();
		WebClient.RequestBodySpec spec = this.webClient
			.method(call.method())
			.uri(call::uri)
			.attribute(URI_TEMPLATE_ATTRIBUTE, call.path())
			.attribute(OPERATION_ATTRIBUTE, call.operation())
			.attribute(ATTEMPT_ATTRIBUTE, attempt);
		if (changedBy != null) {
			spec = spec.attribute(CHANGED_BY_ATTRIBUTE, changedBy);
		}
		WebClient.RequestHeadersSpec<?> request = spec;
		if (call.body() != null) {
			byte[] json = encode(call);
			if (this.wireLog.isTraceEnabled()) {
				this.wireLog.body(call.operation(), " attempt " + attempt + " request body",
						new String(json, StandardCharsets.UTF_8));
			}
			request = spec.contentType(MediaType.APPLICATION_JSON).bodyValue(json);
		}
		// retrieve() rather than exchangeToMono(): the latter releases the body again after it was read, which on
		// Reactor Netty costs about a tenth of a call's throughput. The first status handler sees every answer.
		WebClient.ResponseSpec response = request.retrieve()
			.onStatus((status) -> answered(call, attempt, status, start, observed),
					(answer) -> this.errors.failure(call, answer));
		return body(call, response, capture).onErrorMap(ErrorTranslator::isUntranslated, (ex) -> {
			Exception translated = this.errors.translate(call, ex);
			if (this.wireLog.isDebugEnabled()) {
				this.wireLog.attempt(call.operation(), attempt,
						": " + call.method() + " " + call.pathAndQuery() + " failed after " + elapsedMillis(start)
								+ " ms: " + this.wireLog.mask(ErrorTranslator.describe(ErrorTranslator.cause(ex))));
			}
			return translated;
		});
	}

	/**
	 * The request body as JSON, written here rather than by Spring's encoder, which logs the object it encodes at
	 * DEBUG and would fail only once a connection is taken.
	 * @throws IllegalArgumentException if the body cannot be written (a {@code null} map key, a cycle): nothing
	 * is sent
	 */
	private byte[] encode(ApiCall<?> call) {
		try {
			return this.jsonMapper.writeValueAsBytes(call.body());
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("The request of " + call.describe() + " cannot be written as JSON: "
					+ this.wireLog.mask(String.valueOf(ex.getMessage())));
		}
	}

	/**
	 * Log an answer's status on the wire log.
	 * @return whether the status is not a success (an error, or a redirect, which is not followed), whose answer
	 * the translator turns into an exception
	 */
	private boolean answered(ApiCall<?> call, int attempt, HttpStatusCode status, long start,
			@Nullable LiteLlmOperationContext observed) {
		if (observed != null) {
			observed.setStatusCode(status.value());
		}
		if (this.wireLog.isDebugEnabled()) {
			this.wireLog.attempt(call.operation(), attempt, ": " + call.method() + " " + call.pathAndQuery() + " -> "
					+ status.value() + " in " + elapsedMillis(start) + " ms");
		}
		return !status.is2xxSuccessful();
	}

	/** The decoded body of a successful answer, its status and headers recorded when asked for. */
	private <T> Mono<T> body(ApiCall<T> call, WebClient.ResponseSpec response, @Nullable ResponseCapture capture) {
		Mono<T> body;
		if (this.wireLog.isTraceEnabled()) {
			body = response.toEntity(byte[].class).mapNotNull((entity) -> {
				byte[] bytes = entity.getBody();
				if (bytes == null) {
					return null;
				}
				this.wireLog.body(call.operation(), " response body (" + entity.getStatusCode().value() + ")",
						new String(bytes, ErrorTranslator.charset(entity.getHeaders())));
				T value = this.jsonMapper.readValue(bytes, call.responseType());
				if (capture != null) {
					capture.record(entity.getStatusCode(), entity.getHeaders());
				}
				return value;
			});
		}
		else if (capture != null) {
			body = response.toEntity(call.responseType()).mapNotNull(capture::read);
		}
		else {
			body = response.bodyToMono(call.responseType());
		}
		return body.switchIfEmpty(Mono
			.error(() -> new LiteLlmTransportException(call.describe() + " answered with an empty body", null)));
	}

	private static long elapsedMillis(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

}
