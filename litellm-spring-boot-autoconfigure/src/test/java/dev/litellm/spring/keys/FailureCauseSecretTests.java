package dev.litellm.spring.keys;

import java.io.PrintWriter;
import java.io.StringWriter;

import dev.litellm.spring.LiteLlmTransportException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static dev.litellm.spring.keys.TestKeys.API_KEY;
import static dev.litellm.spring.keys.TestKeys.KEY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failure whose causes quote what the server sent (a value Jackson could not read, a malformed status line
 * or header) carries no raw key anywhere in its chain, and nothing else (Reactor Netty included) logs one.
 */
class FailureCauseSecretTests extends ProxyTestSupport {

	@RegisterExtension
	static final SecretLeakGuard guard = SecretLeakGuard.watching(API_KEY, KEY);

	@ParameterizedTest
	@EnumSource(Api.class)
	void anAnswerJacksonCannotReadLeavesNoKeyInTheCauses(Api api) {
		stubAny(okJson("{\"key\":\"" + KEY + "\",\"spend\":\"" + KEY + "\"}"));

		Throwable failure = api.failure(this.clients, KeyCall.generateKey(GenerateKeyRequest.builder().build()));

		assertThat(failure).isInstanceOf(LiteLlmTransportException.class).hasMessageContaining("could not be decoded");
		assertThat(failure.getCause()).as("the cause is kept").isNotNull();
		assertThat(stackTraceOf(failure)).doesNotContain(KEY).contains("sk-...Wd1A");
	}

	@ParameterizedTest
	@ValueSource(strings = { "HTTP/1.1 " + KEY + " OK\r\nContent-Length: 2\r\n\r\n{}",
			"HTTP/1.1 200 OK\r\nContent-Length: " + KEY + "\r\n\r\n{}",
			"HTTP/1.1 200 OK\r\n" + KEY + "\r\nContent-Length: 2\r\n\r\n{}",
			KEY + " 200 OK\r\nContent-Length: 2\r\n\r\n{}" })
	void aMalformedAnswerEchoingAKeyLeavesItInNoCauseAndNoLog(String response) throws Exception {
		try (RawSocketServer server = RawSocketServer.answeringRaw(response)) {
			Api.Clients clients = Api.Clients.of(build(clientBuilder().baseUrl(server.baseUrl())));
			for (Api api : Api.values()) {
				Throwable failure = api.failure(clients, KeyCall.keyInfo(TestKeys.KEY_HASH));

				assertThat(failure).as(api.name()).isInstanceOf(LiteLlmTransportException.class);
				assertThat(stackTraceOf(failure)).as(api.name()).doesNotContain(KEY);
			}
		}
	}

	private static String stackTraceOf(Throwable failure) {
		StringWriter text = new StringWriter();
		failure.printStackTrace(new PrintWriter(text));
		return text.toString();
	}

}
