package dev.litellm.spring.keys;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

/**
 * Responses built in code, as an application's tests build them, equal the ones the client decodes, and stay
 * immutable whatever happens to their builders.
 */
class ResponseBuilderTests {

	private static final String RAW_KEY = "sk-" + "Zm9vYmFyYmF6cXV4cXV1eA";

	private final JsonMapper json = KeyJson.newMapper();

	@Test
	void builtResponseEqualsTheDecodedOne() {
		KeyInfo decoded = this.json.readValue(
				"{\"token\":\"5d2f\",\"max_budget\":10.0,\"org_id\":\"org-1\",\"created_at\":\"2026-03-10T09:15:42.318Z\","
						+ "\"app_id\":\"llm_api\"}",
				KeyInfo.class);

		KeyInfo built = KeyInfo.builder()
			.token("5d2f")
			.maxBudget(10.0)
			.organizationId("org-1")
			.createdAt(decoded.createdAt())
			.additionalProperty("app_id", "llm_api")
			.build();

		assertThat(built).isEqualTo(decoded).hasSameHashCodeAs(decoded);
		assertThat(built.toBuilder().maxBudget(11.0).build()).isNotEqualTo(decoded);
		assertThat(built.toBuilder().additionalProperty("app_id", "management").build()).isNotEqualTo(decoded);
	}

	@Test
	void changingABuilderLeavesWhatItBuiltAlone() {
		KeyInfo.Builder builder = KeyInfo.builder().keyAlias("ci").additionalProperty("token_type", "active");
		KeyInfo first = builder.build();

		builder.keyAlias("cd").additionalProperty("token_type", "rotating");
		KeyInfo changed = first.toBuilder().keyAlias("other").additionalProperty("app_id", "llm_api").build();

		assertThat(first.keyAlias()).isEqualTo("ci");
		assertThat(first.additionalProperties()).containsExactly(entry("token_type", "active"));
		assertThat(builder.build().keyAlias()).isEqualTo("cd");
		assertThat(changed.additionalProperties()).containsOnlyKeys("token_type", "app_id");
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> first.additionalProperties().put("x", 1));
	}

	@Test
	void builtResponsesWriteFlatJsonAndMaskTheirSecrets() {
		GenerateKeyResponse response = GenerateKeyResponse.builder()
			.key(RAW_KEY)
			.tokenId("5d2f")
			.additionalProperty("app_id", "llm_api")
			.build();

		String written = this.json.writeValueAsString(response);

		assertThat(this.json.readValue(written, GenerateKeyResponse.class)).isEqualTo(response);
		assertThat(written).contains("\"token_id\":\"5d2f\"").contains("\"app_id\":\"llm_api\"")
			.doesNotContain("additional");
		assertThat(response.toString()).contains("5d2f").doesNotContain(RAW_KEY);
	}

	@Test
	void listsAreNeverNullAndCannotBeChanged() {
		DeleteKeysResponse nothing = DeleteKeysResponse.builder().build();
		KeyListResponse page = KeyListResponse.builder()
			.keys(new ArrayList<>(List.of(KeyInfo.ofToken("5d2f"))))
			.currentPage(1)
			.totalPages(2)
			.build();

		assertThat(nothing.deletedKeys()).isEmpty();
		assertThat(this.json.readValue("{\"deleted_keys\":null}", DeleteKeysResponse.class).deletedKeys()).isEmpty();
		assertThat(page.hasNextPage()).isTrue();
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> page.keys().add(KeyInfo.ofToken("x")));
	}

}
