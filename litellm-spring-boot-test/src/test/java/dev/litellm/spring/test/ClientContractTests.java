package dev.litellm.spring.test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.litellm.spring.LiteLlmAuthenticationException;
import dev.litellm.spring.LiteLlmBadRequestException;
import dev.litellm.spring.LiteLlmEnterpriseFeatureException;
import dev.litellm.spring.LiteLlmNotFoundException;
import dev.litellm.spring.LiteLlmRateLimitException;
import dev.litellm.spring.LiteLlmServerException;
import dev.litellm.spring.LiteLlmValidationException;
import dev.litellm.spring.keys.DeleteKeysRequest;
import dev.litellm.spring.keys.DeleteKeysResponse;
import dev.litellm.spring.keys.GenerateKeyRequest;
import dev.litellm.spring.keys.GenerateKeyResponse;
import dev.litellm.spring.keys.KeyHealthResponse;
import dev.litellm.spring.keys.KeyInfo;
import dev.litellm.spring.keys.KeyInfoResponse;
import dev.litellm.spring.keys.KeyListQuery;
import dev.litellm.spring.keys.KeyListResponse;
import dev.litellm.spring.keys.KeyManagementOperations;
import dev.litellm.spring.keys.KeyManagementTemplate;
import dev.litellm.spring.keys.RegenerateKeyRequest;
import dev.litellm.spring.keys.RetryPolicy;
import dev.litellm.spring.keys.UpdateKeyRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The real client against the fake modelling the newest proxy (and, through {@link ClientContractV181Tests},
 * v1.81): every answer of the fake decodes into the client's types with no unknown field left over, and every
 * documented error becomes the matching exception, with each release's status where they differ.
 */
class ClientContractTests extends FakeProxyTestSupport {

	/**
	 * The fields newer proxies added to key rows and generate answers that the client's response types may not
	 * name yet: they are allowed to land in {@code additionalProperties} against the newest proxy only.
	 */
	private static final Set<String> NEWER_RESPONSE_FIELDS = Set.of("budget_fallbacks", "budget_limits", "key_type",
			"tpd_limit", "settings_updated_at", "status", "mcp_rpm_limit", "tag_rpm_limit",
			"default_estimated_output_tokens", "default_estimated_output_tokens_per_model", "end_user_budget_id",
			"disable_global_guardrails", "enable_prompt_caching", "throttle_on_budget_exceeded");

	private static final OffsetDateTime NOW_UTC = NOW.atOffset(ZoneOffset.UTC);

	private KeyManagementOperations keys;

	@BeforeEach
	void createClient() {
		freezeClock();
		this.keys = clientFor(this.proxy.masterKey(), RetryPolicy.none());
	}

	private KeyManagementOperations clientFor(String apiKey, RetryPolicy retryPolicy) {
		return new KeyManagementTemplate(build(clientBuilder().apiKey(apiKey).retryPolicy(retryPolicy)));
	}

	boolean latest() {
		return this.proxy.version().isLatest();
	}

	private void decodedCompletely(Map<String, ?> additionalProperties) {
		if (latest()) {
			assertThat(NEWER_RESPONSE_FIELDS).containsAll(additionalProperties.keySet());
		}
		else {
			assertThat(additionalProperties).isEmpty();
		}
	}

	private GenerateKeyResponse generate(GenerateKeyRequest request) {
		return this.keys.generateKey(request);
	}

	@Test
	void generatedKeyDecodesCompletely() {
		GenerateKeyResponse response = generate(GenerateKeyRequest.builder()
			.keyAlias("contract")
			.models(List.of("gpt-4o"))
			.maxBudget(10.0)
			.budgetDuration("30d")
			.duration("90d")
			.teamId("team-a")
			.metadata(Map.of("owner", "alice"))
			.build());

		assertThat(response.additionalProperties()).satisfies(this::decodedCompletely);
		assertThat(response.key()).startsWith("sk-");
		assertThat(response.tokenId()).isEqualTo(hash(response.key())).isEqualTo(response.token());
		assertThat(response.keyAlias()).isEqualTo("contract");
		assertThat(response.models()).containsExactly("gpt-4o");
		assertThat(response.maxBudget()).isEqualTo(10.0);
		assertThat(response.teamId()).isEqualTo("team-a");
		assertThat(response.metadata()).containsEntry("owner", "alice");
		assertThat(response.expires()).isEqualTo(NOW_UTC.plusDays(90));
		assertThat(response.createdAt()).isEqualTo(NOW_UTC);
		assertThat(response.duration()).isNull();
		assertThat(response.toString()).doesNotContain(response.key());
	}

