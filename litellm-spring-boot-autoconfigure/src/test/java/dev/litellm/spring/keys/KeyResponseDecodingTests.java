package dev.litellm.spring.keys;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.litellm.spring.keys.TestKeys.KEY;
import static dev.litellm.spring.keys.TestKeys.KEY_HASH;
import static dev.litellm.spring.keys.TestKeys.NEW_KEY;
import static dev.litellm.spring.keys.TestKeys.NEW_KEY_HASH;
import static dev.litellm.spring.keys.TestKeys.OTHER_KEY_HASH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The bodies the proxy really sends (fixtures under {@code src/test/resources/proxy}) decode into the client's
 * types: both datetime spellings, hash-string and full-object lists, {@code org_id} and {@code organization_id},
 * the {@code /key/info} envelope, and fields this client does not know.
 */
class KeyResponseDecodingTests extends ProxyTestSupport {

	private static final Instant CREATED_AT = Instant.parse("2026-03-10T09:15:42.318Z");

	private static final Instant EXPIRES = Instant.parse("2026-06-08T09:15:42.640Z");

	private static final Instant BUDGET_RESET_AT = Instant.parse("2026-04-01T00:00:00Z");

	@Test
	void generateResponseDecodesEveryFieldTheProxySends() {
		stubPost("/key/generate", fixture("generate.json"));

		GenerateKeyResponse response = this.clients.blocking().generateKey(GenerateKeyRequest.builder().build());

		assertThat(response.key()).isEqualTo(KEY);
		assertThat(response.keyName()).isEqualTo("sk-...Wd1A");
		assertThat(response.token()).isEqualTo(KEY_HASH);
		assertThat(response.tokenId()).isEqualTo(KEY_HASH);
		assertThat(response.keyAlias()).isEqualTo("team-a-ci");
		assertThat(response.duration()).isNull();
		assertThat(response.models()).containsExactly("gpt-4o", "gpt-4o-mini");
		assertThat(response.spend()).isZero();
		assertThat(response.maxBudget()).isEqualTo(50.0);
		assertThat(response.userId()).isEqualTo("user-42");
		assertThat(response.teamId()).isEqualTo("team-a");
		assertThat(response.tpmLimit()).isEqualTo(100_000L);
		assertThat(response.rpmLimit()).isEqualTo(600L);
		assertThat(response.budgetDuration()).isEqualTo("30d");
		assertThat(response.allowedRoutes()).isEmpty();
		assertThat(response.modelRpmLimit()).isNull();
		assertThat(response.createdBy()).isEqualTo("default_user_id");
		assertThat(response.expires().toInstant()).isEqualTo(EXPIRES);
		assertThat(response.createdAt().toInstant()).isEqualTo(CREATED_AT);
		assertThat(response.updatedAt().toInstant()).isEqualTo(CREATED_AT);
		assertThat(response.additionalProperties()).isEmpty();
	}

	@Test
	void generateResponseKeepsRouterSettingsAsTheProxysObjectOfNulls() {
		stubPost("/key/generate", fixture("generate.json"));

		GenerateKeyResponse response = this.clients.blocking().generateKey(GenerateKeyRequest.builder().build());

		assertThat(response.routerSettings()).containsOnlyKeys("routing_strategy_args", "routing_strategy",
				"model_group_retry_policy", "allowed_fails", "cooldown_time", "num_retries", "timeout",
				"max_retries", "retry_after", "fallbacks", "context_window_fallbacks", "model_group_alias");
		assertThat(response.routerSettings()).containsEntry("model_group_alias", Map.of())
			.containsEntry("routing_strategy", null)
			.containsEntry("num_retries", null);
	}

