package dev.litellm.spring.keys;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.litellm.spring.LiteLlmApiException;
import dev.litellm.spring.LiteLlmAuthenticationException;
import dev.litellm.spring.LiteLlmBadRequestException;
import dev.litellm.spring.LiteLlmEnterpriseFeatureException;
import dev.litellm.spring.LiteLlmNotFoundException;
import dev.litellm.spring.LiteLlmPermissionDeniedException;
import dev.litellm.spring.LiteLlmRateLimitException;
import dev.litellm.spring.LiteLlmServerException;
import dev.litellm.spring.LiteLlmTransportException;
import dev.litellm.spring.LiteLlmValidationException;
import dev.litellm.spring.LiteLlmValidationException.Violation;
import ch.qos.logback.classic.Level;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static dev.litellm.spring.keys.TestKeys.API_KEY;
import static dev.litellm.spring.keys.TestKeys.KEY;
import static dev.litellm.spring.keys.TestKeys.KEY_HASH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every error shape and status the proxy (or a gateway in front of it) answers with becomes the matching
 * exception, with the proxy's type, code, param and message; no usable answer becomes a transport exception.
 */
class ErrorMappingTests extends ProxyTestSupport {

	/**
	 * No error the proxy answers with puts a secret in a log line. At DEBUG, so that success bodies still go
	 * through the streaming decoder; bodies at TRACE are checked by the fault tests and {@link SecretMaskingTests}.
	 */
	@RegisterExtension
	static final SecretLeakGuard guard = SecretLeakGuard.watching(API_KEY, KEY, TestKeys.NEW_KEY, TestKeys.OTHER_KEY)
		.withClientLogLevel(Level.DEBUG);

	private static final String NOT_PREMIUM = "You must be a LiteLLM Enterprise user to use this feature. If you have a "
			+ "license please set `LITELLM_LICENSE` in your env. Get a 7 day trial key here: "
			+ "https://www.litellm.ai/enterprise#trial. \nPricing: https://www.litellm.ai/#pricing";

	private static final String NGINX_502 = """
			<html>
			<head><title>502 Bad Gateway</title></head>
			<body>
			<center><h1>502 Bad Gateway</h1></center>
			<hr><center>nginx/1.27.4</center>
			</body>
			</html>
			""";

