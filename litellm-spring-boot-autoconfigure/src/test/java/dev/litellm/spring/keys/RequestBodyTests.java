package dev.litellm.spring.keys;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static dev.litellm.spring.keys.TestKeys.API_KEY;
import static dev.litellm.spring.keys.TestKeys.KEY;
import static dev.litellm.spring.keys.TestKeys.KEY_HASH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the client writes on the wire and in its logs for a request body: keys of any characters masked by the
 * field that holds them, and a body that cannot be written refused before anything is sent.
 */
class RequestBodyTests extends ProxyTestSupport {

	/** A key the proxy accepts although it is not of {@code sk-} and URL-safe characters. */
	private static final String DOTTED_KEY = "sk-.E4Ds3xNCHNzF9lylIiAO";

	/** A key without {@code sk-}, which a delete names as it would a hash. */
	private static final String PLAIN_KEY = "custom-key-Hn4Rt8Vw2Xz6";

	@RegisterExtension
	static final SecretLeakGuard guard = SecretLeakGuard.watching(API_KEY, KEY, DOTTED_KEY, PLAIN_KEY);

	@ParameterizedTest
	@ValueSource(strings = { DOTTED_KEY, "sk-a.b/c+d=e~f!g#h$i%j", "sk-Wq7\u00e9Lm9Pz2Rt7Vb5", "sk-:::::::::::::::::" })
	void keysOfAnyCharactersAreMaskedInTheWireLogAndSpringsEncoderLog(String key) {
		guard.watch(key);
		stubPost("/key/generate", fixture("generate.json"));
		stubPost("/key/delete", fixture("delete.json"));

		this.clients.blocking()
			.generateKey(GenerateKeyRequest.builder().key(key).metadata(Map.of("previous", key)).build());
		this.clients.blocking().deleteKeys(DeleteKeysRequest.ofKeys(key, PLAIN_KEY, KEY_HASH));

		assertThat(guard.wireLines()).filteredOn((line) -> line.startsWith("key.delete") && line.contains("request body"))
			.singleElement()
			.satisfies((line) -> assertThat(line).contains(KEY_HASH).contains("\"****\""));
		assertThat(bodyOf(received().get(1)).get("keys").get(0).asString()).as("sent as it is").isEqualTo(key);
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void aRequestThatCannotBeWrittenIsRefusedBeforeAnythingIsSent(Api api) {
		stubAny(okJson(fixture("generate.json")));
		Map<String, Object> nullName = new HashMap<>();
		nullName.put(null, "team-a");
		Map<String, Object> cycle = new LinkedHashMap<>();
		cycle.put("self", cycle);

		for (Map<String, Object> metadata : java.util.List.of(nullName, cycle)) {
			Throwable failure = api.failure(this.clients,
					KeyCall.generateKey(GenerateKeyRequest.builder().metadata(metadata).build()));

			assertThat(failure).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("key.generate")
				.hasMessageContaining("cannot be written as JSON");
		}
		assertNothingSent();
	}

}
