package dev.litellm.spring.test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A failure the {@link FakeLiteLlmProxy} injects on one route, in place of (or before) its normal answer: an HTTP
 * status with a body, a delay, or a dropped connection. Immutable; each {@code with...} method returns a copy.
 * <pre>{@code
 * proxy.inject("/key/generate", Fault.status(429).withHeader("Retry-After", "1").times(2));
 * proxy.inject("/key/info", Fault.delay(Duration.ofSeconds(2)));            // then answers normally
 * proxy.inject("/key/list", Fault.disconnect().once());
 * }</pre>
 * A fault applies to every matching request ({@link #isPersistent() persistent}) unless limited with
 * {@link #times(int)} or {@link #once()}.
 */
public final class Fault {

	private final @Nullable Integer status;

	private final @Nullable String body;

	private final String contentType;

	private final Map<String, String> headers;

	private final Duration delay;

	private final boolean disconnect;

	private final int times;

	private Fault(@Nullable Integer status, @Nullable String body, String contentType, Map<String, String> headers,
			Duration delay, boolean disconnect, int times) {
		this.status = status;
		this.body = body;
		this.contentType = contentType;
		this.headers = Map.copyOf(headers);
		this.delay = delay;
		this.disconnect = disconnect;
		this.times = times;
	}

	/**
	 * Answers with an HTTP status instead of the route's answer. The body is the status's reason phrase as plain
	 * text (what a load balancer in front of the proxy sends) unless set with {@link #withBody(String, String)} or
	 * {@link #withJsonBody(String)}.
	 *
	 * @param status the HTTP status, 100 to 599
	 * @return the fault
	 */
	public static Fault status(int status) {
		if (status < 100 || status > 599) {
			throw new IllegalArgumentException("status must be between 100 and 599: " + status);
		}
		return new Fault(status, null, "text/plain; charset=utf-8", Map.of(), Duration.ZERO, false, -1);
	}

	/**
	 * Delays the route's normal answer.
	 *
	 * @param delay how long to wait before answering
	 * @return the fault
	 */
	public static Fault delay(Duration delay) {
		return new Fault(null, null, "text/plain; charset=utf-8", Map.of(), checked(delay), false, -1);
	}

	/**
	 * Closes the connection without answering.
	 *
	 * @return the fault
	 */
	public static Fault disconnect() {
		return new Fault(null, null, "text/plain; charset=utf-8", Map.of(), Duration.ZERO, true, -1);
	}

	private static Duration checked(Duration delay) {
		Objects.requireNonNull(delay, "delay");
		if (delay.isNegative()) {
			throw new IllegalArgumentException("delay must not be negative");
		}
		return delay;
	}

	/**
	 * Sets the body of a status fault.
	 *
	 * @param body the body text
	 * @param contentType its {@code Content-Type}
	 * @return a copy with the body
	 */
	public Fault withBody(String body, String contentType) {
		requireStatus();
		return new Fault(this.status, Objects.requireNonNull(body, "body"),
				Objects.requireNonNull(contentType, "contentType"), this.headers, this.delay, false, this.times);
	}

	/**
	 * Sets a JSON body of a status fault, for instance LiteLLM's {@code {"error":{...}}} envelope.
	 *
	 * @param json the JSON text
	 * @return a copy with the body
	 */
	public Fault withJsonBody(String json) {
		return withBody(json, "application/json");
	}

	/**
	 * Adds a response header to a status fault, for instance {@code Retry-After}.
	 *
	 * @param name the header name
	 * @param value the header value
	 * @return a copy with the header
	 */
	public Fault withHeader(String name, String value) {
		requireStatus();
		Map<String, String> headers = new LinkedHashMap<>(this.headers);
		headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
		return new Fault(this.status, this.body, this.contentType, headers, this.delay, false, this.times);
	}

	/**
	 * Waits before the fault takes effect (before the status is sent or the connection is closed).
	 *
	 * @param delay the wait
	 * @return a copy with the delay
	 */
	public Fault withDelay(Duration delay) {
		return new Fault(this.status, this.body, this.contentType, this.headers, checked(delay), this.disconnect,
				this.times);
	}

	/**
	 * Limits the fault to the next {@code count} matching requests.
	 *
	 * @param count how many requests it applies to, at least 1
	 * @return a copy with the limit
	 */
	public Fault times(int count) {
		if (count < 1) {
			throw new IllegalArgumentException("count must be at least 1: " + count);
		}
		return new Fault(this.status, this.body, this.contentType, this.headers, this.delay, this.disconnect, count);
	}

	/**
	 * Limits the fault to the next matching request.
	 *
	 * @return a copy that applies once
	 */
	public Fault once() {
		return times(1);
	}

	private void requireStatus() {
		if (this.status == null) {
			throw new IllegalStateException("Only a status fault has a body and headers");
		}
	}

	/**
	 * The HTTP status this fault answers with.
	 *
	 * @return the status, or {@code null} for a delay or disconnect fault
	 */
	public @Nullable Integer status() {
		return this.status;
	}

	/**
	 * The body a status fault sends.
	 *
	 * @return the body text
	 */
	public String body() {
		if (this.body != null) {
			return this.body;
		}
		return this.status == null ? "" : reasonPhrase(this.status);
	}

	/**
	 * The {@code Content-Type} of the body.
	 *
	 * @return the content type
	 */
	public String contentType() {
		return this.contentType;
	}

	/**
	 * The extra response headers of a status fault.
	 *
	 * @return the headers
	 */
	public Map<String, String> headers() {
		return this.headers;
	}

	/**
	 * The wait before the fault takes effect.
	 *
	 * @return the delay, zero for none
	 */
	public Duration delayDuration() {
		return this.delay;
	}

	/**
	 * Whether the fault closes the connection.
	 *
	 * @return {@code true} for {@link #disconnect()}
	 */
	public boolean isDisconnect() {
		return this.disconnect;
	}

	/**
	 * Whether the fault applies to every matching request.
	 *
	 * @return {@code true} unless limited with {@link #times(int)}
	 */
	public boolean isPersistent() {
		return this.times < 0;
	}

	/**
	 * How many requests a limited fault applies to.
	 *
	 * @return the count, or -1 when persistent
	 */
	public int times() {
		return this.times;
	}

	private static String reasonPhrase(int status) {
		return switch (status) {
			case 400 -> "Bad Request";
			case 401 -> "Unauthorized";
			case 403 -> "Forbidden";
			case 404 -> "Not Found";
			case 408 -> "Request Timeout";
			case 409 -> "Conflict";
			case 422 -> "Unprocessable Entity";
			case 429 -> "Too Many Requests";
			case 500 -> "Internal Server Error";
			case 502 -> "Bad Gateway";
			case 503 -> "Service Unavailable";
			case 504 -> "Gateway Timeout";
			default -> "Error " + status;
		};
	}

	@Override
	public String toString() {
		if (this.disconnect) {
			return "Fault[disconnect, delay=" + this.delay + ", times=" + this.times + "]";
		}
		return "Fault[status=" + this.status + ", delay=" + this.delay + ", times=" + this.times + "]";
	}

}
