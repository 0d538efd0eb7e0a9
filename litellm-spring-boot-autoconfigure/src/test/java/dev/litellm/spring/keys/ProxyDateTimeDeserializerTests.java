package dev.litellm.spring.keys;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.PropertyName;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.SettableBeanProperty;
import tools.jackson.databind.deser.bean.BeanDeserializerBase;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The client's mapper reads datetimes as Jackson's own deserializer does, value for value and error for error,
 * and reads the proxy's two layouts without it.
 */
class ProxyDateTimeDeserializerTests {

	private static final JsonMapper JACKSON = JsonMapper.builder().build();

	private static final JsonMapper CLIENT = KeyJson.newMapper();

	@ParameterizedTest
	@ValueSource(strings = { "2026-03-10T09:15:42.318Z", "2026-03-10T09:15:42.64Z", "2026-03-10T09:15:42.301857Z",
			"2026-03-10T09:15:42Z", "2026-03-10T09:15:42.1Z", "2026-03-10T09:15:42.123456789Z",
			"2026-03-10T09:15:42.318000+00:00", "2026-04-01T00:00:00+00:00", "2026-03-10T09:15:42.000001+00:00",
			"2024-02-29T23:59:59.999999+00:00", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z" })
	void readsTheProxysLayoutsByThemselvesAsJacksonWould(String text) {
		OffsetDateTime parsed = ProxyDateTimeDeserializer.parseUtc(text);

		assertThat(parsed).isNotNull().isEqualTo(jackson(text));
		assertThat(parsed.getOffset()).isEqualTo(ZoneOffset.UTC);
		assertThat(client(text)).isEqualTo(parsed);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-03-10T09:15:42.318+02:00", "2026-03-10T09:15:42-05:30", "2026-03-10T09:15Z",
			"2026-03-10t09:15:42Z", "2026-03-10T09:15:42z", "+12026-03-10T09:15:42Z", "2026-03-10T09:15:42.Z",
			"2026-03-10T09:15:42.1234567891Z", "2026-03-10T09:15:42,5Z", "2026-03-10T09:15:42+0000", "" })
	void leavesOtherLayoutsToJackson(String text) {
		assertThat(ProxyDateTimeDeserializer.parseUtc(text)).isNull();
		assertSameOutcome(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-02-30T09:15:42Z", "2026-13-10T09:15:42Z", "2026-03-10T24:00:00Z",
			"2026-03-10T23:60:00Z", "2026-03-10T23:59:60Z", "2026-0a-10T09:15:42Z", "2026-03-10T09:15:42.31a8Z",
			"2026-03-10X09:15:42Z", "2026/03/10T09:15:42Z", "not a datetime", "2026-03-10", "2026-03-10T09:15:42" })
	void failsWhereJacksonFailsWithJacksonsError(String text) {
		assertThat(catchThrowable(() -> jackson(text))).isInstanceOf(JacksonException.class);
		assertThat(ProxyDateTimeDeserializer.parseUtc(text)).isNull();
		assertSameOutcome(text);
	}

	@ParameterizedTest
	@ValueSource(classes = { KeyInfo.Builder.class, GenerateKeyResponse.Builder.class })
	void isWhatTheResponsesDatetimesAreReadWith(Class<?> type) {
		ValueDeserializer<Object> records = CLIENT._deserializationContext()
			.findRootValueDeserializer(CLIENT.constructType(type));

		SettableBeanProperty createdAt = ((BeanDeserializerBase) records)
			.findProperty(PropertyName.construct("created_at"));

		assertThat(createdAt.getValueDeserializer()).isInstanceOf(ProxyDateTimeDeserializer.class);
	}

	@ParameterizedTest
	@CsvSource({ "dev.litellm.spring.keys.KeyInfo$Builder, settings_updated_at",
			"dev.litellm.spring.keys.GenerateKeyResponse$Builder, settings_updated_at",
			"dev.litellm.spring.keys.BudgetLimitEntry$Builder, reset_at" })
	void isWhatTheDatetimesOfNewerProxiesAreReadWith(Class<?> type, String property) {
		ValueDeserializer<Object> records = CLIENT._deserializationContext()
			.findRootValueDeserializer(CLIENT.constructType(type));

		SettableBeanProperty dateTime = ((BeanDeserializerBase) records).findProperty(PropertyName.construct(property));

		assertThat(dateTime.getValueDeserializer()).isInstanceOf(ProxyDateTimeDeserializer.class);
	}

	@Test
	void leavesNullsAndNumbersToJackson() {
		record Holder(OffsetDateTime at) {
		}
		assertThat(CLIENT.readValue("{\"at\":null}", Holder.class))
			.isEqualTo(JACKSON.readValue("{\"at\":null}", Holder.class));
		assertThat(CLIENT.readValue("{\"at\":1773134142.318}", Holder.class))
			.isEqualTo(JACKSON.readValue("{\"at\":1773134142.318}", Holder.class));
	}

	@RepeatedTest(20)
	void agreesWithJacksonOnRandomInstantsInBothLayouts() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		OffsetDateTime instant = OffsetDateTime.of(random.nextInt(1, 10_000), random.nextInt(1, 13),
				random.nextInt(1, 29), random.nextInt(24), random.nextInt(60), random.nextInt(60), 0, ZoneOffset.UTC);
		int digits = random.nextInt(0, 10);
		String fraction = (digits == 0) ? ""
				: "." + String.format("%09d", random.nextInt(1_000_000_000)).substring(0, digits);
		String local = String.format("%04d-%02d-%02dT%02d:%02d:%02d", instant.getYear(), instant.getMonthValue(),
				instant.getDayOfMonth(), instant.getHour(), instant.getMinute(), instant.getSecond()) + fraction;

		for (String text : new String[] { local + "Z", local + "+00:00" }) {
			assertThat(ProxyDateTimeDeserializer.parseUtc(text)).as(text).isNotNull().isEqualTo(jackson(text));
		}
	}

	private static void assertSameOutcome(String text) {
		Throwable expected = catchThrowable(() -> jackson(text));
		if (expected == null) {
			assertThat(client(text)).isEqualTo(jackson(text));
		}
		else {
			assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> client(text))
				.isExactlyInstanceOf(expected.getClass())
				.withMessage(expected.getMessage());
		}
	}

	private static OffsetDateTime jackson(String text) {
		return JACKSON.readValue(quoted(text), OffsetDateTime.class);
	}

	private static OffsetDateTime client(String text) {
		return CLIENT.readValue(quoted(text), OffsetDateTime.class);
	}

	private static String quoted(String text) {
		return "\"" + text + "\"";
	}

}
