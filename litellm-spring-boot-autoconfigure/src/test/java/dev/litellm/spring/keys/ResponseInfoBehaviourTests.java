package dev.litellm.spring.keys;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.litellm.spring.keys.ResponseInfoTests.answered;
import static dev.litellm.spring.keys.TestKeys.API_KEY;
import static dev.litellm.spring.keys.TestKeys.KEY;
import static dev.litellm.spring.keys.TestKeys.KEY_HASH;
import static dev.litellm.spring.keys.TestKeys.NEW_KEY;
import static dev.litellm.spring.keys.TestKeys.NEW_KEY_HASH;
import static dev.litellm.spring.keys.TestKeys.OTHER_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The {@code withResponseInfo()} view where an operation is more than one request and one answer: streams answered
 * page by page, operations of several calls carrying the last answer they read, masking of the secret-bearing
 * headers, and implementations of the operations that do not offer the view; with the client's loggers at TRACE,
 * which leave no secret in a log line.
 */
class ResponseInfoBehaviourTests extends ProxyTestSupport {

	/** At TRACE the client reads each answer as text to log it: the view's answers take that path here. */
	@RegisterExtension
	static final SecretLeakGuard guard = SecretLeakGuard.watching(API_KEY, KEY, NEW_KEY, OTHER_KEY);