	@Test
	void keyInfoDecodesCompletelyAndIsAskedByHash() {
		String key = generate(GenerateKeyRequest.builder().keyAlias("info").duration("1h").build()).key();

		KeyInfoResponse response = this.keys.keyInfo(key);

		assertThat(this.proxy.lastRequest().queryParam("key")).isEqualTo(hash(key));
		assertThat(this.proxy.lastRequest().toString()).doesNotContain(key);
		assertThat(response.additionalProperties()).satisfies(this::decodedCompletely);
		assertThat(response.info().additionalProperties()).satisfies(this::decodedCompletely);
		assertThat(response.key()).isEqualTo(hash(key));
		assertThat(response.info().keyAlias()).isEqualTo("info");
		assertThat(response.info().expires()).isEqualTo(NOW_UTC.plusHours(1));
		assertThat(response.info().spend()).isZero();
	}

	@Test
	void currentKeyInfoIsTheCallingKey() {
		String key = generate(GenerateKeyRequest.builder().keyAlias("me").build()).key();

		KeyInfoResponse response = clientFor(key, RetryPolicy.none()).currentKeyInfo();

		assertThat(response.key()).isEqualTo(hash(key));
		assertThat(response.info().keyAlias()).isEqualTo("me");
	}

	@Test
	void updateDecodesTheRawRowAndClearsWhatIsSetToNull() {
		String key = generate(GenerateKeyRequest.builder().keyAlias("u").maxBudget(5.0).tpmLimit(100L).build()).key();

		KeyInfo updated = this.keys.withChangedBy("bob")
			.updateKey(UpdateKeyRequest.builder(key).maxBudget(null).metadata(Map.of("v", 2)).build());

		assertThat(updated.additionalProperties()).satisfies(this::decodedCompletely);
		assertThat(updated.token()).isEqualTo(hash(key));
		assertThat(updated.maxBudget()).isNull();
		assertThat(updated.tpmLimit()).isEqualTo(100L);
		assertThat(updated.metadata()).containsExactly(Map.entry("v", 2));
		assertThat(this.proxy.lastRequest().changedBy()).isEqualTo("bob");
		assertThat(this.proxy.lastRequest().bodyJson().get("max_budget").isNull()).isTrue();
		assertThat(this.proxy.lastRequest().bodyJson().has("tpm_limit")).isFalse();
	}

	@Test
	void listPagesDecodeHashOnlyAndFullItems() {
		for (int i = 0; i < 3; i++) {
			generate(GenerateKeyRequest.builder().keyAlias("l" + i).organizationId("org-" + i).build());
		}

		KeyListResponse hashes = this.keys.listKeys(KeyListQuery.builder().size(2).build());
		KeyListResponse full = this.keys.listKeys(KeyListQuery.builder().returnFullObject(true).keyAlias("l1").build());

		assertThat(hashes.additionalProperties()).satisfies(this::decodedCompletely);
		assertThat(hashes.totalCount()).isEqualTo(3);
		assertThat(hashes.totalPages()).isEqualTo(2);
		assertThat(hashes.keys()).hasSize(2).allSatisfy(item -> assertThat(item.token()).hasSize(64));
		KeyInfo item = full.keys().get(0);
		assertThat(item.additionalProperties()).satisfies(this::decodedCompletely);
		assertThat(item.keyAlias()).isEqualTo("l1");
		assertThat(item.organizationId()).isEqualTo("org-1");
	}

	@Test
	void streamingWalksEveryPage() {
		for (int i = 0; i < 23; i++) {
			generate(GenerateKeyRequest.builder().build());
		}

		List<KeyInfo> streamed = this.keys.streamKeys(KeyListQuery.builder().size(10).build()).toList();

		assertThat(streamed).hasSize(23);
		assertThat(streamed.stream().map(KeyInfo::token).collect(Collectors.toSet())).hasSize(23);
		assertThat(this.proxy.requests("/key/list")).hasSize(3);
	}

	@Test
	void deletionEchoesAndTheArchiveDecodes() {
		String key = generate(GenerateKeyRequest.builder().keyAlias("gone").build()).key();
		generate(GenerateKeyRequest.builder().keyAlias("alias-gone").build());

		DeleteKeysResponse byKey = this.keys.withChangedBy("carol").deleteKeys(DeleteKeysRequest.ofKeys(key));
		DeleteKeysResponse byAlias = this.keys.deleteKeys(DeleteKeysRequest.ofAliases("alias-gone"));
		KeyListResponse deleted = this.keys.listKeys(KeyListQuery.builder().deleted(true).returnFullObject(true).build());

		assertThat(byKey.deletedKeys()).hasSize(1);
		assertThat(byAlias.deletedKeys()).containsExactly("alias-gone");
		assertThat(deleted.totalCount()).isEqualTo(2);
		KeyInfo archived = deleted.keys().stream().filter(row -> "gone".equals(row.keyAlias())).findFirst().orElseThrow();
		assertThat(archived.additionalProperties()).satisfies(this::decodedCompletely);
		assertThat(archived.litellmChangedBy()).isEqualTo("carol");
		assertThat(archived.deletedAt()).isEqualTo(NOW_UTC);
		assertThat(archived.deletedBy()).isEqualTo("default_user_id");
	}

