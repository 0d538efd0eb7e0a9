package dev.litellm.spring.keys;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.util.ReflectionTestUtils;

import static dev.litellm.spring.keys.TestKeys.KEY;
import static dev.litellm.spring.keys.TestKeys.NEW_KEY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's mapper writes every request exactly as the request's own {@code @JsonValue} does under Jackson's
 * defaults: the fields in the order set, a field set to {@code null} as JSON {@code null}, nested values in full.
 */
class KeyJsonTests {

	private static final JsonMapper JACKSON = JsonMapper.builder().build();

	private static final JsonMapper CLIENT = KeyJson.newMapper();

	@Test
	void aNewMapperHasMadeTheDeserializerOfEveryAnswerTypeBeforeItReadsAnyAnswer() {
		Map<?, ?> made = (Map<?, ?>) ReflectionTestUtils.getField(KeyJson.newMapper(), "_rootDeserializers");

		assertThat(made.keySet()).<Object>extracting((type) -> ((JavaType) type).getRawClass())
			.containsExactlyInAnyOrderElementsOf(KeyJson.ANSWERS);
	}

	@Test
	void writesAGenerateRequestAsItsJsonValue() {
		GenerateKeyRequest request = GenerateKeyRequest.builder()
			.key(KEY)
			.keyAlias("payments-prod")
			.models(List.of("gpt-4o", "gpt-4o-mini"))
			.maxBudget(10.0)
			.duration("90d")
			.metadata(Map.of("owner", "platform", "tags", List.of("payments", "tier-1")))
			.field("future_field", Map.of("nested", true))
			.build();

		assertSameJson(request, "{\"key\":\"" + KEY + "\",\"key_alias\":\"payments-prod\"");
	}

	@Test
	void writesAnUpdateRequestWithItsClearedFieldsAsItsJsonValue() {
		UpdateKeyRequest request = UpdateKeyRequest.builder(KEY)
			.keyAlias(null)
			.maxBudget(null)
			.tempBudgetIncrease(5.0)
			.tempBudgetExpiry(OffsetDateTime.of(2026, 12, 1, 0, 0, 0, 0, ZoneOffset.UTC))
			.build();

		assertSameJson(request, "{\"key\":\"" + KEY + "\",\"key_alias\":null,\"max_budget\":null");
	}

	@Test
	void writesARegenerateRequestAsItsJsonValue() {
		RegenerateKeyRequest request = RegenerateKeyRequest.builder().newKey(NEW_KEY).gracePeriod("24h").build();

		assertSameJson(request, "{\"new_key\":\"" + NEW_KEY + "\",\"grace_period\":\"24h\"}");
	}

	private static void assertSameJson(Object request, String expectedStart) {
		String written = CLIENT.writeValueAsString(request);
		assertThat(written).startsWith(expectedStart).isEqualTo(JACKSON.writeValueAsString(request));
	}

}
