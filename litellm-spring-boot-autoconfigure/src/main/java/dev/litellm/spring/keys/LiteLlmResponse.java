package dev.litellm.spring.keys;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import dev.litellm.spring.internal.Secrets;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.util.CollectionUtils;
import org.springframework.util.LinkedCaseInsensitiveMap;
import org.springframework.util.MultiValueMap;

/**
 * The result of an operation with the HTTP answer it came in: the decoded body, the status and the response
 * headers. Returned by the views {@link KeyManagementOperations#withResponseInfo()} and
 * {@link ReactiveKeyManagementOperations#withResponseInfo()}.
 *
 * <p>An operation made of several HTTP calls carries the status and headers of the last successful answer it read
 * (each view method says which that is). Immutable; {@link #toString()}, and the {@code toString()} of
 * {@link #headers()}, mask secret-bearing headers ({@code Authorization}, {@code Proxy-Authorization},
 * {@code x-litellm-api-key}, {@code Cookie}, {@code Set-Cookie}, and any header whose value holds a raw
 * {@code sk-} key) and every raw key in the body.
 *
 * @param <T> the type of the body
 */
public final class LiteLlmResponse<T> {

	private static final Set<String> SECRET_HEADERS = Set.of("authorization", "proxy-authorization",
			"x-litellm-api-key", "cookie", "set-cookie", "set-cookie2");

	private final T body;

	private final HttpStatusCode statusCode;

	private final HttpHeaders headers;

	private LiteLlmResponse(T body, HttpStatusCode statusCode, HttpHeaders headers) {
		this.body = body;
		this.statusCode = statusCode;
		this.headers = new MaskedHeaders(headers);
	}

	/**
	 * Create a response, for example as the answer of a test double.
	 * @param <T> the type of the body
	 * @param body the decoded body
	 * @param statusCode the status
	 * @param headers the headers, copied
	 * @return the response
	 */
	public static <T> LiteLlmResponse<T> of(T body, HttpStatusCode statusCode, HttpHeaders headers) {
		if (body == null || statusCode == null || headers == null) {
			throw new IllegalArgumentException("body, statusCode and headers must not be null");
		}
		return new LiteLlmResponse<>(body, statusCode, headers);
	}

	/**
	 * The decoded body, the value the plain operation returns.
	 * @return the body
	 */
	public T body() {
		return this.body;
	}

	/**
	 * The HTTP status of the answer, a 2xx.
	 * @return the status
	 */
	public HttpStatusCode statusCode() {
		return this.statusCode;
	}

	/**
	 * The response headers, every one the proxy sent; their {@code toString()} masks the secret-bearing ones.
	 * @return the headers, read-only
	 */
	public HttpHeaders headers() {
		return this.headers;
	}

	/**
	 * This response as a Spring {@link ResponseEntity}, with the same body, status and headers; its
	 * {@code toString()} prints the headers masked as {@link #headers()} does.
	 * @return the entity
	 */
	public ResponseEntity<T> toResponseEntity() {
		return new ResponseEntity<>(this.body, this.headers, this.statusCode);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof LiteLlmResponse<?> that && this.body.equals(that.body)
				&& this.statusCode.equals(that.statusCode) && this.headers.equals(that.headers);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.body, this.statusCode, this.headers);
	}

	@Override
	public String toString() {
		return "LiteLlmResponse[statusCode=" + this.statusCode + ", headers=" + this.headers + ", body="
				+ Secrets.mask(String.valueOf(this.body)) + "]";
	}

	/**
	 * Whether a header may carry a secret: an authentication or cookie header, or one whose value holds a raw key.
	 */
	private static boolean isSecret(String name, List<String> values) {
		return SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT))
				|| values.stream().anyMatch((value) -> !Secrets.mask(value).equals(value));
	}

	/**
	 * Read-only headers whose {@code toString()} masks the secret-bearing ones.
	 */
	private static final class MaskedHeaders extends HttpHeaders {

		MaskedHeaders(HttpHeaders headers) {
			super(readOnlyCopy(headers));
		}

		private static MultiValueMap<String, String> readOnlyCopy(HttpHeaders headers) {
			MultiValueMap<String, String> copy = CollectionUtils
				.toMultiValueMap(new LinkedCaseInsensitiveMap<>(8, Locale.ROOT));
			headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
			return CollectionUtils.unmodifiableMultiValueMap(copy);
		}

		/** Consistent with {@code equals}, which ignores the case of header names. */
		@Override
		public int hashCode() {
			int[] hash = { 0 };
			forEach((name, values) -> hash[0] += name.toLowerCase(Locale.ROOT).hashCode() ^ values.hashCode());
			return hash[0];
		}

		@Override
		public boolean equals(@Nullable Object other) {
			return super.equals(other);
		}

		@Override
		public String toString() {
			StringJoiner joiner = new StringJoiner(", ", "[", "]");
			forEach((name, values) -> joiner.add(name + ":" + (isSecret(name, values) ? "\"(masked)\""
					: values.stream().map((value) -> "\"" + value + "\"").collect(Collectors.joining(", ")))));
			return joiner.toString();
		}

	}

}