	@Test
	void blockAndUnblockDecodeTheirTwoShapes() {
		String key = generate(GenerateKeyRequest.builder().organizationId("org-9").build()).key();

		KeyInfo blocked = this.keys.blockKey(key);
		KeyInfo unblocked = this.keys.unblockKey(key);

		assertThat(blocked.additionalProperties()).satisfies(this::decodedCompletely);
		assertThat(blocked.blocked()).isTrue();
		assertThat(unblocked.additionalProperties()).satisfies(this::decodedCompletely);
		assertThat(unblocked.blocked()).isFalse();
		assertThat(unblocked.organizationId()).isEqualTo("org-9");
	}

	@Test
	void healthDecodes() {
		KeyHealthResponse health = this.keys.keyHealth();

		assertThat(health.additionalProperties()).satisfies(this::decodedCompletely);
		assertThat(health.healthy()).isTrue();
		assertThat(health.loggingCallbacks()).isNull();
	}

	@Test
	void regenerationDecodesAndHonoursTheGracePeriod() {
		String old = generate(GenerateKeyRequest.builder().keyAlias("rot").maxBudget(3.0).build()).key();

		GenerateKeyResponse fresh = this.keys.regenerateKey(old, RegenerateKeyRequest.builder().gracePeriod("1h").build());

		assertThat(fresh.additionalProperties()).satisfies(this::decodedCompletely);
		assertThat(fresh.token()).isNull();
		assertThat(fresh.tokenId()).isEqualTo(hash(fresh.key()));
		assertThat(fresh.keyAlias()).isEqualTo("rot");
		assertThat(fresh.maxBudget()).isEqualTo(3.0);
		assertThat(this.proxy.lastRequest().path()).isEqualTo("/key/regenerate");
		assertThat(this.proxy.lastRequest().bodyJson().get("key").asString()).isEqualTo(old);
		assertThat(clientFor(old, RetryPolicy.none()).currentKeyInfo().info().keyAlias()).isEqualTo("rot");
		this.proxy.advanceClock(Duration.ofHours(2));
		assertThatExceptionOfType(LiteLlmAuthenticationException.class)
			.isThrownBy(() -> clientFor(old, RetryPolicy.none()).currentKeyInfo());
	}

	@Test
	void unknownKeysAreNotFoundEverywhere() {
		assertThatExceptionOfType(LiteLlmNotFoundException.class).isThrownBy(() -> this.keys.keyInfo("sk-nope-1234"))
			.satisfies(ex -> assertThat(ex.errorType()).isEqualTo("not_found_error"));
		assertThatExceptionOfType(LiteLlmNotFoundException.class)
			.isThrownBy(() -> this.keys.updateKey(UpdateKeyRequest.builder("sk-nope-5678").maxBudget(1.0).build()))
			.satisfies(ex -> assertThat(ex.getMessage() + ex.responseBody()).doesNotContain("sk-nope-5678"))
			.satisfies(ex -> assertThat(ex.statusCode()).isEqualTo(latest() ? 404 : 401));
		assertThatExceptionOfType(LiteLlmNotFoundException.class)
			.isThrownBy(() -> this.keys.deleteKeys(DeleteKeysRequest.ofAliases("nobody")));
		assertThatExceptionOfType(LiteLlmNotFoundException.class)
			.isThrownBy(() -> this.keys.regenerateKey("sk-nope-9012", null));
	}

	@Test
	void blockingAnUnknownKeyIsNotFoundOrAServerErrorFromPlainTextOnV181() {
		if (latest()) {
			assertThatExceptionOfType(LiteLlmNotFoundException.class)
				.isThrownBy(() -> this.keys.blockKey("sk-nope-3456"))
				.satisfies(ex -> assertThat(ex.getMessage()).contains("Key not found."));
		}
		else {
			assertThatExceptionOfType(LiteLlmServerException.class)
				.isThrownBy(() -> this.keys.blockKey("sk-nope-3456"))
				.satisfies(ex -> assertThat(ex.statusCode()).isEqualTo(500));
		}
	}

	@Test
	void updateByAliasOnlyOnNewerProxies() {
		generate(GenerateKeyRequest.builder().keyAlias("named").build());

		if (latest()) {
			KeyInfo updated = this.keys.updateKey(UpdateKeyRequest.byAlias("named").maxBudget(7.0).build());
			assertThat(updated.maxBudget()).isEqualTo(7.0);
			assertThatExceptionOfType(LiteLlmNotFoundException.class)
				.isThrownBy(() -> this.keys.updateKey(UpdateKeyRequest.byAlias("nobody").maxBudget(1.0).build()))
				.satisfies(ex -> assertThat(ex.getMessage()).contains("No key with key_alias='nobody'."));
		}
		else {
			assertThatExceptionOfType(LiteLlmValidationException.class)
				.isThrownBy(() -> this.keys.updateKey(UpdateKeyRequest.byAlias("named").maxBudget(7.0).build()));
		}
	}

