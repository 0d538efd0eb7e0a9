package dev.litellm.spring.internal;

import dev.litellm.spring.internal.InvalidSettingException.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link SettingChecks}.
 */
class SettingChecksTests {

	@Test
	void baseUrlIsTrimmedAndLosesItsTrailingSlash() {
		assertThat(SettingChecks.requireBaseUrl("baseUrl", " https://proxy.example.com/litellm/ "))
			.isEqualTo("https://proxy.example.com/litellm");
	}

	@Test
	void missingBaseUrlIsNotSet() {
		assertThatExceptionOfType(InvalidSettingException.class)
			.isThrownBy(() -> SettingChecks.requireBaseUrl("baseUrl", " "))
			.withMessage("baseUrl is not set")
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.MISSING));
	}

	@Test
	void baseUrlWithoutHttpSchemeIsMalformed() {
		assertThatExceptionOfType(InvalidSettingException.class)
			.isThrownBy(() -> SettingChecks.requireBaseUrl("baseUrl", "localhost:4000"))
			.withMessage("baseUrl must be an absolute http or https URL, but was 'localhost:4000'")
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.MALFORMED));
	}

	@Test
	void baseUrlWithCredentialsIsRefusedWithoutRepeatingThem() {
		assertThatExceptionOfType(InvalidSettingException.class)
			.isThrownBy(() -> SettingChecks.requireBaseUrl("baseUrl", "http://admin:sk-secret-0001@localhost:4000"))
			.withMessage("baseUrl must not carry credentials or a query string")
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.CREDENTIALS));
	}

	@Test
	void apiKeyWithWhitespaceIsMalformedAndNotRepeated() {
		assertThatExceptionOfType(InvalidSettingException.class)
			.isThrownBy(() -> SettingChecks.requireApiKey("apiKey", "sk-secret-0001\n"))
			.withMessage("apiKey must not contain whitespace or control characters")
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.MALFORMED));
	}

	@Test
	void missingApiKeyIsNotSet() {
		assertThatExceptionOfType(InvalidSettingException.class)
			.isThrownBy(() -> SettingChecks.requireApiKey("apiKey", null))
			.withMessage("apiKey is not set")
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.MISSING));
	}

	@Test
	void anUnparsableBaseUrlIsEchoedWithoutItsCredentials() {
		assertThatExceptionOfType(InvalidSettingException.class)
			.isThrownBy(() -> SettingChecks.requireBaseUrl("baseUrl", "http://admin:pa ss@proxy.example.com/x y"))
			.withMessage("baseUrl must be an absolute http or https URL, but was 'http://***@proxy.example.com/x y'")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("admin", "pa ss"));
		assertThatExceptionOfType(InvalidSettingException.class)
			.isThrownBy(() -> SettingChecks.requireBaseUrl("baseUrl", "admin:sk-secret 0001@proxy.example.com"))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("admin", "sk-secret"));
	}

}
