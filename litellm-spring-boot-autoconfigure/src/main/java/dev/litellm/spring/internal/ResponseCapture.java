package dev.litellm.spring.internal;

import org.jspecify.annotations.Nullable;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

/**
 * Keeps the status and headers of the last successful answer an operation read, for a caller that asked for them.
 * The caller puts one in the subscriber context of the operation ({@link #context()}); the {@link CallSender}
 * finds it there and, only then, reads the answer as an entity rather than as a bare body. An operation of several
 * HTTP calls leaves the answer read last; a failed answer leaves nothing, since it ends in an exception or is
 * recovered by another call. Thread-safe: concurrent calls of one operation may record.
 */
public final class ResponseCapture {

	private static final String CONTEXT_KEY = ResponseCapture.class.getName();

	private volatile @Nullable Answer last;

	/**
	 * Create an empty capture, for one subscription to an operation.
	 */
	public ResponseCapture() {
	}

	/**
	 * The capture in a subscriber context, if there is one.
	 * @param context the context
	 * @return the capture, or {@code null}
	 */
	static @Nullable ResponseCapture in(ContextView context) {
		return context.getOrDefault(CONTEXT_KEY, null);
	}

	/**
	 * A subscriber context holding this capture, for {@code contextWrite}.
	 * @return the context
	 */
	public Context context() {
		return Context.of(CONTEXT_KEY, this);
	}

	/**
	 * Record an answer's status and headers.
	 * @param <T> the type of the body
	 * @param entity the answer
	 * @return its body
	 */
	<T> @Nullable T read(ResponseEntity<T> entity) {
		record(entity.getStatusCode(), entity.getHeaders());
		return entity.getBody();
	}

	/**
	 * Record an answer's status and headers.
	 * @param status the status
	 * @param headers the headers
	 */
	void record(HttpStatusCode status, HttpHeaders headers) {
		this.last = new Answer(status, headers);
	}

	/**
	 * The status and headers of the last successful answer.
	 * @return the answer
	 * @throws IllegalStateException if no answer was recorded
	 */
	public Answer last() {
		Answer answer = this.last;
		if (answer == null) {
			throw new IllegalStateException("The operation completed without reading an answer");
		}
		return answer;
	}

	/**
	 * The status and headers of one answer.
	 * @param status the status
	 * @param headers the headers, as the answer holds them
	 */
	public record Answer(HttpStatusCode status, HttpHeaders headers) {
	}

}
