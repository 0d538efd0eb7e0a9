package dev.litellm.spring.keys;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.litellm.spring.LiteLlmTransportException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static dev.litellm.spring.keys.TestKeys.API_KEY;
import static dev.litellm.spring.keys.TestKeys.KEY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which answers the client takes as the proxy's: a 2xx with a JSON body whatever its content type, at every log
 * level, and never a redirect, which it neither follows nor decodes.
 */
class AnswerStatusTests extends ProxyTestSupport {

	@RegisterExtension
	static final SecretLeakGuard guard = SecretLeakGuard.watching(API_KEY, KEY);

	private final Logger wire = (Logger) LoggerFactory.getLogger(SecretLeakGuard.WIRE_LOGGER);

	@ParameterizedTest(name = "{0} at {1}")
	@CsvSource({ "text/plain, INFO", "text/plain, TRACE", "text/html; charset=utf-8, INFO", "'', INFO", "'', TRACE",
			"application/octet-stream, DEBUG" })
	void aJsonAnswerWithAnotherContentTypeIsDecodedAtEveryLogLevel(String contentType, String level) {
		this.wire.setLevel(Level.toLevel(level));
		try {
			ResponseDefinitionBuilder answer = aResponse().withStatus(200).withBody(fixture("generate.json"));
			stubAny(contentType.isEmpty() ? answer : answer.withHeader("Content-Type", contentType));

			for (Api api : Api.values()) {
				GenerateKeyResponse generated = api.call(this.clients,
						KeyCall.generateKey(GenerateKeyRequest.builder().build()));

				assertThat(generated.key()).as(api.name()).isEqualTo(KEY);
			}
		}
		finally {
			this.wire.setLevel(null);
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 301, 302, 303, 307, 308 })
	void aRedirectIsRefusedNotFollowedNorDecoded(int status) {
		stubAny(aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withHeader("Location", "http://elsewhere.example.com/key/generate")
			.withBody(fixture("generate.json")));

		for (Api api : Api.values()) {
			proxy.resetRequests();
			Throwable failure = api.failure(this.clients, KeyCall.generateKey(GenerateKeyRequest.builder().build()));

			assertThat(failure).as(api.name())
				.isInstanceOf(LiteLlmTransportException.class)
				.hasMessageContaining("redirect")
				.hasMessageContaining(String.valueOf(status))
				.hasMessageContaining("http://elsewhere.example.com/key/generate");
			assertThat(received()).as("requests received").hasSize(1);
		}
	}

}
