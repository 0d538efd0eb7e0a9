package dev.litellm.spring.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.http.HttpMethod;
import org.springframework.web.util.DefaultUriBuilderFactory;
import org.springframework.web.util.DefaultUriBuilderFactory.EncodingMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ApiCall#uri}: query values go on the wire encoded in full and never read as URI templates,
 * whether they need encoding or not, and next to path variables, in every encoding mode a customized
 * {@code WebClient} may use.
 */
class ApiCallTests {

	private static final String BASE_URL = "http://proxy.example:4000/litellm";

	private static final ApiOperation READ = new ApiOperation() {

		@Override
		public String observationName() {
			return "key.info";
		}

		@Override
		public boolean isWrite() {
			return false;
		}

		@Override
		public boolean isIdempotent() {
			return true;
		}

	};

	@ParameterizedTest
	@EnumSource(value = EncodingMode.class, names = { "TEMPLATE_AND_VALUES", "URI_COMPONENT", "VALUES_ONLY" })
	void aQueryValueOfUnreservedCharactersIsSentAsItIs(EncodingMode mode) {
		String hash = "7faaf76e433e36344a3f999174f2b7cc004fb8e3231d8ff45af0642a651df0f3";
		assertThat(uri(mode, Map.of("key", List.of(hash)))).isEqualTo(BASE_URL + "/key/info?key=" + hash);
		assertThat(uri(mode, Map.of("key_alias", List.of("Payments-prod_2.v~1"))))
			.isEqualTo(BASE_URL + "/key/info?key_alias=Payments-prod_2.v~1");
		assertThat(uri(mode, Map.of("key", List.of("")))).isEqualTo(BASE_URL + "/key/info?key=");
	}

	@ParameterizedTest
	@EnumSource(value = EncodingMode.class, names = { "TEMPLATE_AND_VALUES", "VALUES_ONLY" })
	void aQueryValueWithReservedCharactersIsEncodedInFullAndNotReadAsATemplate(EncodingMode mode) {
		assertThat(uri(mode, Map.of("key_alias", List.of("a b+c&d=e")))).isEqualTo(
				BASE_URL + "/key/info?key_alias=a%20b%2Bc%26d%3De");
		assertThat(uri(mode, Map.of("key_alias", List.of("{key}%41/é?#"))))
			.isEqualTo(BASE_URL + "/key/info?key_alias=%7Bkey%7D%2541%2F%C3%A9%3F%23");
	}

	@ParameterizedTest
	@EnumSource(value = EncodingMode.class, names = { "TEMPLATE_AND_VALUES", "URI_COMPONENT", "VALUES_ONLY" })
	void valuesThatNeedEncodingAndValuesThatDoNotMixInOneQueryWithPathVariables(EncodingMode mode) {
		Map<String, List<String>> query = new LinkedHashMap<>();
		query.put("page", List.of("2"));
		query.put("key_alias", List.of("team a", "team-b"));
		query.put("size", List.of("100"));
		ApiCall<String> call = new ApiCall<>(READ, HttpMethod.GET, "/team/{team}/keys", query, null,
				String.class)
			.withPathVariable("team", "t 1");
		DefaultUriBuilderFactory factory = new DefaultUriBuilderFactory(BASE_URL);
		factory.setEncodingMode(mode);
		assertThat(call.uri(factory.builder())).hasToString(
				BASE_URL + "/team/t%201/keys?page=2&key_alias=team%20a&key_alias=team-b&size=100");
	}

	private static String uri(EncodingMode mode, Map<String, List<String>> query) {
		DefaultUriBuilderFactory factory = new DefaultUriBuilderFactory(BASE_URL);
		factory.setEncodingMode(mode);
		ApiCall<String> call = new ApiCall<>(READ, HttpMethod.GET, "/key/info", query, null,
				String.class);
		return call.uri(factory.builder()).toString();
	}

}