	@Test
	void regenerateResponseHasNoTokenButTheNewHashAsTokenId() {
		stubPost("/key/regenerate", fixture("regenerate.json"));

		GenerateKeyResponse response = this.clients.blocking().regenerateKey(KEY, null);

		assertThat(response.key()).isEqualTo(NEW_KEY);
		assertThat(response.keyName()).isEqualTo("sk-...Sd3Q");
		assertThat(response.token()).isNull();
		assertThat(response.tokenId()).isEqualTo(NEW_KEY_HASH);
		assertThat(response.spend()).isEqualTo(12.5);
		assertThat(response.updatedAt().toInstant()).isEqualTo(Instant.parse("2026-03-24T16:02:07.500Z"));
		assertThat(response.additionalProperties()).isEmpty();
	}

	@Test
	void keyInfoEnvelopeDecodesIntoKeyAndInfo() {
		stubGet("/key/info", fixture("info.json"));

		KeyInfoResponse response = this.clients.blocking().keyInfo(KEY);

		assertThat(response.key()).isEqualTo(KEY_HASH);
		KeyInfo info = response.info();
		assertThat(info.token()).isNull();
		assertThat(info.keyName()).isEqualTo("sk-...Wd1A");
		assertThat(info.keyAlias()).isEqualTo("team-a-ci");
		assertThat(info.spend()).isEqualTo(3.2751);
		assertThat(info.maxBudget()).isEqualTo(50.0);
		assertThat(info.blocked()).isFalse();
		assertThat(info.metadata()).containsEntry("owner", "platform-team");
		assertThat(info.modelSpend()).containsEntry("gpt-4o", 3.2751);
		assertThat(info.organizationId()).isEqualTo("org-platform");
		assertThat(info.routerSettings()).isEmpty();
		assertThat(info.expires().toInstant()).isEqualTo(EXPIRES);
		assertThat(info.budgetResetAt().toInstant()).isEqualTo(BUDGET_RESET_AT);
		assertThat(info.createdAt().toInstant()).isEqualTo(CREATED_AT);
		assertThat(info.updatedAt().toInstant()).isEqualTo(Instant.parse("2026-03-12T14:03:27.909Z"));
		assertThat(info.rotationCount()).isZero();
		assertThat(info.autoRotate()).isFalse();
		assertThat(info.litellmBudgetTable()).isNull();
		assertThat(response.additionalProperties()).isEmpty();
		assertThat(info.additionalProperties()).isEmpty();
	}

	@Test
	void updateResponseIsTheRawRowWithTheKeyAsSent() {
		stubPost("/key/update", fixture("update.json"));

		KeyInfo row = this.clients.blocking().updateKey(UpdateKeyRequest.builder(KEY).maxBudget(100.0).build());

		assertThat(row.key()).isEqualTo(KEY);
		assertThat(row.token()).isEqualTo(KEY_HASH);
		assertThat(row.maxBudget()).isEqualTo(100.0);
		assertThat(row.organizationId()).isEqualTo("org-platform");
		assertThat(row.policies()).isEmpty();
		assertThat(row.expires().toInstant()).isEqualTo(EXPIRES);
		assertThat(row.budgetResetAt().toInstant()).isEqualTo(BUDGET_RESET_AT);
		assertThat(row.litellmOrganizationTable()).isNull();
		assertThat(row.jwtKeyMappings()).isNull();
	}

	@Test
	void updateResponseReadsColumnsOfNewerProxiesIntoTheirAccessors() {
		stubPost("/key/update", fixture("update.json"));

		KeyInfo row = this.clients.blocking().updateKey(UpdateKeyRequest.builder(KEY).maxBudget(100.0).build());

		assertThat(row.keyType()).isEqualTo("default");
		assertThat(row.budgetFallbacks()).isNull();
		assertThat(row.settingsUpdatedAt()).isNull();
		assertThat(row.status()).isNull();
		assertThat(row.additionalProperties()).isEmpty();
	}

	@Test
	void blockResponseHasANullOrgIdAndIsBlocked() {
		stubPost("/key/block", fixture("block.json"));

		KeyInfo blocked = this.clients.blocking().blockKey(KEY);

		assertThat(blocked.token()).isEqualTo(KEY_HASH);
		assertThat(blocked.blocked()).isTrue();
		assertThat(blocked.organizationId()).isNull();
		assertThat(blocked.updatedAt().toInstant()).isEqualTo(Instant.parse("2026-03-12T14:04:51.270Z"));
		assertThat(blocked.additionalProperties()).isEmpty();
	}

