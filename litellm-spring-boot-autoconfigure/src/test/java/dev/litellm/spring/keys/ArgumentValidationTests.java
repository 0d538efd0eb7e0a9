package dev.litellm.spring.keys;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.test.StepVerifier;

import static dev.litellm.spring.keys.TestKeys.KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Bad input fails with an {@link IllegalArgumentException} that names the field, never repeats a key, and is
 * raised before anything reaches the proxy; the reactive API signals it.
 */
class ArgumentValidationTests extends ProxyTestSupport {

	/** A key-like value that must never show up in a message. */
	private static final String SECRETISH = "sk-not a valid key";

	static Stream<Arguments> invalidCalls() {
		return Stream.of(
				arguments("keyInfo(null)", KeyCall.keyInfo(null), "key"),
				arguments("keyInfo(\"\")", KeyCall.keyInfo(""), "key"),
				arguments("keyInfo(blank)", KeyCall.keyInfo("  \t"), "key"),
				arguments("keyInfo(with whitespace)", KeyCall.keyInfo(SECRETISH), "key"),
				arguments("blockKey(null)", KeyCall.blockKey(null), "key"),
				arguments("blockKey(blank)", KeyCall.blockKey(" "), "key"),
				arguments("blockKey(with whitespace)", KeyCall.blockKey(SECRETISH), "key"),
				arguments("unblockKey(null)", KeyCall.unblockKey(null), "key"),
				arguments("unblockKey(blank)", KeyCall.unblockKey(""), "key"),
				arguments("regenerateKey(null, …)", KeyCall.regenerateKey(null, null), "key"),
				arguments("regenerateKey(blank, …)", KeyCall.regenerateKey("   ",
						RegenerateKeyRequest.builder().gracePeriod("24h").build()), "key"),
				arguments("regenerateKey(with whitespace, …)", KeyCall.regenerateKey(SECRETISH, null), "key"),
				arguments("generateKey(null)", KeyCall.generateKey(null), "request"),
				arguments("updateKey(null)", KeyCall.updateKey(null), "request"),
				arguments("deleteKeys(null)", KeyCall.deleteKeys(null), "request"),
				arguments("listKeys(null)", KeyCall.listKeys(null), "query"));
	}

	static Stream<Arguments> invalidCallsThroughBothApis() {
		return invalidCalls().flatMap((arguments) -> Stream.of(Api.values())
			.map((api) -> arguments(api, arguments.get()[0], arguments.get()[1], arguments.get()[2])));
	}

