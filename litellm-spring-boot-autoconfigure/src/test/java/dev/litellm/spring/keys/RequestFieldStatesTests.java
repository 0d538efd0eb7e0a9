package dev.litellm.spring.keys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.litellm.spring.keys.TestKeys.KEY;
import static dev.litellm.spring.keys.TestKeys.NEW_KEY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On update and regenerate a field has three states: never set (not sent, the proxy keeps it), set to
 * {@code null} (sent as JSON {@code null}, the proxy clears it) and set to a value. Generate sends only what
 * was set to a value.
 */
class RequestFieldStatesTests extends ProxyTestSupport {

	@Test
	void updateSendsOnlyTheKeyAndTheFieldsThatWereSet() {
		stubPost("/key/update", fixture("update.json"));

		this.clients.blocking().updateKey(UpdateKeyRequest.builder(KEY).maxBudget(20.0).build());

		JsonNode body = bodyOf(onlyRequest());
		assertThat(body.propertyNames()).containsExactlyInAnyOrder("key", "max_budget");
		assertThat(body.get("max_budget").asDouble()).isEqualTo(20.0);
	}

	@Test
	void updateSendsFieldsSetToNullAsJsonNull() {
		stubPost("/key/update", fixture("update.json"));

		this.clients.blocking()
			.updateKey(UpdateKeyRequest.builder(KEY)
				.maxBudget(null)
				.duration((String) null)
				.metadata(null)
				.teamId(null)
				.models(null)
				.budgetDuration((String) null)
				.build());

		proxy.verify(1, postRequestedFor(urlEqualTo("/key/update")).withRequestBody(equalToJson("""
				{"key": "%s", "max_budget": null, "duration": null, "metadata": null, "team_id": null,
				 "models": null, "budget_duration": null}
				""".formatted(KEY), true, false)));
		JsonNode body = bodyOf(onlyRequest());
		assertThat(body.propertyNames()).containsExactlyInAnyOrder("key", "max_budget", "duration", "metadata",
				"team_id", "models", "budget_duration");
		assertThat(body.get("max_budget").isNull()).isTrue();
		assertThat(body.get("metadata").isNull()).isTrue();
	}

	@Test
	void updateKeepsTheLastStateOfAField() {
		UpdateKeyRequest cleared = UpdateKeyRequest.builder(KEY).maxBudget(20.0).maxBudget(null).build();
		UpdateKeyRequest set = UpdateKeyRequest.builder(KEY).maxBudget(null).maxBudget(20.0).build();

		Map<String, Object> expectedCleared = new HashMap<>();
		expectedCleared.put("key", KEY);
		expectedCleared.put("max_budget", null);
		assertThat(cleared.fields()).containsExactlyInAnyOrderEntriesOf(expectedCleared);
		assertThat(set.fields()).containsExactlyInAnyOrderEntriesOf(Map.of("key", KEY, "max_budget", 20.0));
	}

	@Test
	void regenerateSendsNeverSetNullAndValueDifferently() {
		stubPost("/key/regenerate", fixture("regenerate.json"));

		this.clients.blocking()
			.regenerateKey(KEY, RegenerateKeyRequest.builder()
				.newKey(NEW_KEY)
				.gracePeriod("24h")
				.maxBudget(null)
				.metadata(null)
				.build());

		proxy.verify(1, postRequestedFor(urlEqualTo("/key/regenerate")).withRequestBody(equalToJson("""
				{"key": "%s", "new_key": "%s", "grace_period": "24h", "max_budget": null, "metadata": null}
				""".formatted(KEY, NEW_KEY), true, false)));
		assertThat(bodyOf(onlyRequest()).propertyNames()).containsExactlyInAnyOrder("key", "new_key", "grace_period",
				"max_budget", "metadata");
	}

	@Test
	void regenerateWithAnEmptyRequestSendsOnlyTheKey() {
		stubPost("/key/regenerate", fixture("regenerate.json"));

		this.clients.blocking().regenerateKey(KEY, RegenerateKeyRequest.builder().build());

		assertThat(bodyOf(onlyRequest()).propertyNames()).containsExactly("key");
	}

	@Test
	void generateOmitsFieldsNeverSetOrSetToNull() {
		stubPost("/key/generate", fixture("generate.json"));

		this.clients.blocking()
			.generateKey(GenerateKeyRequest.builder()
				.keyAlias("team-a-ci")
				.teamId(null)
				.maxBudget(null)
				.metadata(null)
				.models(List.of("gpt-4o"))
				.models(null)
				.build());

		proxy.verify(1, postRequestedFor(urlEqualTo("/key/generate"))
			.withRequestBody(equalToJson("{\"key_alias\": \"team-a-ci\"}", true, false)));
		assertThat(bodyOf(onlyRequest()).propertyNames()).containsExactly("key_alias");
	}

	@Test
	void generateWithNothingSetSendsAnEmptyObject() {
		stubPost("/key/generate", fixture("generate.json"));

		this.clients.blocking().generateKey(GenerateKeyRequest.builder().build());

		assertThat(bodyOf(onlyRequest()).isObject()).isTrue();
		assertThat(bodyOf(onlyRequest()).propertyNames()).isEmpty();
	}

	@Test
	void fieldsWithoutABuilderMethodAreSentUnderTheirJsonName() {
		stubPost("/key/update", fixture("update.json"));

		this.clients.blocking()
			.updateKey(UpdateKeyRequest.builder(KEY).field("agent_id", "agent-7").field("budget_fallbacks", null).build());

		proxy.verify(1, postRequestedFor(urlEqualTo("/key/update")).withRequestBody(equalToJson("""
				{"key": "%s", "agent_id": "agent-7", "budget_fallbacks": null}
				""".formatted(KEY), true, false)));
	}

	@Test
	void builtRequestDoesNotChangeWithItsBuilderOrItsInputs() {
		List<String> models = new ArrayList<>(List.of("gpt-4o"));
		GenerateKeyRequest.Builder builder = GenerateKeyRequest.builder().models(models).maxBudget(10.0);
		GenerateKeyRequest request = builder.build();

		models.add("gpt-4o-mini");
		builder.maxBudget(99.0).keyAlias("later");

		assertThat(request.fields()).containsExactlyInAnyOrderEntriesOf(
				Map.of("models", List.of("gpt-4o"), "max_budget", 10.0));
	}

}