	@Test
	void infoOnADeletedKeyIsTheArchiveOrNotFoundOnV181() {
		String key = generate(GenerateKeyRequest.builder().keyAlias("archived").build()).key();
		this.keys.deleteKeys(DeleteKeysRequest.ofKeys(key));

		if (latest()) {
			KeyInfoResponse info = this.keys.keyInfo(key);
			assertThat(info.info().keyAlias()).isEqualTo("archived");
			assertThat(new ProxyClient(this.proxy).get("/key/info?key=" + hash(key)).json().at("/info/status").asString())
				.isEqualTo("deleted");
		}
		else {
			assertThatExceptionOfType(LiteLlmNotFoundException.class).isThrownBy(() -> this.keys.keyInfo(key));
		}
	}

	@Test
	void listStatusesBeyondDeletedOnlyOnNewerProxies() {
		String blocked = generate(GenerateKeyRequest.builder().keyAlias("revoked").build()).key();
		generate(GenerateKeyRequest.builder().keyAlias("fine").build());
		this.keys.blockKey(blocked);

		KeyListQuery revoked = KeyListQuery.builder().status("revoked").returnFullObject(true).build();
		if (latest()) {
			assertThat(this.keys.listKeys(revoked).keys()).extracting(KeyInfo::keyAlias).containsExactly("revoked");
		}
		else {
			assertThatExceptionOfType(LiteLlmBadRequestException.class).isThrownBy(() -> this.keys.listKeys(revoked))
				.satisfies(ex -> assertThat(ex.getMessage()).contains("Currently only 'deleted' is supported."));
		}
	}

	@Test
	void duplicateAliasIsABadRequest() {
		generate(GenerateKeyRequest.builder().keyAlias("dup").build());

		assertThatExceptionOfType(LiteLlmBadRequestException.class)
			.isThrownBy(() -> generate(GenerateKeyRequest.builder().keyAlias("dup").build()))
			.satisfies(ex -> assertThat(ex.param()).isEqualTo("key_alias"));
	}

	@Test
	void unlicensedRegenerationIsAnEnterpriseFeature() {
		String key = generate(GenerateKeyRequest.builder().build()).key();
		this.proxy.setEnterpriseLicensed(false);

		assertThatExceptionOfType(LiteLlmEnterpriseFeatureException.class)
			.isThrownBy(() -> this.keys.regenerateKey(key, null))
			.satisfies(ex -> assertThat(ex.statusCode()).isEqualTo(500));
	}

	@Test
	void wrongApiKeyIsAnAuthenticationFailure() {
		assertThatExceptionOfType(LiteLlmAuthenticationException.class)
			.isThrownBy(() -> clientFor("sk-wrong-master-key", RetryPolicy.none()).listKeys(KeyListQuery.all()))
			.satisfies(ex -> assertThat(ex.errorType()).isEqualTo("token_not_found_in_db"));
	}

	@Test
	void fastApiValidationErrorsAreValidationExceptions() {
		assertThatExceptionOfType(LiteLlmValidationException.class)
			.isThrownBy(() -> generate(GenerateKeyRequest.builder().field("max_parallel_requests", "many").build()))
			.satisfies(ex -> assertThat(ex.violations()).isNotEmpty());
	}

	@Test
	void rateLimitFaultCarriesRetryAfter() {
		this.proxy.inject("/key/list", Fault.status(429).withHeader("Retry-After", "3").once());

		assertThatExceptionOfType(LiteLlmRateLimitException.class)
			.isThrownBy(() -> this.keys.listKeys(KeyListQuery.all()))
			.satisfies(ex -> assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(3)));
	}

	@Test
	void transientFailuresOfReadsAreRetriedButGenerationIsNot() {
		KeyManagementOperations retrying = clientFor(this.proxy.masterKey(),
				new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50)));
		this.proxy.failOnce("/key/list", 503);
		this.proxy.failOnce("/key/generate", 503);

		KeyListResponse listed = retrying.listKeys(KeyListQuery.all());

		assertThat(listed.totalCount()).isZero();
		assertThat(this.proxy.requests("/key/list")).hasSize(2);
		assertThatExceptionOfType(LiteLlmServerException.class)
			.isThrownBy(() -> retrying.generateKey(GenerateKeyRequest.builder().build()));
		assertThat(this.proxy.requests("/key/generate")).hasSize(1);
		assertThat(this.proxy.keyCount()).isZero();
	}

}