	@Test
	void unblockResponseCarriesOrganizationIdAndTheRelationFields() {
		stubPost("/key/unblock", fixture("unblock.json"));

		KeyInfo unblocked = this.clients.blocking().unblockKey(KEY);

		assertThat(unblocked.token()).isEqualTo(KEY_HASH);
		assertThat(unblocked.blocked()).isFalse();
		assertThat(unblocked.organizationId()).isEqualTo("org-platform");
		assertThat(unblocked.budgetId()).isNull();
		assertThat(unblocked.budgetLimits()).isNull();
		assertThat(unblocked.litellmProjectTable()).isNull();
		assertThat(unblocked.updatedAt().toInstant()).isEqualTo(Instant.parse("2026-03-12T14:05:00.100Z"));
		assertThat(unblocked.additionalProperties()).isEmpty();
	}

	@Test
	void listOfHashStringsDecodesIntoRecordsWithOnlyTheToken() {
		stubGet("/key/list", fixture("list-hashes.json"));

		KeyListResponse page = this.clients.blocking().listKeys(KeyListQuery.all());

		assertThat(page.keys()).extracting(KeyInfo::token).containsExactly(KEY_HASH, OTHER_KEY_HASH, NEW_KEY_HASH);
		assertThat(page.keys()).allSatisfy((key) -> assertThat(key).isEqualTo(KeyInfo.ofToken(key.token())));
		assertThat(page.totalCount()).isEqualTo(3);
		assertThat(page.currentPage()).isEqualTo(1);
		assertThat(page.totalPages()).isEqualTo(1);
		assertThat(page.hasNextPage()).isFalse();
	}

	@Test
	void listOfFullObjectsDecodesEveryItemWithItsOrgId() {
		stubGet("/key/list", fixture("list-full.json"));

		KeyListResponse page = this.clients.blocking()
			.listKeys(KeyListQuery.builder().returnFullObject(true).build());

		assertThat(page.keys()).hasSize(2);
		assertThat(page.keys()).extracting(KeyInfo::token).containsExactly(KEY_HASH, OTHER_KEY_HASH);
		assertThat(page.keys()).extracting(KeyInfo::keyAlias).containsExactly("team-a-ci", "team-a-batch");
		assertThat(page.keys()).extracting(KeyInfo::organizationId).containsOnly("org-platform");
		assertThat(page.keys()).extracting(KeyInfo::userId).containsExactly("user-42", null);
		assertThat(page.keys()).allSatisfy((key) -> {
			assertThat(key.teamModels()).isEmpty();
			assertThat(key.teamBlocked()).isFalse();
			assertThat(key.apiKey()).isNull();
			assertThat(key.additionalProperties()).isEmpty();
		});
		assertThat(page.keys().get(1).createdAt().toInstant()).isEqualTo(Instant.parse("2026-03-09T17:40:03.100Z"));
		assertThat(page.totalCount()).isEqualTo(2);
	}

	@Test
	void listOfDeletedKeysDecodesTheArchiveFields() {
		stubGet("/key/list", fixture("list-deleted.json"));

		KeyListResponse page = this.clients.blocking()
			.listKeys(KeyListQuery.builder().deleted(true).returnFullObject(true).build());

		KeyInfo deleted = page.keys().get(0);
		assertThat(deleted.token()).isEqualTo(OTHER_KEY_HASH);
		assertThat(deleted.id()).isEqualTo("5f0c9a52-8d3e-4b71-9c2a-0e6f41d7b3aa");
		assertThat(deleted.deletedAt().toInstant()).isEqualTo(Instant.parse("2026-03-15T08:00:12.045Z"));
		assertThat(deleted.deletedBy()).isEqualTo("default_user_id");
		assertThat(deleted.deletedByApiKey())
			.isEqualTo("1d43c6fefdea390f540bab424dae9ee3f74c75fbd878424fee62225bb040db36");
		assertThat(deleted.litellmChangedBy()).isEqualTo("alice@example.com");
		assertThat(deleted.additionalProperties()).isEmpty();
	}

