package dev.litellm.spring.test.internal;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PyTest {

	@Test
	void reprUsesSingleQuotesUnlessTheTextHasOne() {
		assertThat(Py.repr("No keys found")).isEqualTo("'No keys found'");
		assertThat(Py.repr("must start with 'sk-'")).isEqualTo("\"must start with 'sk-'\"");
		assertThat(Py.repr("both ' and \"")).isEqualTo("'both \\' and \"'");
		assertThat(Py.repr("line\nbreak\ttab\\")).isEqualTo("'line\\nbreak\\ttab\\\\'");
	}

	@Test
	void errorDictIsTheReprOfADict() {
		assertThat(Py.errorDict("No keys found")).isEqualTo("{'error': 'No keys found'}");
	}

	@Test
	void listRepr() {
		assertThat(Py.listRepr(List.of("a", "b"))).isEqualTo("['a', 'b']");
		assertThat(Py.listRepr(List.of())).isEqualTo("[]");
	}

	@Test
	void floatsPrintLikePython() {
		assertThat(Py.floatStr(-10)).isEqualTo("-10.0");
		assertThat(Py.floatStr(0)).isEqualTo("0.0");
		assertThat(Py.floatStr(2.5)).isEqualTo("2.5");
		assertThat(Py.floatStr(0.001)).isEqualTo("0.001");
		assertThat(Py.floatStr(0.0001)).isEqualTo("0.0001");
		assertThat(Py.floatStr(0.00001)).isEqualTo("1e-05");
		assertThat(Py.floatStr(1234567.25)).isEqualTo("1234567.25");
		assertThat(Py.floatStr(1e16)).isEqualTo("1e+16");
		assertThat(Py.floatStr(1.5e300)).isEqualTo("1.5e+300");
		assertThat(Py.floatStr(123456789012345.0)).isEqualTo("123456789012345.0");
	}

	@Test
	void pydanticTrimsTrailingZerosOfTheFraction() {
		assertThat(Py.pydantic(Instant.parse("2026-03-10T09:15:42.318Z"))).isEqualTo("2026-03-10T09:15:42.318Z");
		assertThat(Py.pydantic(Instant.parse("2026-03-10T09:15:42.640Z"))).isEqualTo("2026-03-10T09:15:42.64Z");
		assertThat(Py.pydantic(Instant.parse("2026-03-10T09:15:42.301857Z")))
			.isEqualTo("2026-03-10T09:15:42.301857Z");
		assertThat(Py.pydantic(Instant.parse("2026-04-01T00:00:00Z"))).isEqualTo("2026-04-01T00:00:00Z");
	}

	@Test
	void isoformatHasSixDigitsOrNone() {
		assertThat(Py.isoformat(Instant.parse("2026-03-10T09:15:42.318Z")))
			.isEqualTo("2026-03-10T09:15:42.318000+00:00");
		assertThat(Py.isoformat(Instant.parse("2026-04-01T00:00:00Z"))).isEqualTo("2026-04-01T00:00:00+00:00");
		assertThat(Py.str(Instant.parse("2026-04-01T00:00:00.5Z"))).isEqualTo("2026-04-01 00:00:00.500000+00:00");
	}

	@Test
	void keysAreAbbreviatedMaskedAndHashed() {
		assertThat(Py.abbreviate("sk-abcdefgh1234")).isEqualTo("sk-...1234");
		assertThat(Py.mask("abcdefgh1234")).isEqualTo("abcd****1234");
		assertThat(Py.mask("short")).isEqualTo("****");
		assertThat(Py.sha256("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(Py.hashIfNeeded("sk-x")).isEqualTo(Py.sha256("sk-x"));
		assertThat(Py.hashIfNeeded("abc123")).isEqualTo("abc123");
	}

}
