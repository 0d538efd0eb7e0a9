package dev.litellm.spring.keys;

import java.util.List;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import dev.litellm.spring.LiteLlmApiException;
import dev.litellm.spring.LiteLlmBadRequestException;
import dev.litellm.spring.LiteLlmEnterpriseFeatureException;
import dev.litellm.spring.LiteLlmError;
import dev.litellm.spring.LiteLlmNotFoundException;
import dev.litellm.spring.LiteLlmPermissionDeniedException;
import dev.litellm.spring.LiteLlmServerException;
import dev.litellm.spring.keys.ErrorMappingTests.ErrorCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.litellm.spring.keys.ErrorMappingTests.envelopeCase;
import static dev.litellm.spring.keys.TestKeys.API_KEY;
import static dev.litellm.spring.keys.TestKeys.KEY;
import static dev.litellm.spring.keys.TestKeys.KEY_HASH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The statuses and messages proxies newer than 1.81.14 answer with (as their source writes them) become the
 * matching exception, through both APIs; those of 1.81.14 keep theirs.
 */
class NewerProxyErrorMappingTests extends ProxyTestSupport {

	@RegisterExtension
	static final SecretLeakGuard guard = SecretLeakGuard.watching(API_KEY, KEY, TestKeys.NEW_KEY, TestKeys.OTHER_KEY)
		.withClientLogLevel(Level.DEBUG);

	private static final String NOT_PREMIUM = "You must be a LiteLLM Enterprise user to use this feature. If you have a "
			+ "license please set `LITELLM_LICENSE` in your env. Get a 7 day trial key here: "
			+ "https://www.litellm.ai/enterprise#trial. \\nPricing: https://www.litellm.ai/#pricing";

	static List<ErrorCase> errorCases() {
		KeyCall<?> generate = KeyCall.generateKey(GenerateKeyRequest.builder().keyAlias("team-a-ci").build());
		KeyCall<?> update = KeyCall.updateKey(UpdateKeyRequest.builder(KEY_HASH).maxBudget(20.0).build());
		KeyCall<?> block = KeyCall.blockKey(KEY_HASH);
		KeyCall<?> unblock = KeyCall.unblockKey(KEY_HASH);
		KeyCall<?> list = KeyCall.listKeys(KeyListQuery.builder().size(10).build());
		return List.of(
				envelopeCase("update: 404 Key not found.", update, 404, "Key not found.", "not_found_error", "key",
						LiteLlmNotFoundException.class, "Key not found.", "key"),
				envelopeCase("update by alias: 404 no key with the alias", update, 404,
						"Key not found. No key with key_alias='team-a-ci'.", "not_found_error", "key_alias",
						LiteLlmNotFoundException.class, "Key not found. No key with key_alias='team-a-ci'.",
						"key_alias"),
				envelopeCase("update by alias: 400 shared alias", update, 400,
						"Multiple keys share key_alias='team-a-ci', so it cannot be used as an identifier.",
						"bad_request_error", "key_alias", LiteLlmBadRequestException.class,
						"Multiple keys share key_alias='team-a-ci', so it cannot be used as an identifier.",
						"key_alias"),
				envelopeCase("block as proxy admin: 404 Key not found.", block, 404, "Key not found.",
						"not_found_error", "key", LiteLlmNotFoundException.class, "Key not found.", "key"),
				envelopeCase("unblock as proxy admin: 404 Key not found.", unblock, 404, "Key not found.",
						"not_found_error", "key", LiteLlmNotFoundException.class, "Key not found.", "key"),
				detailCase("block as another caller: 404 detail with the hash", block, 404,
						"Key not found: " + KEY_HASH, LiteLlmNotFoundException.class),
				detailCase("unblock by a non-admin: 403", unblock, 403,
						"Only proxy admins, team admins, or org admins can call /key/unblock. "
								+ "user_role=internal_user, user_id=u-1",
						LiteLlmPermissionDeniedException.class),
				detailCase("block by a non-admin: 403", block, 403,
						"Only proxy admins, team admins, or org admins can call /key/block. "
								+ "user_role=internal_user, user_id=u-1",
						LiteLlmPermissionDeniedException.class),
				envelopeCase("generate: 403 premium field", generate, 403,
						"{'error': 'This feature is only available for LiteLLM Enterprise users: "
								+ "disable_global_guardrails. " + NOT_PREMIUM + "'}",
						"auth_error", "None", LiteLlmEnterpriseFeatureException.class,
						"This feature is only available for LiteLLM Enterprise users: disable_global_guardrails. "
								+ NOT_PREMIUM,
						null),
				detailCase("premium check without the wrapper: 403 detail", generate, 403,
						"This feature is only available for LiteLLM Enterprise users: tags. " + NOT_PREMIUM,
						LiteLlmEnterpriseFeatureException.class),
				envelopeCase("generate: 403 custom keys disabled", generate, 403,
						"{'error': 'Custom API key values are disabled by your administrator. Keys must be "
								+ "auto-generated.'}",
						"auth_error", "None", LiteLlmPermissionDeniedException.class,
						"Custom API key values are disabled by your administrator. Keys must be auto-generated.", null),
				envelopeCase("generate: 400 budget duration", generate, 400,
						"{'error': \"Invalid budget_duration '0d'. Use a format like '1h', '24h', '7d', or '30d'.\"}",
						"auth_error", "None", LiteLlmBadRequestException.class,
						"Invalid budget_duration '0d'. Use a format like '1h', '24h', '7d', or '30d'.", null),
				envelopeCase("generate: 400 key length", generate, 400,
						"{'error': 'Invalid key format. LiteLLM Virtual Key must be at least 16 characters long.'}",
						"auth_error", "None", LiteLlmBadRequestException.class,
						"Invalid key format. LiteLLM Virtual Key must be at least 16 characters long.", null),
				envelopeCase("update: 400 max budget", update, 400,
						"{'error': 'max_budget must be a non-negative finite number. Received: -1.0'}", "auth_error",
						"None", LiteLlmBadRequestException.class,
						"max_budget must be a non-negative finite number. Received: -1.0", null),
				envelopeCase("generate: 400 duplicate custom key", generate, 400, "Key already exists",
						"bad_request_error", "key", LiteLlmBadRequestException.class, "Key already exists", "key"),
				detailCase("list: 400 status detail", list, 400,
						"Invalid status value. Supported: 'active', 'expired', 'revoked', 'deleted'.",
						LiteLlmBadRequestException.class),
				envelopeCase("spend routes permission: 500", generate, 500, "{'error': 'Internal Server Error.'}",
						"internal_server_error", "None", LiteLlmServerException.class, "Internal Server Error.", null));
	}

