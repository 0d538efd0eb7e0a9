package dev.litellm.samples.keyvending;

import java.net.URI;
import java.util.List;
import java.util.Map;

import dev.litellm.spring.LiteLlmApiException;
import dev.litellm.spring.LiteLlmBadRequestException;
import dev.litellm.spring.LiteLlmEnterpriseFeatureException;
import dev.litellm.spring.LiteLlmException;
import dev.litellm.spring.LiteLlmNotFoundException;
import dev.litellm.spring.LiteLlmRateLimitException;
import dev.litellm.spring.LiteLlmValidationException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every failure with an RFC 9457 problem document. Bad input names the field at fault; proxy failures
 * map to what they mean for this service's caller (404, 409, 502, …). Messages reaching the caller come from
 * the client, which masks keys; nothing here logs a key.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Log logger = LogFactory.getLog(ApiExceptionHandler.class);

	private static final URI FIELD_ERRORS = URI.create("urn:problem:key-vending:invalid-request");

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> fieldError(error.getField(), String.valueOf(error.getDefaultMessage())))
			.toList();
		return ResponseEntity.badRequest().body(invalid(errors));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> fieldError((error instanceof FieldError field) ? field.getField()
						: result.getMethodParameter().getParameterName(), String.valueOf(error.getDefaultMessage()))))
			.toList();
		return ResponseEntity.badRequest().body(invalid(errors));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badArgument(IllegalArgumentException ex) {
		String message = String.valueOf(ex.getMessage());
		int space = message.indexOf(' ');
		String field = (space > 0) ? message.substring(0, space) : "request";
		return invalid(List.of(fieldError(field, message)));
	}

	@ExceptionHandler({ KeyVendingService.KeyNotOwnedException.class, LiteLlmNotFoundException.class })
	ProblemDetail notFound() {
		return problem(HttpStatus.NOT_FOUND, "Key not found", "Your team has no key with this token.");
	}

	@ExceptionHandler(LiteLlmBadRequestException.class)
	ProblemDetail rejected(LiteLlmBadRequestException ex) {
		if ("key_alias".equals(ex.param()) || ex.errorMessage().contains("already exists")) {
			ProblemDetail problem = problem(HttpStatus.CONFLICT, "Alias taken",
					"Your team already has a key with this alias.");
			problem.setProperty("errors", List.of(fieldError("alias", "already exists")));
			return problem;
		}
		return problem(HttpStatus.BAD_REQUEST, "Rejected by the proxy", ex.errorMessage());
	}

	@ExceptionHandler(LiteLlmValidationException.class)
	ProblemDetail invalidForProxy(LiteLlmValidationException ex) {
		return invalid(ex.violations().stream().map((violation) -> fieldError(violation.location(), violation.message())).toList());
	}

	@ExceptionHandler(LiteLlmEnterpriseFeatureException.class)
	ProblemDetail unlicensed(LiteLlmEnterpriseFeatureException ex) {
		return problem(HttpStatus.NOT_IMPLEMENTED, "Not available on this proxy",
				"This operation needs a LiteLLM Enterprise licence: " + ex.errorMessage());
	}

	@ExceptionHandler(LiteLlmRateLimitException.class)
	ResponseEntity<ProblemDetail> rateLimited(LiteLlmRateLimitException ex) {
		ResponseEntity.BodyBuilder response = ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE);
		if (ex.retryAfter() != null) {
			response.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfter().toSeconds()));
		}
		return response.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Proxy busy", "The LiteLLM proxy asked to wait."));
	}

	@ExceptionHandler(LiteLlmException.class)
	ProblemDetail proxyFailed(LiteLlmException ex) {
		logger.warn("LiteLLM proxy call failed: " + ex.getMessage());
		String detail = (ex instanceof LiteLlmApiException api)
				? "The LiteLLM proxy answered " + api.statusCode() + "." : "The LiteLLM proxy could not be reached.";
		return problem(HttpStatus.BAD_GATEWAY, "Proxy unavailable", detail);
	}

	private static ProblemDetail invalid(List<Map<String, String>> errors) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request",
				"The request has " + errors.size() + " invalid field(s).");
		problem.setType(FIELD_ERRORS);
		problem.setProperty("errors", errors);
		return problem;
	}

	private static Map<String, String> fieldError(String field, String message) {
		return Map.of("field", field, "message", message);
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
