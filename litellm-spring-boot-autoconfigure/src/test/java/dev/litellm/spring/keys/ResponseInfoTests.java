package dev.litellm.spring.keys;

import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.litellm.spring.LiteLlmApiException;
import dev.litellm.spring.LiteLlmBadRequestException;
import dev.litellm.spring.LiteLlmNotFoundException;
import dev.litellm.spring.LiteLlmServerException;
import dev.litellm.spring.LiteLlmValidationException;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.HttpStatus;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.litellm.spring.keys.TestKeys.KEY;
import static dev.litellm.spring.keys.TestKeys.KEY_HASH;
import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every operation of the {@code withResponseInfo()} view sends exactly the request of the plain operation, answers
 * with the body the plain operation decodes together with the answer's status and headers, fails with the same
 * typed exceptions, and is observed like the plain operation, through the blocking and the reactive API.
 */
class ResponseInfoTests extends ProxyTestSupport {

	private static final String V2_ANSWER = """
			{"key":["%s"],"info":[{"token":"%s","key_alias":"team-a-ci","spend":3.2751}]}""".formatted(KEY_HASH,
			KEY_HASH);

	static Stream<Arguments> operations() {
		GenerateKeyRequest generate = GenerateKeyRequest.builder().keyAlias("team-a-ci").build();
		UpdateKeyRequest update = UpdateKeyRequest.builder(KEY).maxBudget(100.0).build();
		DeleteKeysRequest delete = DeleteKeysRequest.ofKeys(KEY);
		KeyListQuery list = KeyListQuery.builder().page(2).size(10).build();
		GenerateKeyRequest serviceAccount = GenerateKeyRequest.builder().teamId("team-a").build();
		List<BulkKeyUpdate> bulk = List.of(BulkKeyUpdate.builder(KEY).maxBudget(200.0).build());
		TeamKeysUpdate team = TeamKeysUpdate.builder("team-a").allKeysInTeam().rpmLimit(5).build();
		KeyAliasQuery aliases = KeyAliasQuery.builder().page(1).size(2).build();
		return Stream.of(
				operation(new AnsweredCall<>(KeyCall.generateKey(generate), (v) -> v.generateKey(generate),
						(v) -> v.generateKey(generate)), "POST", "/key/generate", fixture("generate.json")),
				operation(new AnsweredCall<>(KeyCall.updateKey(update), (v) -> v.updateKey(update),
						(v) -> v.updateKey(update)), "POST", "/key/update", fixture("update.json")),
				operation(new AnsweredCall<>(KeyCall.deleteKeys(delete), (v) -> v.deleteKeys(delete),
						(v) -> v.deleteKeys(delete)), "POST", "/key/delete", fixture("delete.json")),
				operation(new AnsweredCall<>(KeyCall.keyInfo(KEY), (v) -> v.keyInfo(KEY), (v) -> v.keyInfo(KEY)),
						"GET", "/key/info", fixture("info.json")),
				operation(new AnsweredCall<>(KeyCall.currentKeyInfo(), KeyManagementResponses::currentKeyInfo,
						ReactiveKeyManagementResponses::currentKeyInfo), "GET", "/key/info", fixture("info.json")),
				operation(new AnsweredCall<>(KeyCall.listKeys(list), (v) -> v.listKeys(list), (v) -> v.listKeys(list)),
						"GET", "/key/list", fixture("list-full.json")),
				operation(new AnsweredCall<>(KeyCall.blockKey(KEY), (v) -> v.blockKey(KEY), (v) -> v.blockKey(KEY)),
						"POST", "/key/block", fixture("block.json")),
				operation(new AnsweredCall<>(KeyCall.unblockKey(KEY), (v) -> v.unblockKey(KEY),
						(v) -> v.unblockKey(KEY)), "POST", "/key/unblock", fixture("unblock.json")),
				operation(new AnsweredCall<>(KeyCall.keyHealth(), KeyManagementResponses::keyHealth,
						ReactiveKeyManagementResponses::keyHealth), "POST", "/key/health", fixture("health.json")),
				operation(new AnsweredCall<>(KeyCall.regenerateKey(KEY, null), (v) -> v.regenerateKey(KEY, null),
						(v) -> v.regenerateKey(KEY, null)), "POST", "/key/regenerate", fixture("regenerate.json")),
				operation(new AnsweredCall<>(KeyCall.generateServiceAccountKey(serviceAccount),
						(v) -> v.generateServiceAccountKey(serviceAccount),
						(v) -> v.generateServiceAccountKey(serviceAccount)), "POST", "/key/service-account/generate",
						fixture("generate.json")),
				operation(new AnsweredCall<>(KeyCall.bulkUpdateKeys(bulk), (v) -> v.bulkUpdateKeys(bulk),
						(v) -> v.bulkUpdateKeys(bulk)), "POST", "/key/bulk_update",
						PlatformOperationsRequestTests.BULK_ANSWER),
				operation(new AnsweredCall<>(KeyCall.bulkUpdateTeamKeys(team), (v) -> v.bulkUpdateTeamKeys(team),
						(v) -> v.bulkUpdateTeamKeys(team)), "POST", "/team/key/bulk_update",
						PlatformOperationsRequestTests.BULK_ANSWER),
				operation(new AnsweredCall<>(KeyCall.resetSpend(KEY, 0.0), (v) -> v.resetSpend(KEY, 0.0),
						(v) -> v.resetSpend(KEY, 0.0)), "POST", "/key/" + KEY_HASH + "/reset_spend",
						PlatformOperationsRequestTests.RESET_ANSWER),
				operation(new AnsweredCall<>(KeyCall.listKeyAliases(aliases), (v) -> v.listKeyAliases(aliases),
						(v) -> v.listKeyAliases(aliases)), "GET", "/key/aliases",
						PlatformOperationsRequestTests.ALIASES_ANSWER),
				operation(new AnsweredCall<>(KeyCall.keyInfos(List.of(KEY)), (v) -> v.keyInfos(List.of(KEY)),
						(v) -> v.keyInfos(List.of(KEY))), "POST", "/v2/key/info", V2_ANSWER));
	}