	/** An {@code HTTPException} from a route without the proxy's wrapper: {@code {"detail":{"error":…}}}. */
	private static ErrorCase detailCase(String name, KeyCall<?> call, int status, String message,
			Class<? extends LiteLlmApiException> type) {
		String body = "{\"detail\":{\"error\":" + JSON.writeValueAsString(message) + "}}";
		return new ErrorCase(name, call, status, "application/json", body, type, null, null, null, message);
	}

	static Stream<Arguments> errorCasesThroughBothApis() {
		return errorCases().stream().flatMap((c) -> Stream.of(arguments(Api.BLOCKING, c), arguments(Api.REACTIVE, c)));
	}

	@ParameterizedTest(name = "{1} ({0})")
	@MethodSource("errorCasesThroughBothApis")
	void errorOfANewerProxyBecomesTheTypedException(Api api, ErrorCase error) {
		stubAny(error.response());

		Throwable failure = api.failure(this.clients, error.call());

		error.assertMapped(failure);
		assertThat(received()).hasSize(1);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			This feature is only available for LiteLLM Enterprise users: tags. You must be a LiteLLM Enterprise user | tags
			This feature is only available for LiteLLM Enterprise users: disable_global_guardrails.                   | disable_global_guardrails
			Only available for LiteLLM Enterprise users: metadata.tags                                                | metadata.tags
			This feature is only available for LiteLLM Enterprise users: model access groups. More text               | model access groups
			""")
	void theEnterpriseExceptionNamesTheFieldTheProxyNamed(String message, String feature) {
		assertThat(enterprise(message).feature()).isEqualTo(feature);
	}

	@Test
	void anEnterpriseErrorThatNamesNoFieldHasNoFeature() {
		assertThat(enterprise("Regenerating Virtual Keys is an Enterprise feature, " + NOT_PREMIUM).feature()).isNull();
	}

	@Test
	void thePremiumFieldIsNamedOnTheDecodedException() {
		stubAny(envelope(403, "{'error': 'This feature is only available for LiteLLM Enterprise users: "
				+ "disable_global_guardrails. " + NOT_PREMIUM + "'}", "auth_error", "None"));

		Throwable failure = Api.BLOCKING.failure(this.clients,
				KeyCall.generateKey(GenerateKeyRequest.builder().disableGlobalGuardrails(true).build()));

		assertThat(failure).isInstanceOfSatisfying(LiteLlmEnterpriseFeatureException.class,
				(ex) -> assertThat(ex.feature()).isEqualTo("disable_global_guardrails"));
	}

	private static LiteLlmEnterpriseFeatureException enterprise(String message) {
		return new LiteLlmEnterpriseFeatureException(new LiteLlmError(403, null, null, null, message, message));
	}

}
