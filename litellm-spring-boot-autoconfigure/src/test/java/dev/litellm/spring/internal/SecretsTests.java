package dev.litellm.spring.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Secrets#mask(String)}: a key of any characters the proxy accepts is masked, a masked one is
 * left as it is.
 */
class SecretsTests {

	@ParameterizedTest
	@ValueSource(strings = { "sk-.E4Ds3xNCHNzF9lylIiAO", "sk-a.b/c+d=e~f!g#h$i%j", "sk-Wq7\u00e9Lm9Pz2Rt7Vb5",
			"sk-:::::::::::::::::", "sk-Xq3Lm9Pz2Rt7Vb5Nc8Wd1A" })
	void keysOfAnyCharactersAreMasked(String key) {
		String hidden = key.substring(3, key.length() - 4);
		assertThat(Secrets.mask("Key " + key + " is invalid")).doesNotContain(hidden).startsWith("Key sk-...");
		assertThat(Secrets.mask("{'error': '" + key + "'}")).doesNotContain(hidden).endsWith("'}");
	}

	@Test
	void maskedKeysAndTheirPunctuationAreKept() {
		assertThat(Secrets.mask("keys: sk-Xq3Lm9Pz2Rt7Vb5Nc8Wd1A, sk-.E4Ds3xNCHNzF9lylIiAO."))
			.isEqualTo("keys: sk-...Wd1A, sk-...IiAO.");
		assertThat(Secrets.mask("KeyInfo[keyName=sk-...Wd1A, key=sk-..., other=sk-...]"))
			.isEqualTo("KeyInfo[keyName=sk-...Wd1A, key=sk-..., other=sk-...]");
	}

}