	@ParameterizedTest
	@EnumSource(Api.class)
	void streamKeysAnswersEveryPageWithItsOwnAnswer(Api api) {
		for (int page = 1; page <= 2; page++) {
			proxy.stubFor(get(urlPathEqualTo("/key/list")).withQueryParam("page", equalTo(String.valueOf(page)))
				.willReturn(answered(200, "{\"keys\":[\"hash-%d\"],\"total_count\":2,\"current_page\":%d,\"total_pages\":2}"
					.formatted(page, page)).withHeader("x-page", String.valueOf(page))));
		}
		KeyListQuery query = KeyListQuery.builder().teamId("team-a").build();

		List<LiteLlmResponse<KeyListResponse>> pages = (api == Api.BLOCKING)
				? collect(this.clients.blocking().withResponseInfo().streamKeys(query))
				: this.clients.reactive().withResponseInfo().streamKeys(query).collectList().block(Api.TIMEOUT);

		assertThat(pages).extracting((page) -> page.headers().getFirst("x-page")).containsExactly("1", "2");
		assertThat(pages).extracting((page) -> page.body().keys().get(0).token()).containsExactly("hash-1", "hash-2");
		assertThat(pages).allSatisfy((page) -> assertThat(page.statusCode()).isEqualTo(HttpStatus.OK));
		assertThat(received()).extracting((request) -> queryOf(request).get("page")).containsExactly(List.of("1"),
				List.of("2"));
		assertThat(received()).allSatisfy((request) -> assertThat(queryOf(request)).containsEntry("size", List.of("100"))
			.containsEntry("return_full_object", List.of("true"))
			.containsEntry("team_id", List.of("team-a")));
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void streamKeyAliasesAnswersEveryPageWithItsOwnAnswer(Api api) {
		for (int page = 1; page <= 2; page++) {
			proxy.stubFor(get(urlPathEqualTo("/key/aliases")).withQueryParam("page", equalTo(String.valueOf(page)))
				.willReturn(answered(200, "{\"aliases\":[\"alias-%d\"],\"total_count\":2,\"current_page\":%d,"
						.formatted(page, page) + "\"total_pages\":2,\"size\":1}")
					.withHeader("x-page", String.valueOf(page))));
		}
		KeyAliasQuery query = KeyAliasQuery.builder().build();

		List<LiteLlmResponse<KeyAliasesResponse>> pages = (api == Api.BLOCKING)
				? collect(this.clients.blocking().withResponseInfo().streamKeyAliases(query))
				: this.clients.reactive().withResponseInfo().streamKeyAliases(query).collectList().block(Api.TIMEOUT);

		assertThat(pages).extracting((page) -> page.headers().getFirst("x-page")).containsExactly("1", "2");
		assertThat(pages).extracting((page) -> page.body().aliases()).containsExactly(List.of("alias-1"),
				List.of("alias-2"));
		assertThat(received()).allSatisfy((request) -> assertThat(queryOf(request)).containsEntry("size", List.of("100")));
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void aBulkUpdateInSeveralCallsCarriesTheAnswerOfTheLastCall(Api api) {
		stubChunks(answered(200, "{\"total_requested\":1,\"successful_updates\":[],\"failed_updates\":[]}"));

		LiteLlmResponse<BulkUpdateKeysResponse> response = bulkUpdate(api, 501);

		assertThat(received()).hasSize(2);
		assertThat(response.headers().getFirst("x-chunk")).isEqualTo("2");
		assertThat(response.body().totalRequested()).isEqualTo(501);
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void aBulkUpdateWhoseLastCallFailedCarriesTheAnswerOfTheLastCallThatSucceeded(Api api) {
		stubChunks(envelope(500, "database unavailable", "internal_server_error", "keys"));

		LiteLlmResponse<BulkUpdateKeysResponse> response = bulkUpdate(api, 501);

		assertThat(received()).hasSize(2);
		assertThat(response.headers().getFirst("x-chunk")).isEqualTo("1");
		assertThat(response.body().failedUpdates()).hasSize(1);
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void keyInfosLookedUpOneByOneCarriesTheAnswerOfTheLookup(Api api) {
		proxy.stubFor(post(urlPathEqualTo("/v2/key/info"))
			.willReturn(answered(404, "{\"detail\":\"Not Found\"}").withHeader("x-from", "v2")));
		proxy.stubFor(get(urlEqualTo("/key/info?key=" + KEY_HASH))
			.willReturn(answered(200, fixture("info.json")).withHeader("x-from", "key-info")));
		List<String> keys = List.of(KEY);

		LiteLlmResponse<List<KeyInfo>> response = api.call(this.clients,
				new AnsweredCall<>(KeyCall.keyInfos(keys), (v) -> v.keyInfos(keys), (v) -> v.keyInfos(keys)).viewed());

		assertThat(received()).hasSize(2);
		assertThat(response.statusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.headers().getFirst("x-from")).isEqualTo("key-info");
		assertThat(response.body()).extracting(KeyInfo::token).containsExactly(KEY_HASH);
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void aRecoveredGenerateCarriesTheAnswerOfTheLookupThatFoundTheKey(Api api) {
		proxy.stubFor(post(urlPathEqualTo("/key/generate"))
			.willReturn(answered(500, "{\"detail\":\"Internal Server Error\"}").withHeader("x-from", "generate")));
		proxy.stubFor(get(urlPathEqualTo("/key/info")).willReturn(answered(200, """
				{"key":"%s","info":{"token":"%s","key_alias":"recovered"}}""".formatted(NEW_KEY_HASH, NEW_KEY_HASH))
			.withHeader("x-from", "lookup")));
		GenerateKeyRequest request = GenerateKeyRequest.builder().key(NEW_KEY).build();

		LiteLlmResponse<GenerateKeyResponse> response = api.call(this.clients, new AnsweredCall<>(
				KeyCall.generateKey(request), (v) -> v.generateKey(request), (v) -> v.generateKey(request)).viewed());

		assertThat(response.body().key()).isEqualTo(NEW_KEY);
		assertThat(response.body().keyAlias()).isEqualTo("recovered");
		assertThat(response.headers().getFirst("x-from")).isEqualTo("lookup");
		assertThat(response.toString()).doesNotContain(NEW_KEY);
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void aRegeneratingRotationCarriesTheAnswerOfTheRegenerate(Api api) {
		// The rotation reads the old key first, as a replacing one does.
		proxy.stubFor(get(urlEqualTo("/key/info?key=" + KEY_HASH))
			.willReturn(answered(200, fixture("info.json")).withHeader("x-from", "key-info")));
		proxy.stubFor(post(urlPathEqualTo("/key/regenerate"))
			.willReturn(answered(200, fixture("regenerate.json")).withHeader("x-from", "regenerate")));
		RotateKeyRequest request = RotateKeyRequest.builder()
			.gracePeriod("1h")
			.strategy(RotationStrategy.REGENERATE)
			.build();

		LiteLlmResponse<KeyRotation> response = (api == Api.BLOCKING)
				? this.clients.blocking().withResponseInfo().rotateKey(KEY, request)
				: this.clients.reactive().withResponseInfo().rotateKey(KEY, request).block(Api.TIMEOUT);
		guard.watch(response.body().key());

		assertThat(response.body().strategy()).isEqualTo(RotationStrategy.REGENERATE);
		assertThat(response.headers().getFirst("x-from")).isEqualTo("regenerate");
		assertThat(response.toString()).doesNotContain(response.body().key());
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void secretBearingHeadersAndKeysNeverShowInToString(Api api) {
		proxy.stubFor(post(urlPathEqualTo("/key/generate")).willReturn(answered(200, fixture("generate.json"))
			.withHeader("Set-Cookie", "session=s3cr3t-cookie-value")
			.withHeader("Authorization", "Bearer " + API_KEY)
			.withHeader("x-litellm-api-key", "opaque-master-credential")
			.withHeader("x-echo", "created " + OTHER_KEY)
			.withHeader("x-request-id", "req-42")));

		LiteLlmResponse<GenerateKeyResponse> response = api.call(this.clients,
				new AnsweredCall<>(KeyCall.generateKey(GenerateKeyRequest.builder().build()),
						(v) -> v.generateKey(GenerateKeyRequest.builder().build()),
						(v) -> v.generateKey(GenerateKeyRequest.builder().build()))
					.viewed());

		for (String text : List.of(response.toString(), response.headers().toString(),
				response.toResponseEntity().toString(), response.toResponseEntity().getHeaders().toString())) {
			assertThat(text).doesNotContain(KEY, API_KEY, OTHER_KEY, "s3cr3t-cookie-value", "opaque-master-credential")
				.contains("req-42", "Set-Cookie", "x-echo");
		}
		assertThat(response.headers().getFirst("Set-Cookie")).isEqualTo("session=s3cr3t-cookie-value");
		assertThat(response.headers().getFirst("x-echo")).isEqualTo("created " + OTHER_KEY);
		assertThat(response.body().key()).isEqualTo(KEY);
	}

	@Test
	void theHeadersAreReadOnly() {
		LiteLlmResponse<String> response = LiteLlmResponse.of("body", HttpStatus.OK, headers("x-request-id", "req-42"));

		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> response.headers().add("x-other", "value"));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> response.toResponseEntity().getHeaders().set("x-request-id", "changed"));
		assertThat(response.headers().getFirst("x-request-id")).isEqualTo("req-42");
	}

	@Test
	void aResponseIsAValueOfItsBodyStatusAndHeaders() {
		LiteLlmResponse<String> response = LiteLlmResponse.of("body", HttpStatus.OK, headers("x-request-id", "req-42"));
		HttpHeaders copied = headers("X-Request-Id", "req-42");

		assertThat(response).isEqualTo(LiteLlmResponse.of("body", HttpStatus.OK, copied))
			.hasSameHashCodeAs(LiteLlmResponse.of("body", HttpStatus.OK, copied))
			.isNotEqualTo(LiteLlmResponse.of("body", HttpStatus.CREATED, copied))
			.isNotEqualTo(LiteLlmResponse.of("other", HttpStatus.OK, copied))
			.isNotEqualTo(LiteLlmResponse.of("body", HttpStatus.OK, headers("x-request-id", "req-43")));
		ResponseEntity<String> entity = response.toResponseEntity();
		assertThat(entity.getBody()).isEqualTo("body");
		assertThat(entity.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(entity.getHeaders().getFirst("x-request-id")).isEqualTo("req-42");
		assertThatIllegalArgumentException().isThrownBy(() -> LiteLlmResponse.of(null, HttpStatus.OK, copied));
	}

	@Test
	void anImplementationWithoutTheViewSaysSoWhenAskedForIt() {
		InvocationHandler defaultsOnly = (proxy, method, args) -> InvocationHandler.invokeDefault(proxy, method, args);
		ReactiveKeyManagementOperations reactive = (ReactiveKeyManagementOperations) Proxy.newProxyInstance(
				getClass().getClassLoader(), new Class<?>[] { ReactiveKeyManagementOperations.class }, defaultsOnly);
		KeyManagementOperations blocking = new KeyManagementTemplate(reactive);

		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(reactive::withResponseInfo)
			.withMessageContaining("ReactiveKeyManagementTemplate");
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(blocking::withResponseInfo)
			.withMessageContaining("withResponseInfo");
	}

	private LiteLlmResponse<BulkUpdateKeysResponse> bulkUpdate(Api api, int count) {
		List<BulkKeyUpdate> updates = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			updates.add(BulkKeyUpdate.builder("sk-bulk-%016d".formatted(i)).maxBudget(10.0).build());
		}
		return api.call(this.clients, new AnsweredCall<>(KeyCall.bulkUpdateKeys(updates),
				(v) -> v.bulkUpdateKeys(updates), (v) -> v.bulkUpdateKeys(updates)).viewed());
	}

	/** The first call of a bulk update answers empty-handed with chunk 1, the second with this. */
	private static void stubChunks(ResponseDefinitionBuilder second) {
		proxy.stubFor(post(urlPathEqualTo("/key/bulk_update")).inScenario("chunks")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(answered(200, "{\"total_requested\":500,\"successful_updates\":[],\"failed_updates\":[]}")
				.withHeader("x-chunk", "1"))
			.willSetStateTo("second"));
		proxy.stubFor(post(urlPathEqualTo("/key/bulk_update")).inScenario("chunks")
			.whenScenarioStateIs("second")
			.willReturn(second.withHeader("x-chunk", "2")));
	}

	private static HttpHeaders headers(String name, String value) {
		HttpHeaders headers = new HttpHeaders();
		headers.add(name, value);
		return headers;
	}

	private static <T> List<T> collect(Stream<T> stream) {
		try (stream) {
			return stream.toList();
		}
	}

}