	@Test
	void deleteResponseEchoesTheKeysAsSent() {
		stubPost("/key/delete", fixture("delete.json"));

		DeleteKeysResponse response = this.clients.blocking().deleteKeys(DeleteKeysRequest.ofKeys(KEY, OTHER_KEY_HASH));

		assertThat(response.deletedKeys()).containsExactly(KEY, OTHER_KEY_HASH);
		assertThat(response.additionalProperties()).isEmpty();
	}

	@Test
	void healthResponseDecodesTheLoggingCallbackStatus() {
		stubPost("/key/health", fixture("health.json"));

		KeyHealthResponse health = this.clients.blocking().keyHealth();

		assertThat(health.key()).isEqualTo("healthy");
		assertThat(health.healthy()).isTrue();
		assertThat(health.loggingCallbacks().healthy()).isTrue();
		assertThat(health.loggingCallbacks().callbacks()).containsExactly("langfuse");
		assertThat(health.loggingCallbacks().details())
			.isEqualTo("No logger exceptions triggered, system is healthy. Manually check if logs were sent to ['langfuse'] ");
	}

	@Test
	void healthResponseWithoutLoggingCallbacksDecodesToNull() {
		stubPost("/key/health", """
				{"key":"healthy","logging_callbacks":null}""");

		KeyHealthResponse health = this.clients.blocking().keyHealth();

		assertThat(health.healthy()).isTrue();
		assertThat(health.loggingCallbacks()).isNull();
	}

	@Test
	void unhealthyResponseIsNotHealthy() {
		stubPost("/key/health", """
				{"key":"unhealthy","logging_callbacks":{"callbacks":["langfuse"],"status":"unhealthy","details":"Logger exceptions triggered, system is unhealthy: Invalid Langfuse credentials"}}""");

		KeyHealthResponse health = this.clients.blocking().keyHealth();

		assertThat(health.healthy()).isFalse();
		assertThat(health.loggingCallbacks().healthy()).isFalse();
	}