	private static Arguments operation(AnsweredCall<?> call, String method, String path, String answer) {
		return arguments(call, method, path, answer);
	}

	static Stream<Arguments> apisAndOperations() {
		return Stream.of(Api.values())
			.flatMap((api) -> operations().map((operation) -> arguments(api, operation.get()[0], operation.get()[1],
					operation.get()[2], operation.get()[3])));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("apisAndOperations")
	void sendsThePlainRequestAndAnswersWithItsBodyStatusAndHeaders(Api api, AnsweredCall<?> call, String method,
			String path, String answer) {
		stub(method, path, answered(200, answer).withHeader("x-request-id", "req-42"));
		Object plain = api.call(this.clients, call.plain());
		LoggedRequest plainRequest = onlyRequest();
		proxy.resetRequests();

		LiteLlmResponse<?> response = api.call(this.clients, call.viewed());

		LoggedRequest request = onlyRequest();
		assertThat(request.getMethod()).isEqualTo(plainRequest.getMethod());
		assertThat(request.getUrl()).isEqualTo(plainRequest.getUrl());
		assertThat(request.getBodyAsString()).isEqualTo(plainRequest.getBodyAsString());
		for (String header : List.of("Authorization", "Content-Type", "litellm-changed-by")) {
			assertThat(request.getHeader(header)).as(header).isEqualTo(plainRequest.getHeader(header));
		}
		assertThat(response.body()).isEqualTo(plain);
		assertThat(response.statusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.headers().getFirst("x-request-id")).isEqualTo("req-42");
		assertThat(response.headers().getContentType()).hasToString("application/json");
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void theStatusIsTheOneTheProxyAnsweredWith(Api api) {
		stub("POST", "/key/generate", answered(201, fixture("generate.json")));

		LiteLlmResponse<?> response = api.call(this.clients, generate().viewed());

		assertThat(response.statusCode()).isEqualTo(HttpStatus.CREATED);
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void anAuditedViewSendsItsActor(Api api) {
		stub("POST", "/key/generate", answered(200, fixture("generate.json")));

		api.call(this.clients.withChangedBy("alice@example.com"), generate().viewed());

		assertThat(onlyRequest().getHeader("litellm-changed-by")).isEqualTo("alice@example.com");
	}

	static Stream<Arguments> errors() {
		return Stream.of(Api.values())
			.flatMap((api) -> Stream.of(
					arguments(api, envelope(404, "Key not found", "not_found_error", "key"),
							LiteLlmNotFoundException.class),
					arguments(api, envelope(400, "Invalid budget", "bad_request_error", "max_budget"),
							LiteLlmBadRequestException.class),
					arguments(api, answered(422, "{\"detail\":[{\"loc\":[\"body\",\"key_alias\"],"
							+ "\"msg\":\"Input should be a valid string\",\"type\":\"string_type\"}]}"),
							LiteLlmValidationException.class),
					arguments(api, aResponse().withStatus(500).withBody("Internal Server Error"),
							LiteLlmServerException.class)));
	}

	@ParameterizedTest(name = "{0} {2}")
	@MethodSource("errors")
	void anErrorAnswerThrowsTheUsualTypedException(Api api, ResponseDefinitionBuilder error,
			Class<? extends LiteLlmApiException> expected) {
		stub("GET", "/key/info", error);
		AnsweredCall<KeyInfoResponse> info = new AnsweredCall<>(KeyCall.keyInfo(KEY), (v) -> v.keyInfo(KEY),
				(v) -> v.keyInfo(KEY));
		Throwable plain = api.failure(this.clients, info.plain());

		Throwable failure = api.failure(this.clients, info.viewed());

		assertThat(failure).isInstanceOf(expected).hasMessage(plain.getMessage());
		assertThat(failure.getMessage()).doesNotContain(KEY);
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void invalidInputFailsBeforeAnythingIsSent(Api api) {
		AnsweredCall<KeyInfoResponse> info = new AnsweredCall<>(KeyCall.keyInfo(" "), (v) -> v.keyInfo(" "),
				(v) -> v.keyInfo(" "));

		Throwable failure = api.failure(this.clients, info.viewed());

		assertThat(failure).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key");
		assertNothingSent();
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void aCallOfTheViewIsObservedAsThePlainOperationIs(Api api) {
		TestObservationRegistry registry = TestObservationRegistry.create();
		this.clients = Api.Clients.of(build(clientBuilder().observationRegistry(registry)));
		stub("POST", "/key/generate", answered(200, fixture("generate.json")));

		api.call(this.clients, generate().viewed());

		assertThat(registry).hasNumberOfObservationsWithNameEqualTo("litellm.client.operation", 1)
			.hasObservationWithNameEqualTo("litellm.client.operation")
			.that()
			.hasLowCardinalityKeyValue("litellm.operation", "key.generate")
			.hasLowCardinalityKeyValue("outcome", "SUCCESS")
			.hasBeenStopped();
	}

	private static AnsweredCall<GenerateKeyResponse> generate() {
		GenerateKeyRequest request = GenerateKeyRequest.builder().build();
		return new AnsweredCall<>(KeyCall.generateKey(request), (v) -> v.generateKey(request),
				(v) -> v.generateKey(request));
	}

	static ResponseDefinitionBuilder answered(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

	private static void stub(String method, String path, ResponseDefinitionBuilder answer) {
		proxy.stubFor(("GET".equals(method) ? get(urlPathEqualTo(path)) : post(urlPathEqualTo(path)))
			.willReturn(answer));
	}

}
