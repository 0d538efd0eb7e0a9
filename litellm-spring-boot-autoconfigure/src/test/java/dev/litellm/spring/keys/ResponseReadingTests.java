package dev.litellm.spring.keys;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The responses read by field name ({@link ResponseDeserializer}: the key records and {@code /key/info}'s answer)
 * read every field their builders have, on the client's mapper and on an application's own, with Jackson's
 * coercions and errors.
 */
class ResponseReadingTests {

	private static final JsonMapper CLIENT = KeyJson.newMapper();

	private static final JsonMapper PLAIN = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
	};

	static Stream<Arguments> responses() {
		return Stream.of(Arguments.of("KeyInfo", KeyInfo.class, (Supplier<?>) () -> filled(KeyInfo.builder()).build()),
				Arguments.of("GenerateKeyResponse", GenerateKeyResponse.class,
						(Supplier<?>) () -> filled(GenerateKeyResponse.builder()).build()),
				Arguments.of("KeyInfoResponse", KeyInfoResponse.class, (Supplier<?>) () -> KeyInfoResponse.builder()
					.key("5d2f")
					.info(filled(KeyInfo.builder()).build())
					.build()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("responses")
	void everyFieldWrittenIsReadBackIntoItsAccessorOnAnyMapper(String name, Class<?> type, Supplier<?> built) {
		Object response = built.get();
		for (JsonMapper mapper : List.of(CLIENT, PLAIN)) {
			Object read = mapper.readValue(mapper.writeValueAsString(response), type);

			assertThat(read).isEqualTo(response);
			assertThat(((ProxyResponse<?>) read).additionalProperties()).isEmpty();
		}
	}

	@Test
	void everyBuilderFieldWasFilledSoThatAMissingNameWouldShow() {
		KeyInfo.Builder builder = filled(KeyInfo.builder());

		assertThat(fields(builder.getClass())).hasSizeGreaterThan(100).allSatisfy((field) -> {
			field.setAccessible(true);
			assertThat(field.get(builder)).as(field.getName()).isNotNull();
		});
	}

	@Test
	void everyPropertyNameIsReadIntoAFieldOfSomeResponse() {
		List<Class<? extends ProxyResponse<?>>> responses = List.of(KeyInfo.class, GenerateKeyResponse.class,
				KeyInfoResponse.class);

		assertThat(PropertyName.values()).allSatisfy((name) -> {
			String json = "{\"" + name.name().toLowerCase(Locale.ROOT) + "\":null}";
			assertThat(responses).as(json)
				.anySatisfy((type) -> assertThat(CLIENT.readValue(json, type).additionalProperties()).isEmpty());
		});
	}

	@Test
	void objectsWhoseNamesComeInAnotherOrderOrAreUnknownWhereKnownOnesWereReadAsTheirText() {
		KeyInfo filled = filled(KeyInfo.builder()).build();
		Map<String, Object> fields = CLIENT.convertValue(filled, MAP);
		List<String> names = new ArrayList<>(fields.keySet());
		Map<String, Object> reversed = new LinkedHashMap<>();
		for (int i = names.size() - 1; i >= 0; i--) {
			reversed.put(names.get(i), fields.get(names.get(i)));
		}
		Map<String, Object> renamed = new LinkedHashMap<>();
		fields.forEach((name, value) -> renamed.put(name.startsWith("team_") ? "x_" + name : name, value));
		JsonMapper mapper = KeyJson.newMapper();

		for (int round = 0; round < 3; round++) {
			assertThat(mapper.readValue(CLIENT.writeValueAsString(fields), KeyInfo.class)).isEqualTo(filled);
			assertThat(mapper.readValue(CLIENT.writeValueAsString(reversed), KeyInfo.class)).isEqualTo(filled);
			KeyInfo unknownTeam = mapper.readValue(CLIENT.writeValueAsString(renamed), KeyInfo.class);
			assertThat(unknownTeam.teamAlias()).isNull();
			assertThat(unknownTeam.keyName()).isEqualTo(filled.keyName());
			assertThat(unknownTeam.additionalProperties()).containsEntry("x_team_alias", "teamAlias")
				.hasSize((int) names.stream().filter((name) -> name.startsWith("team_")).count());
		}
	}

	@Test
	void threadsReadingObjectsInOtherOrdersAtOnceEachReadTheirOwn() throws Exception {
		KeyInfo filled = filled(KeyInfo.builder()).build();
		Map<String, Object> fields = CLIENT.convertValue(filled, MAP);
		List<String> names = new ArrayList<>(fields.keySet());
		JsonMapper mapper = KeyJson.newMapper();
		List<Callable<Integer>> readers = new ArrayList<>();
		for (int thread = 0; thread < 4; thread++) {
			List<String> order = new ArrayList<>(names);
			Collections.shuffle(order, new Random(thread));
			Map<String, Object> shuffled = new LinkedHashMap<>();
			order.forEach((name) -> shuffled.put(name, fields.get(name)));
			String json = CLIENT.writeValueAsString(shuffled);
			readers.add(() -> {
				int wrong = 0;
				for (int read = 0; read < 2_000; read++) {
					wrong += filled.equals(mapper.readValue(json, KeyInfo.class)) ? 0 : 1;
				}
				return wrong;
			});
		}
		ExecutorService threads = Executors.newFixedThreadPool(readers.size());
		try {
			for (Future<Integer> wrong : threads.invokeAll(readers)) {
				assertThat(wrong.get()).isZero();
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void emptyObjectsAreReadAsUnmodifiableEmptyMaps() {
		KeyInfo info = CLIENT.readValue("{\"aliases\":{},\"metadata\":{\"a\":{}}}", KeyInfo.class);

		assertThat(info.aliases()).isEmpty();
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> info.aliases().put("a", "b"));
		assertThat(info.metadata()).containsEntry("a", Map.of());
	}

	@Test
	void organizationIdIsAlsoReadFromOrgIdAndANullUnderEitherNameKeepsTheOther() throws Exception {
		assertThat(CLIENT.readValue("{\"org_id\":\"org-1\"}", KeyInfo.class).organizationId()).isEqualTo("org-1");
		assertThat(CLIENT.readValue("{\"organization_id\":\"org-1\",\"org_id\":null}", KeyInfo.class).organizationId())
			.isEqualTo("org-1");
		assertThat(CLIENT.readValue("{\"org_id\":\"org-1\",\"organization_id\":null}", KeyInfo.class).organizationId())
			.isEqualTo("org-1");
	}

	@Test
	void scalarsWrittenAsTextAreCoercedAsJacksonDoes() {
		KeyInfo info = CLIENT.readValue("{\"spend\":\"1.5\",\"tpm_limit\":\"10\",\"max_parallel_requests\":\"3\","
				+ "\"blocked\":\"true\",\"key_alias\":7,\"models\":[\"gpt-4o\",null,5]}", KeyInfo.class);

		assertThat(info.spend()).isEqualTo(1.5);
		assertThat(info.tpmLimit()).isEqualTo(10L);
		assertThat(info.maxParallelRequests()).isEqualTo(3);
		assertThat(info.blocked()).isTrue();
		assertThat(info.keyAlias()).isEqualTo("7");
		assertThat(info.models()).containsExactly("gpt-4o", null, "5");
	}

	@Test
	void nullsClearFieldsAndUnknownFieldsKeepTheirJsonValues() {
		KeyInfo info = CLIENT.readValue("{\"metadata\":null,\"expires\":null,\"spend\":null,\"next_field\":{\"a\":[1,"
				+ "2.5,\"x\",null]},\"other\":null}", KeyInfo.class);

		assertThat(info.metadata()).isNull();
		assertThat(info.expires()).isNull();
		assertThat(info.spend()).isNull();
		assertThat(info.additionalProperties()).containsEntry("next_field", Map.of("a", listOf(1, 2.5, "x", null)))
			.containsEntry("other", null);
	}

	@Test
	void aValueOfTheWrongShapeFailsNamingTheFieldItWasFor() {
		assertThatExceptionOfType(DatabindException.class)
			.isThrownBy(() -> CLIENT.readValue("{\"key\":\"5d2f\",\"info\":{\"spend\":[1]}}", KeyInfoResponse.class))
			.withMessageContaining("\"info\"")
			.withMessageContaining("\"spend\"");
		assertThatExceptionOfType(DatabindException.class)
			.isThrownBy(() -> CLIENT.readValue("{\"expires\":\"next tuesday\"}", GenerateKeyResponse.class))
			.withMessageContaining("\"expires\"");
		assertThatExceptionOfType(DatabindException.class)
			.isThrownBy(() -> CLIENT.readValue("[\"5d2f\"]", KeyInfo.class))
			.withMessageContaining("KeyInfo");
	}

	@Test
	void aRecordConvertedFromAMapReadsAsFromText() {
		KeyInfo fromText = CLIENT.readValue("{\"token\":\"5d2f\",\"max_budget\":10,\"budget_limits\":"
				+ "\"[{\\\"budget_duration\\\":\\\"1d\\\",\\\"max_budget\\\":2.0}]\"}", KeyInfo.class);

		KeyInfo converted = CLIENT.convertValue(Map.of("token", "5d2f", "max_budget", 10, "budget_limits",
				List.of(Map.of("budget_duration", "1d", "max_budget", 2.0))), KeyInfo.class);

		assertThat(converted).isEqualTo(fromText);
		assertThat(converted.budgetLimits()).singleElement()
			.satisfies((limit) -> assertThat(limit.budgetDuration()).isEqualTo("1d"));
	}

	private static List<@Nullable Object> listOf(@Nullable Object... values) {
		List<@Nullable Object> list = new ArrayList<>();
		for (Object value : values) {
			list.add(value);
		}
		return list;
	}

	/** Sets every field of the builder to a value of its type that names the field. */
	private static <B extends ProxyResponseBuilder<B>> B filled(B builder) {
		int index = 0;
		for (Field field : fields(builder.getClass())) {
			field.setAccessible(true);
			try {
				field.set(builder, valueFor(field.getName(), field.getGenericType(), ++index));
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return builder;
	}

	private static List<Field> fields(Class<?> type) {
		List<Field> fields = new ArrayList<>();
		for (Class<?> current = type; current != ProxyResponseBuilder.class; current = current.getSuperclass()) {
			for (Field field : current.getDeclaredFields()) {
				if (!Modifier.isStatic(field.getModifiers())) {
					fields.add(field);
				}
			}
		}
		return fields;
	}

	private static Object valueFor(String name, Type type, int index) {
		if (type instanceof ParameterizedType generic) {
			Type[] arguments = generic.getActualTypeArguments();
			if (generic.getRawType() == List.class) {
				return List.of(valueFor(name, arguments[0], index));
			}
			return Map.of("k-" + name, valueFor(name, arguments[1], index));
		}
		if (type == String.class || type == Object.class) {
			return name;
		}
		if (type == Double.class) {
			return index + 0.5;
		}
		if (type == Long.class) {
			return (long) index;
		}
		if (type == Integer.class) {
			return index;
		}
		if (type == Boolean.class) {
			return Boolean.TRUE;
		}
		if (type == OffsetDateTime.class) {
			return OffsetDateTime.of(2026, 3, 10, 9, 15, index % 60, index * 1000, ZoneOffset.UTC);
		}
		if (type == BudgetLimitEntry.class) {
			return BudgetLimitEntry.builder().budgetDuration("1d").maxBudget((double) index).build();
		}
		throw new IllegalArgumentException("No test value for " + name + " of type " + type);
	}

}