	/**
	 * Pydantic writes {@code …Z} with trailing zeros of the fraction trimmed; {@code model_dump()} plus
	 * {@code isoformat()} writes {@code +00:00} with six digits or none.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource({
			"2026-03-10T09:15:42Z,                0",
			"2026-03-10T09:15:42+00:00,           0",
			"2026-03-10T09:15:42.3Z,              300000000",
			"2026-03-10T09:15:42.31Z,             310000000",
			"2026-03-10T09:15:42.318Z,            318000000",
			"2026-03-10T09:15:42.318000+00:00,    318000000",
			"2026-03-10T09:15:42.3184Z,           318400000",
			"2026-03-10T09:15:42.31842Z,          318420000",
			"2026-03-10T09:15:42.318421Z,         318421000",
			"2026-03-10T09:15:42.318421+00:00,    318421000",
			"2026-03-10T09:15:42.000001+00:00,    1000" })
	void datetimesDecodeInBothSpellingsWithZeroToSixFractionDigits(String value, long nanos) {
		stubGet("/key/info", """
				{"key":"%s","info":{"expires":"%s","created_at":"%s","last_active":"%s"}}"""
			.formatted(KEY_HASH, value, value, value));

		KeyInfo info = this.clients.blocking().keyInfo(KEY_HASH).info();

		Instant expected = Instant.ofEpochSecond(Instant.parse("2026-03-10T09:15:42Z").getEpochSecond(), nanos);
		assertThat(Stream.of(info.expires(), info.createdAt(), info.lastActive()).map(OffsetDateTime::toInstant))
			.containsOnly(expected);
	}

	@Test
	void bothDatetimeSpellingsOfOneInstantDecodeEqual() {
		stubPost("/key/generate", fixture("generate.json"));
		stubGet("/key/info", fixture("info.json"));

		GenerateKeyResponse generated = this.clients.blocking().generateKey(GenerateKeyRequest.builder().build());
		KeyInfo info = this.clients.blocking().keyInfo(KEY).info();

		// "2026-06-08T09:15:42.64Z" and "2026-06-08T09:15:42.640000+00:00"
		assertThat(info.expires().toInstant()).isEqualTo(generated.expires().toInstant());
		// "2026-03-10T09:15:42.318Z" and "2026-03-10T09:15:42.318000+00:00"
		assertThat(info.createdAt().toInstant()).isEqualTo(generated.createdAt().toInstant());
	}

	static Stream<Arguments> responsesWithUnknownFields() {
		String unknown = "\"future_field\":\"x\",\"future_null\":null";
		return Stream.of(
				arguments("generate", "/key/generate", "{\"key\":\"" + KEY + "\"," + unknown + "}",
						(Function<KeyManagementOperations, Map<String, Object>>) (ops) -> ops
							.generateKey(GenerateKeyRequest.builder().build())
							.additionalProperties()),
				arguments("update", "/key/update", "{\"key\":\"" + KEY + "\",\"token\":\"" + KEY_HASH + "\"," + unknown + "}",
						(Function<KeyManagementOperations, Map<String, Object>>) (ops) -> ops
							.updateKey(UpdateKeyRequest.builder(KEY).blocked(false).build())
							.additionalProperties()),
				arguments("info envelope", "/key/info", "{\"key\":\"" + KEY_HASH + "\",\"info\":{}," + unknown + "}",
						(Function<KeyManagementOperations, Map<String, Object>>) (ops) -> ops.keyInfo(KEY_HASH)
							.additionalProperties()),
				arguments("info record", "/key/info", "{\"key\":\"" + KEY_HASH + "\",\"info\":{" + unknown + "}}",
						(Function<KeyManagementOperations, Map<String, Object>>) (ops) -> ops.keyInfo(KEY_HASH)
							.info()
							.additionalProperties()),
				arguments("list page", "/key/list", "{\"keys\":[],\"total_count\":0,\"current_page\":1,\"total_pages\":0," + unknown + "}",
						(Function<KeyManagementOperations, Map<String, Object>>) (ops) -> ops
							.listKeys(KeyListQuery.all())
							.additionalProperties()),
				arguments("list item", "/key/list", "{\"keys\":[{\"token\":\"" + KEY_HASH + "\"," + unknown + "}],\"total_count\":1,\"current_page\":1,\"total_pages\":1}",
						(Function<KeyManagementOperations, Map<String, Object>>) (ops) -> ops
							.listKeys(KeyListQuery.builder().returnFullObject(true).build())
							.keys()
							.get(0)
							.additionalProperties()),
				arguments("delete", "/key/delete", "{\"deleted_keys\":[\"team-a-ci\"]," + unknown + "}",
						(Function<KeyManagementOperations, Map<String, Object>>) (ops) -> ops
							.deleteKeys(DeleteKeysRequest.ofAliases("team-a-ci"))
							.additionalProperties()),
				arguments("health", "/key/health", "{\"key\":\"healthy\",\"logging_callbacks\":null," + unknown + "}",
						(Function<KeyManagementOperations, Map<String, Object>>) (ops) -> ops.keyHealth()
							.additionalProperties()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("responsesWithUnknownFields")
	void unknownFieldsLandInAdditionalPropertiesEvenWhenNull(String name, String path, String body,
			Function<KeyManagementOperations, Map<String, Object>> additionalProperties) {
		if (path.equals("/key/info") || path.equals("/key/list")) {
			stubGet(path, body);
		}
		else {
			stubPost(path, body);
		}

		Map<String, Object> unknown = additionalProperties.apply(this.clients.blocking());

		Map<String, Object> expected = new HashMap<>();
		expected.put("future_field", "x");
		expected.put("future_null", null);
		assertThat(unknown).containsExactlyInAnyOrderEntriesOf(expected);
	}

}
