package dev.litellm.samples.keyvending;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Lets a state-changing API request ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) through only with
 * {@code Content-Type: application/json} and a body of at most {@value #MAX_BODY_BYTES} bytes.
 * <p>
 * A browser sends form-encoded and {@code text/plain} requests to another site without asking first, with any
 * HTTP Basic credentials it holds; a JSON request needs a CORS preflight, which this service never grants, so
 * requiring JSON is what stands in for CSRF tokens here. The size bound keeps oversized requests from being read
 * and forwarded to the proxy. Refusals are problem documents (415, 413) from {@link ApiExceptionHandler}.
 * <p>
 * One rule, enforced in two places: as a {@link HandlerInterceptor} (registered by this class as a
 * {@link WebMvcConfigurer}) on the content type and the declared length, before anything is read; and as request
 * body advice on the body actually read, which catches a chunked body of undeclared length.
 */
@ControllerAdvice
class JsonWriteRules extends RequestBodyAdviceAdapter implements WebMvcConfigurer, HandlerInterceptor {

	/** The largest request body accepted; an issue request with 50 long model names stays well below it. */
	static final int MAX_BODY_BYTES = 16 * 1024;

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws HttpMediaTypeNotSupportedException {
		if (SAFE_METHODS.contains(request.getMethod())) {
			return true;
		}
		MediaType contentType = contentType(request);
		if (contentType == null || !MediaType.APPLICATION_JSON.includes(contentType)) {
			throw new HttpMediaTypeNotSupportedException(contentType, List.of(MediaType.APPLICATION_JSON),
					HttpMethod.valueOf(request.getMethod()));
		}
		if (request.getContentLengthLong() > MAX_BODY_BYTES) {
			throw tooLarge();
		}
		return true;
	}

	@Override
	public boolean supports(MethodParameter methodParameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public HttpInputMessage beforeBodyRead(HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
		byte[] body = inputMessage.getBody().readNBytes(MAX_BODY_BYTES + 1);
		if (body.length > MAX_BODY_BYTES) {
			throw tooLarge();
		}
		return new HttpInputMessage() {

			@Override
			public InputStream getBody() {
				return new ByteArrayInputStream(body);
			}

			@Override
			public HttpHeaders getHeaders() {
				return inputMessage.getHeaders();
			}

		};
	}

	private static ResponseStatusException tooLarge() {
		return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
				"The request body is larger than " + MAX_BODY_BYTES + " bytes.");
	}

	private static @Nullable MediaType contentType(HttpServletRequest request) {
		String header = request.getContentType();
		if (header == null) {
			return null;
		}
		try {
			return MediaType.parseMediaType(header);
		}
		catch (InvalidMediaTypeException ex) {
			return null;
		}
	}

}
