package dev.litellm.spring.keys;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Response records write back the JSON they were read from, unknown fields included, so that an application
 * can store or forward what the proxy said.
 */
class ResponseSerializationTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void unknownFieldsAreWrittenBackAtTheTopLevel() {
		String body = "{\"token\":\"5d2f\",\"key_alias\":\"ci\",\"budget_fallbacks\":null,\"key_type\":\"llm_api\"}";
		KeyInfo info = this.json.readValue(body, KeyInfo.class);

		JsonNode written = this.json.readTree(this.json.writeValueAsString(info));

		assertThat(written.get("key_alias").asString()).isEqualTo("ci");
		assertThat(written.get("key_type").asString()).isEqualTo("llm_api");
		assertThat(written.has("budget_fallbacks")).isTrue();
		assertThat(written.has("additional_properties")).isFalse();
		assertThat(written.has("additionalProperties")).isFalse();
	}

	@Test
	void listPagesRoundTrip() {
		String body = "{\"keys\":[\"5d2f\"],\"total_count\":1,\"current_page\":1,\"total_pages\":1,\"next\":\"x\"}";
		KeyListResponse page = this.json.readValue(body, KeyListResponse.class);

		KeyListResponse again = this.json.readValue(this.json.writeValueAsString(page), KeyListResponse.class);

		assertThat(again.keys()).extracting(KeyInfo::token).containsExactly("5d2f");
		assertThat(again.totalCount()).isEqualTo(1);
		assertThat(again.additionalProperties()).containsEntry("next", "x");
	}

}