	/**
	 * What the proxy answers and what the client must make of it.
	 */
	record ErrorCase(String name, KeyCall<?> call, int status, String contentType, String body,
			Class<? extends LiteLlmApiException> type, @Nullable String errorType, @Nullable String errorCode,
			@Nullable String param, String errorMessage) {

		ResponseDefinitionBuilder response() {
			return aResponse().withStatus(this.status).withHeader("Content-Type", this.contentType).withBody(this.body);
		}

		/** The exception is of this case's type and carries the proxy's fields. */
		void assertMapped(Throwable failure) {
			assertThat(failure).isExactlyInstanceOf(this.type);
			LiteLlmApiException exception = (LiteLlmApiException) failure;
			assertThat(exception.statusCode()).isEqualTo(this.status);
			assertThat(exception.errorType()).isEqualTo(this.errorType);
			assertThat(exception.errorCode()).isEqualTo(this.errorCode);
			assertThat(exception.param()).isEqualTo(this.param);
			assertThat(exception.errorMessage()).isEqualTo(this.errorMessage);
			assertThat(exception.responseBody()).isEqualTo(this.body);
			assertThat(exception.getMessage()).contains(String.valueOf(this.status)).contains(this.errorMessage);
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

	static ErrorCase envelopeCase(String name, KeyCall<?> call, int status, String message, String errorType,
			@Nullable String param, Class<? extends LiteLlmApiException> type, String expectedMessage,
			@Nullable String expectedParam) {
		String body = "{\"error\":{\"message\":" + JSON.writeValueAsString(message) + ",\"type\":\"" + errorType
				+ "\",\"param\":" + ((param != null) ? "\"" + param + "\"" : "null") + ",\"code\":\"" + status + "\"}}";
		// Python's None, written as the string "None", means "no type" as it means "no param".
		String expectedType = "None".equals(errorType) ? null : errorType;
		return new ErrorCase(name, call, status, "application/json", body, type, expectedType,
				String.valueOf(status), expectedParam, expectedMessage);
	}

	static List<ErrorCase> errorCases() {
		KeyCall<?> info = KeyCall.keyInfo(KEY_HASH);
		KeyCall<?> generate = KeyCall.generateKey(GenerateKeyRequest.builder().keyAlias("team-a-ci").build());
		KeyCall<?> update = KeyCall.updateKey(UpdateKeyRequest.builder(KEY_HASH).maxBudget(20.0).build());
		KeyCall<?> delete = KeyCall.deleteKeys(DeleteKeysRequest.ofKeys(KEY_HASH));
		KeyCall<?> list = KeyCall.listKeys(KeyListQuery.builder().size(100).build());
		KeyCall<?> regenerate = KeyCall.regenerateKey(KEY_HASH, null);
		return List.of(
				envelopeCase("404 envelope with a string code and a real param", info, 404,
						"Key not found in database", "not_found_error", "key", LiteLlmNotFoundException.class,
						"Key not found in database", "key"),
				envelopeCase("401 without a key, param \"None\"", info, 401,
						"Authentication Error, No api key passed in.", "auth_error", "None",
						LiteLlmAuthenticationException.class, "Authentication Error, No api key passed in.", null),
				envelopeCase("401 blocked calling key", KeyCall.keyHealth(), 401,
						"Authentication Error, Key is blocked. Update via `/key/unblock` if you're an admin.",
						"auth_error", "None", LiteLlmAuthenticationException.class,
						"Authentication Error, Key is blocked. Update via `/key/unblock` if you're an admin.", null),
				envelopeCase("401 non-admin on an admin-only route", generate, 401,
						"Authentication Error, Only proxy admin can be used to generate, delete, update info for new "
								+ "keys/users/teams. Route=/key/generate. Your role=internal_user_viewer. Your user_id=u***2",
						"auth_error", "None", LiteLlmAuthenticationException.class,
						"Authentication Error, Only proxy admin can be used to generate, delete, update info for new "
								+ "keys/users/teams. Route=/key/generate. Your role=internal_user_viewer. Your user_id=u***2",
						null),
				envelopeCase("400 with a JSON null param", info, 400,
						"Budget has been exceeded! Current cost: 50.2031, Max budget: 50.0", "budget_exceeded", null,
						LiteLlmBadRequestException.class,
						"Budget has been exceeded! Current cost: 50.2031, Max budget: 50.0", null),
				envelopeCase("400 duplicate alias", generate, 400,
						"Key with alias 'team-a-ci' already exists. Unique key aliases across all keys are required.",
						"bad_request_error", "key_alias", LiteLlmBadRequestException.class,
						"Key with alias 'team-a-ci' already exists. Unique key aliases across all keys are required.",
						"key_alias"),
				envelopeCase("400 dict repr from /key/update, typed auth_error", update, 400,
						"{'error': 'max_budget cannot be negative. Received: -10.0'}", "auth_error", "None",
						LiteLlmBadRequestException.class, "max_budget cannot be negative. Received: -10.0", null),
				envelopeCase("403 dict repr in double quotes", info, 403,
						"{'error': \"You are not allowed to access this key's info. Your role=internal_user\"}",
						"internal_server_error", "None", LiteLlmPermissionDeniedException.class,
						"You are not allowed to access this key's info. Your role=internal_user", null),
				envelopeCase("403 viewer on a write route", delete, 403,
						"user not allowed to access this route, role= proxy_admin_viewer. Trying to access: /key/delete",
						"auth_error", "None", LiteLlmPermissionDeniedException.class,
						"user not allowed to access this route, role= proxy_admin_viewer. Trying to access: /key/delete",
						null),
				envelopeCase("404 dict repr from /key/delete", delete, 404, "{'error': 'No keys found'}",
						"internal_server_error", "None", LiteLlmNotFoundException.class, "No keys found", null),
				envelopeCase("401 unknown key on /key/update", update, 401,
						"Authentication Error: invalid user key - user key does not exist in db. User Key=" + KEY_HASH,
						"auth_error", "None", LiteLlmNotFoundException.class,
						"Authentication Error: invalid user key - user key does not exist in db. User Key=" + KEY_HASH,
						null),
				envelopeCase("429 with type \"None\"", list, 429,
						"Rate limit exceeded for api_key: " + KEY_HASH
								+ ". Limit type: requests. Current limit: 60, Remaining: 0. Limit resets at: 2026-03-10 09:16:00 UTC",
						"None", "None", LiteLlmRateLimitException.class,
						"Rate limit exceeded for api_key: " + KEY_HASH
								+ ". Limit type: requests. Current limit: 60, Remaining: 0. Limit resets at: 2026-03-10 09:16:00 UTC",
						null),
				envelopeCase("500 Enterprise-only regeneration", regenerate, 500,
						"Regenerating Virtual Keys is an Enterprise feature, " + NOT_PREMIUM, "internal_server_error",
						"None", LiteLlmEnterpriseFeatureException.class,
						"Regenerating Virtual Keys is an Enterprise feature, " + NOT_PREMIUM, null),
				envelopeCase("403 premium field", generate, 403,
						"{'error': 'This feature is only available for LiteLLM Enterprise users: tags. "
								+ NOT_PREMIUM.replace("\n", "\\n") + "'}",
						"internal_server_error", "None", LiteLlmEnterpriseFeatureException.class,
						"This feature is only available for LiteLLM Enterprise users: tags. "
								+ NOT_PREMIUM.replace("\n", "\\n"),
						null),
				envelopeCase("500 health check failure", KeyCall.keyHealth(), 500,
						"Key health check failed: Connection to Langfuse timed out", "internal_server_error", "None",
						LiteLlmServerException.class, "Key health check failed: Connection to Langfuse timed out",
						null),
				new ErrorCase("422 FastAPI validation", list, 422, "application/json", """
						{"detail":[{"type":"less_than_equal","loc":["query","size"],"msg":"Input should be less than or equal to 100","input":"101","ctx":{"le":100}}]}""",
						LiteLlmValidationException.class, "validation_error", null, "size",
						"query.size: Input should be less than or equal to 100"),
				new ErrorCase("500 plain text", KeyCall.blockKey(KEY_HASH), 500, "text/plain; charset=utf-8",
						"Internal Server Error", LiteLlmServerException.class, null, null, null,
						"Internal Server Error"),
				new ErrorCase("502 HTML from nginx", info, 502, "text/html", NGINX_502, LiteLlmServerException.class,
						null, null, null, "502 Bad Gateway"),
				new ErrorCase("413 HTML from nginx, no dedicated type", generate, 413, "text/html", """
						<html>
						<head><title>413 Request Entity Too Large</title></head>
						<body>
						<center><h1>413 Request Entity Too Large</h1></center>
						<hr><center>nginx</center>
						</body>
						</html>
						""", LiteLlmApiException.class, null, null, null, "413 Request Entity Too Large"));
	}

	static Stream<Arguments> errorCasesThroughBothApis() {
		return errorCases().stream().flatMap((c) -> Stream.of(arguments(Api.BLOCKING, c), arguments(Api.REACTIVE, c)));
	}

	@ParameterizedTest(name = "{1} ({0})")
	@MethodSource("errorCasesThroughBothApis")
	void errorResponseBecomesTheTypedExceptionWithTheProxysFields(Api api, ErrorCase error) {
		stubAny(error.response());

		Throwable failure = api.failure(this.clients, error.call());

		error.assertMapped(failure);
		assertThat(received()).hasSize(1);
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void updateOfAnUnknownRawKeyIsNotFoundWithTheKeyMasked(Api api) {
		stubAny(envelope(401, "Authentication Error: invalid user key - user key does not exist in db. User Key=" + KEY,
				"auth_error", "None"));

		Throwable failure = api.failure(this.clients,
				KeyCall.updateKey(UpdateKeyRequest.builder(KEY).maxBudget(20.0).build()));

		assertThat(failure).isExactlyInstanceOf(LiteLlmNotFoundException.class);
		LiteLlmNotFoundException notFound = (LiteLlmNotFoundException) failure;
		assertThat(notFound.statusCode()).isEqualTo(401);
		assertThat(notFound.errorType()).isEqualTo("auth_error");
		assertThat(notFound.errorMessage()).isEqualTo(
				"Authentication Error: invalid user key - user key does not exist in db. User Key=sk-...Wd1A");
		assertThat(notFound.responseBody()).contains("User Key=sk-...Wd1A").doesNotContain(KEY);
		assertThat(notFound.getMessage()).doesNotContain(KEY);
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void validationErrorListsEveryViolation(Api api) {
		stubAny(aResponse().withStatus(422).withHeader("Content-Type", "application/json").withBody("""
				{"detail":[{"type":"greater_than_equal","loc":["query","page"],"msg":"Input should be greater than or equal to 1","input":"0","ctx":{"ge":1},"url":"https://errors.pydantic.dev/2.11/v/greater_than_equal"},{"type":"int_parsing","loc":["query","size"],"msg":"Input should be a valid integer, unable to parse string as an integer","input":"ten","url":"https://errors.pydantic.dev/2.11/v/int_parsing"}]}"""));

		Throwable failure = api.failure(this.clients, KeyCall.listKeys(KeyListQuery.all()));

		assertThat(failure).isInstanceOfSatisfying(LiteLlmValidationException.class,
				(validation) -> assertThat(validation.violations()).containsExactly(
						new Violation("query.page", "Input should be greater than or equal to 1", "greater_than_equal"),
						new Violation("query.size", "Input should be a valid integer, unable to parse string as an integer",
								"int_parsing")));
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void rateLimitCarriesRetryAfter(Api api) {
		stubAny(envelope(429, "Too many requests", "None", "None").withHeader("Retry-After", "7"));

		Throwable failure = api.failure(this.clients, KeyCall.listKeys(KeyListQuery.all()));

		assertThat(failure).isInstanceOfSatisfying(LiteLlmRateLimitException.class,
				(rateLimit) -> assertThat(rateLimit.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
		assertThat(received()).hasSize(1);
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void rateLimitWithoutRetryAfterHasNone(Api api) {
		stubAny(envelope(429, "Too many requests", "None", "None"));

		Throwable failure = api.failure(this.clients, KeyCall.keyInfo(KEY_HASH));

		assertThat(failure).isInstanceOfSatisfying(LiteLlmRateLimitException.class,
				(rateLimit) -> assertThat(rateLimit.retryAfter()).isNull());
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void serviceUnavailableCarriesRetryAfter(Api api) {
		stubAny(aResponse().withStatus(503).withHeader("Retry-After", "30").withBody("upstream connect error"));

		Throwable failure = api.failure(this.clients, KeyCall.keyInfo(KEY_HASH));

		assertThat(failure).isInstanceOfSatisfying(LiteLlmServerException.class, (server) -> {
			assertThat(server.statusCode()).isEqualTo(503);
			assertThat(server.retryAfter()).isEqualTo(Duration.ofSeconds(30));
			assertThat(server.errorMessage()).isEqualTo("upstream connect error");
		});
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void gatewayTimeoutIsAServerError(Api api) {
		stubAny(aResponse().withStatus(504).withHeader("Content-Type", "text/html").withBody("""
				<html><head><title>504 Gateway Time-out</title></head><body><center><h1>504 Gateway Time-out</h1></center></body></html>"""));

		Throwable failure = api.failure(this.clients, KeyCall.unblockKey(KEY_HASH));

		assertThat(failure).isInstanceOfSatisfying(LiteLlmServerException.class, (server) -> {
			assertThat(server.statusCode()).isEqualTo(504);
			assertThat(server.errorMessage()).isEqualTo("504 Gateway Time-out");
		});
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void refusedConnectionIsATransportFailureWithItsCause(Api api) throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		Api.Clients unreachable = Api.Clients
			.of(build(clientBuilder().baseUrl("http://127.0.0.1:" + closedPort)));

		Throwable failure = api.failure(unreachable, KeyCall.keyInfo(KEY_HASH));

		assertThat(failure).isExactlyInstanceOf(LiteLlmTransportException.class)
			.hasRootCauseInstanceOf(ConnectException.class);
		assertThat(failure.getCause()).isNotNull();
		assertThat(failure.getMessage()).contains("key.info").doesNotContain(API_KEY);
	}

	static Stream<Arguments> undecodableSuccessBodies() {
		return Stream.of(arguments("truncated JSON", okJson("{\"key\":\"" + KEY_HASH + "\",\"info\":{\"spend\":")),
				arguments("a JSON array", okJson("[]")),
				arguments("a wrong type", okJson("{\"key\":\"" + KEY_HASH + "\",\"info\":{\"spend\":\"a lot\"}}")),
				arguments("an HTML page", aResponse().withStatus(200)
					.withHeader("Content-Type", "text/html")
					.withBody("<html><body>Please sign in to the corporate network</body></html>")))
			.flatMap((body) -> Stream.of(Api.values())
				.map((api) -> arguments(api, body.get()[0], body.get()[1])));
	}

	@ParameterizedTest(name = "{1} ({0})")
	@MethodSource("undecodableSuccessBodies")
	void undecodableSuccessBodyIsATransportFailureWithItsCause(Api api, String name,
			ResponseDefinitionBuilder response) {
		stubAny(response);

		Throwable failure = api.failure(this.clients, KeyCall.keyInfo(KEY_HASH));

		assertThat(failure).isExactlyInstanceOf(LiteLlmTransportException.class);
		assertThat(failure.getCause()).isNotNull();
		assertThat(received()).hasSize(1);
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void emptySuccessBodyIsATransportFailure(Api api) {
		stubAny(aResponse().withStatus(200).withHeader("Content-Type", "application/json"));

		Throwable failure = api.failure(this.clients, KeyCall.blockKey(KEY_HASH));

		assertThat(failure).isExactlyInstanceOf(LiteLlmTransportException.class).hasMessageContaining("empty body");
	}

}
