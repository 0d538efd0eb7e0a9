package dev.litellm.spring.keys;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.litellm.spring.LiteLlmApiException;
import dev.litellm.spring.LiteLlmValidationException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static dev.litellm.spring.keys.TestKeys.API_KEY;
import static dev.litellm.spring.keys.TestKeys.KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * An error body may carry a key in any form JSON allows: escaped in part or in full, in any error field, with
 * characters beyond ASCII. Whatever the form, the exception and the logs show it masked, and so for the client's
 * own API key, with or without {@code sk-}.
 */
class EscapedSecretTests extends ProxyTestSupport {

	private static final String NON_ASCII_KEY = "sk-Wq7\u00e9Lm9Pz2Rt7Vb5Xy3K";

	private static final String PLAIN_API_KEY = "master-key-without-prefix-Qz7Tn4";

	private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

	@RegisterExtension
	static final SecretLeakGuard guard = SecretLeakGuard.watching(API_KEY, KEY, NON_ASCII_KEY, PLAIN_API_KEY);

	/** Bodies with {@code %1$s} where the secret goes, escaped as the case says. */
	static Stream<Arguments> bodies() {
		return Stream.of(
				arguments(400, "{\"error\":{\"message\":\"Key %1$s is invalid\",\"type\":\"invalid_request_error\"}}"),
				arguments(400, "{\"error\":{\"message\":\"{'error': 'Key %1$s not found'}\",\"code\":\"400\"}}"),
				arguments(401, "{\"detail\":\"invalid key %1$s\"}"),
				arguments(404, "{\"detail\":{\"error\":\"Key %1$s not found\"}}"),
				arguments(422, "{\"detail\":[{\"loc\":[\"body\",\"%1$s\"],\"msg\":\"bad %1$s\",\"type\":\"%1$s\"}]}"),
				arguments(400, "{\"error\":{\"message\":\"bad\",\"param\":\"%1$s\",\"type\":\"%1$s\",\"code\":\"%1$s\"}}"),
				arguments(429, "{\"error\":{\"message\":\"rate limited: %1$s\"}}"),
				arguments(500, "{\"error\":{\"message\":\"\"},\"echo\":\"%1$s\"}"),
				arguments(400, "{\"error\":{\"message\":\"quoted {\\\\\"key\\\\\": \\\\\"%1$s\\\\\"}\"}}"));
	}

	static Stream<Arguments> cases() {
		List<Arguments> cases = new ArrayList<>();
		List<UnaryOperator<String>> escapes = List.of(UnaryOperator.identity(), (key) -> escapeAt(key, 0),
				(key) -> escapeAt(key, 2), EscapedSecretTests::escapeAll);
		bodies().forEach((body) -> {
			int status = (int) body.get()[0];
			String template = (String) body.get()[1];
			for (String secret : List.of(KEY, NON_ASCII_KEY, API_KEY, PLAIN_API_KEY)) {
				for (int escape = 0; escape < escapes.size(); escape++) {
					cases.add(arguments(status, template, secret, escape, escapes.get(escape)));
				}
			}
		});
		return cases.stream();
	}

	@ParameterizedTest(name = "[{index}] {0} {1}")
	@MethodSource("cases")
	void keysInAnErrorBodyAreMaskedWhateverTheirEscaping(int status, String template, String secret, int escapeCase,
			UnaryOperator<String> escape) {
		proxy.resetAll();
		stubAny(aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody(template.formatted(escape.apply(secret))));
		String apiKey = secret.equals(PLAIN_API_KEY) ? PLAIN_API_KEY : API_KEY;
		Api.Clients clients = Api.Clients.of(build(clientBuilder().apiKey(apiKey)));

		Throwable failure = Api.BLOCKING.failure(clients, KeyCall.keyInfo(KEY));

		assertThat(failure).isInstanceOf(LiteLlmApiException.class);
		LiteLlmApiException error = (LiteLlmApiException) failure;
		List<String> texts = new ArrayList<>(List.of(error.getMessage(), error.toString(), error.errorMessage(),
				error.responseBody(), String.valueOf(error.param()), String.valueOf(error.errorType()),
				String.valueOf(error.errorCode())));
		if (error instanceof LiteLlmValidationException validation) {
			texts.add(validation.violations().toString());
		}
		String hidden = secret.substring(3, secret.length() - 4);
		assertThat(texts).allSatisfy((text) -> assertThat(unescaped(text)).doesNotContain(secret).doesNotContain(hidden));
	}

	private static String escapeAt(String key, int index) {
		return key.substring(0, index) + "\\u%04x".formatted((int) key.charAt(index)) + key.substring(index + 1);
	}

	private static String escapeAll(String key) {
		StringBuilder escaped = new StringBuilder();
		key.chars().forEach((c) -> escaped.append("\\u%04x".formatted(c)));
		return escaped.toString();
	}

	private static String unescaped(String text) {
		Matcher escape = UNICODE_ESCAPE.matcher(text.replace("\\/", "/"));
		return escape.replaceAll((match) -> Matcher.quoteReplacement(
				String.valueOf((char) Integer.parseInt(match.group(1), 16))));
	}

}