	@ParameterizedTest(name = "{1} ({0})")
	@MethodSource("invalidCallsThroughBothApis")
	void invalidArgumentFailsBeforeTheWire(Api api, String name, KeyCall<?> call, String field) {
		Throwable failure = api.failure(this.clients, call);

		assertThat(failure).isExactlyInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining(field)
			.message()
			.doesNotContain(SECRETISH);
		assertNothingSent();
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void streamKeysWithoutAQueryFailsBeforeTheWire(Api api) {
		if (api == Api.BLOCKING) {
			assertThat(catchThrowable(() -> this.clients.blocking().streamKeys(null).toList()))
				.isExactlyInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("query");
		}
		else {
			StepVerifier.create(this.clients.reactive().streamKeys(null))
				.expectErrorSatisfies((failure) -> assertThat(failure)
					.isExactlyInstanceOf(IllegalArgumentException.class)
					.hasMessageContaining("query"))
				.verify(Api.TIMEOUT);
		}
		assertNothingSent();
	}

	static Stream<Arguments> invalidRequests() {
		return Stream.of(
				arguments("UpdateKeyRequest.builder(null)", (ThrowingCallable) () -> UpdateKeyRequest.builder(null), "key"),
				arguments("UpdateKeyRequest.builder(blank)", (ThrowingCallable) () -> UpdateKeyRequest.builder(" "), "key"),
				arguments("UpdateKeyRequest.builder(with line break)",
						(ThrowingCallable) () -> UpdateKeyRequest.builder(SECRETISH + "\n"), "key"),
				arguments("page 0", (ThrowingCallable) () -> KeyListQuery.builder().page(0), "page"),
				arguments("page -1", (ThrowingCallable) () -> KeyListQuery.builder().page(-1), "page"),
				arguments("size 0", (ThrowingCallable) () -> KeyListQuery.builder().size(0), "size"),
				arguments("size 101", (ThrowingCallable) () -> KeyListQuery.builder().size(101), "size"),
				arguments("key_hash with whitespace", (ThrowingCallable) () -> KeyListQuery.builder().keyHash(SECRETISH),
						"key_hash"),
				arguments("sort_by the proxy refuses", (ThrowingCallable) () -> KeyListQuery.builder().sortBy("user_id"),
						"sort_by"),
				arguments("delete with keys and aliases",
						(ThrowingCallable) () -> new DeleteKeysRequest(List.of(KEY), List.of("team-a-ci")), "key_aliases"),
				arguments("delete with neither keys nor aliases", (ThrowingCallable) () -> new DeleteKeysRequest(null, null),
						"key_aliases"),
				arguments("delete with no keys", (ThrowingCallable) () -> DeleteKeysRequest.ofKeys(List.of()), "keys"),
				arguments("delete with no aliases", (ThrowingCallable) () -> DeleteKeysRequest.ofAliases(), "key_aliases"),
				arguments("delete with a blank key", (ThrowingCallable) () -> DeleteKeysRequest.ofKeys(KEY, " "), "keys"),
				arguments("negative max_budget on generate",
						(ThrowingCallable) () -> GenerateKeyRequest.builder().maxBudget(-10.0), "max_budget"),
				arguments("negative max_budget on update",
						(ThrowingCallable) () -> UpdateKeyRequest.builder(KEY).maxBudget(-0.01), "max_budget"),
				arguments("negative max_budget on regenerate",
						(ThrowingCallable) () -> RegenerateKeyRequest.builder().maxBudget(-1.0), "max_budget"),
				arguments("negative soft_budget", (ThrowingCallable) () -> GenerateKeyRequest.builder().softBudget(-5.0),
						"soft_budget"),
				arguments("negative spend", (ThrowingCallable) () -> UpdateKeyRequest.builder(KEY).spend(-1.0), "spend"),
				arguments("NaN max_budget", (ThrowingCallable) () -> GenerateKeyRequest.builder().maxBudget(Double.NaN),
						"max_budget"),
				arguments("custom key without sk-",
						(ThrowingCallable) () -> GenerateKeyRequest.builder().key("my-own-secret-key-42"), "key"),
				arguments("new_key without sk-",
						(ThrowingCallable) () -> RegenerateKeyRequest.builder().newKey("my-own-secret-key-42"), "new_key"),
				arguments("temp_budget_increase without expiry",
						(ThrowingCallable) () -> UpdateKeyRequest.builder(KEY).tempBudgetIncrease(10.0).build(),
						"temp_budget_expiry"),
				arguments("budget_duration of two months",
						(ThrowingCallable) () -> GenerateKeyRequest.builder().budgetDuration("2mo"), "budget_duration"),
				arguments("zero Duration", (ThrowingCallable) () -> GenerateKeyRequest.builder().duration(Duration.ZERO),
						"duration"),
				arguments("negative Duration",
						(ThrowingCallable) () -> GenerateKeyRequest.builder().duration(Duration.ofDays(-1)), "duration"),
				arguments("fractional Duration",
						(ThrowingCallable) () -> RegenerateKeyRequest.builder().gracePeriod(Duration.ofMillis(1500)),
						"grace_period"),
				arguments("null Duration", (ThrowingCallable) () -> GenerateKeyRequest.builder().duration((Duration) null),
						"duration"),
				arguments("null budget Duration",
						(ThrowingCallable) () -> UpdateKeyRequest.builder(KEY).budgetDuration((Duration) null),
						"budget_duration"),
				arguments("Duration over 1000 years",
						(ThrowingCallable) () -> GenerateKeyRequest.builder().duration(Duration.ofDays(365_001)), "duration"),
				arguments("custom key of 15 characters",
						(ThrowingCallable) () -> GenerateKeyRequest.builder().key("sk-123456789012"), "key"),
				arguments("new_key of 15 characters",
						(ThrowingCallable) () -> RegenerateKeyRequest.builder().newKey("sk-123456789012"), "new_key"),
				arguments("custom key through field() without sk-",
						(ThrowingCallable) () -> GenerateKeyRequest.builder().field("key", "my-own-secret-key-42"), "key"),
				arguments("custom key through field() not a string",
						(ThrowingCallable) () -> GenerateKeyRequest.builder().field("key", 123), "key"),
				arguments("new_key through field() of 15 characters",
						(ThrowingCallable) () -> RegenerateKeyRequest.builder().field("new_key", "sk-123456789012"),
						"new_key"),
				arguments("update key through field() not a string",
						(ThrowingCallable) () -> UpdateKeyRequest.builder(KEY).field("key", 123), "key"),
				arguments("duration through field() not a string",
						(ThrowingCallable) () -> GenerateKeyRequest.builder().field("duration", 30), "duration"),
				arguments("budget_duration \"0d\" through field()",
						(ThrowingCallable) () -> UpdateKeyRequest.builder(KEY).field("budget_duration", "0d"),
						"budget_duration"),
				arguments("grace_period \"0s\" through field()",
						(ThrowingCallable) () -> RegenerateKeyRequest.builder().field("grace_period", "0s"), "grace_period"),
				arguments("max_budget through field() not a number",
						(ThrowingCallable) () -> GenerateKeyRequest.builder().field("max_budget", "50"), "max_budget"),
				arguments("soft_budget NaN through field()",
						(ThrowingCallable) () -> UpdateKeyRequest.builder(KEY).field("soft_budget", Double.NaN),
						"soft_budget"),
				arguments("infinite max_budget",
						(ThrowingCallable) () -> UpdateKeyRequest.builder(KEY).maxBudget(Double.POSITIVE_INFINITY),
						"max_budget"),
				arguments("NaN soft_budget on update",
						(ThrowingCallable) () -> UpdateKeyRequest.builder(KEY).softBudget(Double.NaN), "soft_budget"),
				arguments("infinite soft_budget on regenerate",
						(ThrowingCallable) () -> RegenerateKeyRequest.builder().softBudget(Double.POSITIVE_INFINITY),
						"soft_budget"),
				arguments("delete ofKeys(null collection)",
						(ThrowingCallable) () -> DeleteKeysRequest.ofKeys((List<String>) null), "keys"),
				arguments("delete ofKeys(null array)",
						(ThrowingCallable) () -> DeleteKeysRequest.ofKeys((String[]) null), "keys"),
				arguments("delete ofAliases(null collection)",
						(ThrowingCallable) () -> DeleteKeysRequest.ofAliases((List<String>) null), "key_aliases"),
				arguments("delete ofAliases(null array)",
						(ThrowingCallable) () -> DeleteKeysRequest.ofAliases((String[]) null), "key_aliases"),
				arguments("delete with a null key",
						(ThrowingCallable) () -> DeleteKeysRequest.ofKeys(Arrays.asList(KEY, null)), "keys"),
				arguments("expand(null)", (ThrowingCallable) () -> KeyListQuery.builder().expand((String[]) null),
						"expand"),
				arguments("status the proxy refuses",
						(ThrowingCallable) () -> KeyListQuery.builder().status("blocked"), "status"),
				arguments("expires the proxy refuses",
						(ThrowingCallable) () -> KeyListQuery.builder().expires("revoked"), "expires"),
				arguments("update by null alias", (ThrowingCallable) () -> UpdateKeyRequest.byAlias(null), "keyAlias"),
				arguments("update by blank alias", (ThrowingCallable) () -> UpdateKeyRequest.byAlias(" "), "keyAlias"),
				arguments("new alias on an update by alias",
						(ThrowingCallable) () -> UpdateKeyRequest.byAlias("team-a-ci").keyAlias("renamed"), "key_alias"),
				arguments("alias cleared on an update by alias",
						(ThrowingCallable) () -> UpdateKeyRequest.byAlias("team-a-ci").keyAlias(null), "key_alias"),
				arguments("key on an update by alias",
						(ThrowingCallable) () -> UpdateKeyRequest.byAlias("team-a-ci").field("key", KEY), "key"),
				arguments("key cleared on an update by key",
						(ThrowingCallable) () -> UpdateKeyRequest.builder(KEY).field("key", null).build(), "key"),
				arguments("project reassignment on update",
						(ThrowingCallable) () -> UpdateKeyRequest.builder(KEY).field("project_id", "project-b"),
						"project_id"),
				arguments("key_type the proxy refuses",
						(ThrowingCallable) () -> RegenerateKeyRequest.builder().keyType("admin"), "key_type"),
				arguments("default_estimated_output_tokens of 0",
						(ThrowingCallable) () -> GenerateKeyRequest.builder().defaultEstimatedOutputTokens(0),
						"default_estimated_output_tokens"),
				arguments("default_estimated_output_tokens_per_model of 0",
						(ThrowingCallable) () -> UpdateKeyRequest.builder(KEY)
							.defaultEstimatedOutputTokensPerModel(Map.of("gpt-4o", 0)),
						"default_estimated_output_tokens_per_model"),
				arguments("negative mcp_rpm_limit",
						(ThrowingCallable) () -> GenerateKeyRequest.builder().mcpRpmLimit(Map.of("github", -1)),
						"mcp_rpm_limit"),
				arguments("negative tag_rpm_limit",
						(ThrowingCallable) () -> GenerateKeyRequest.builder().tagRpmLimit(Map.of("batch", -1)),
						"tag_rpm_limit"),
				arguments("negative tpd_limit", (ThrowingCallable) () -> GenerateKeyRequest.builder().tpdLimit(-1L),
						"tpd_limit"),
				arguments("budget_fallbacks with no models",
						(ThrowingCallable) () -> GenerateKeyRequest.builder().budgetFallbacks(Map.of("gpt-4o", List.of())),
						"budget_fallbacks"),
				arguments("budget limit of \"0d\"", (ThrowingCallable) () -> BudgetLimit.of("0d", 10.0),
						"budget_duration"),
				arguments("budget limit of \"1month\"", (ThrowingCallable) () -> BudgetLimit.of("1month", 10.0),
						"budget_duration"),
				arguments("budget limit of null Duration", (ThrowingCallable) () -> BudgetLimit.of((Duration) null, 10.0),
						"budget_duration"),
				arguments("budget limit with a negative budget", (ThrowingCallable) () -> BudgetLimit.of("1d", -1.0),
						"max_budget"),
				arguments("budget limit with a NaN budget", (ThrowingCallable) () -> BudgetLimit.of("1d", Double.NaN),
						"max_budget"),
				arguments("budget_limits through field() not a list",
						(ThrowingCallable) () -> GenerateKeyRequest.builder().field("budget_limits", "24h:10"),
						"budget_limits"),
				arguments("budget_limits through field() with a bad window",
						(ThrowingCallable) () -> UpdateKeyRequest.builder(KEY)
							.field("budget_limits", List.of(Map.of("budget_duration", "0d", "max_budget", 10))),
						"budget_duration"));
	}

	/**
	 * Zero, which newer proxies refuse, and lengths that overflow the proxy's date arithmetic, in every duration
	 * field and through {@code field(…)}.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "0s", "0m", "0d", "0w", "0mo", "00h", "99999999999999999999d", "365001d", "13000mo" })
	void zeroOrOverlongDurationIsRefusedForEveryDurationField(String duration) {
		malformedDurationIsRefusedForEveryDurationField(duration);
		assertThat(catchThrowable(() -> GenerateKeyRequest.builder().field("duration", duration)))
			.isExactlyInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("duration");
		assertThat(catchThrowable(() -> UpdateKeyRequest.builder(KEY).field("rotation_interval", duration)))
			.isExactlyInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("rotation_interval");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidRequests")
	void invalidRequestIsRefusedWhileBuilding(String name, ThrowingCallable building, String field) {
		assertThat(catchThrowable(building)).isExactlyInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining(field)
			.message()
			.doesNotContain(SECRETISH)
			.doesNotContain("my-own-secret-key-42")
			.doesNotContain(KEY);
		assertNothingSent();
	}

	/**
	 * The proxy matches only a prefix, case-sensitively and without decimals: {@code "1month"} would be one
	 * minute, {@code "30D"}, {@code "1.5h"} and a bare {@code "3600"} fail on the server.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "30D", "1.5h", "1month", "3600", "1y", "-1d", "30 d", "" })
	void malformedDurationIsRefusedForEveryDurationField(String duration) {
		assertThat(List.<Arguments>of(
				arguments("duration", (ThrowingCallable) () -> GenerateKeyRequest.builder().duration(duration)),
				arguments("duration", (ThrowingCallable) () -> UpdateKeyRequest.builder(KEY).duration(duration)),
				arguments("duration", (ThrowingCallable) () -> RegenerateKeyRequest.builder().duration(duration)),
				arguments("budget_duration",
						(ThrowingCallable) () -> GenerateKeyRequest.builder().budgetDuration(duration)),
				arguments("budget_duration",
						(ThrowingCallable) () -> UpdateKeyRequest.builder(KEY).budgetDuration(duration)),
				arguments("rotation_interval",
						(ThrowingCallable) () -> GenerateKeyRequest.builder().rotationInterval(duration)),
				arguments("grace_period", (ThrowingCallable) () -> RegenerateKeyRequest.builder().gracePeriod(duration))))
			.allSatisfy((arguments) -> assertThat(catchThrowable((ThrowingCallable) arguments.get()[1]))
				.as("%s = \"%s\"", arguments.get()[0], duration)
				.isExactlyInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining((String) arguments.get()[0]));
		assertNothingSent();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "alice\r\nX-Injected: 1", "alice\n", "\rbob", "carol\u0000", "  " })
	void changedByWithLineBreaksOrBlankIsRefused(String changedBy) {
		assertThat(catchThrowable(() -> this.clients.blocking().withChangedBy(changedBy)))
			.isExactlyInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("changedBy");
		assertThat(catchThrowable(() -> this.clients.reactive().withChangedBy(changedBy)))
			.isExactlyInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("changedBy");
		assertNothingSent();
	}

}
