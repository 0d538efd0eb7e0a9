package dev.litellm.spring.test.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VirtualKeysTests {

	@Test
	void keysAreAbbreviatedMaskedAndHashed() {
		assertThat(VirtualKeys.abbreviate("sk-abcdefgh1234")).isEqualTo("sk-...1234");
		assertThat(VirtualKeys.mask("abcdefgh1234")).isEqualTo("abcd****1234");
		assertThat(VirtualKeys.mask("short")).isEqualTo("****");
		assertThat(VirtualKeys.sha256("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(VirtualKeys.hashIfNeeded("sk-x")).isEqualTo(VirtualKeys.sha256("sk-x"));
		assertThat(VirtualKeys.hashIfNeeded("abc123")).isEqualTo("abc123");
	}

}
