package dev.litellm.spring.test.internal;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PythonReprTests {

	@Test
	void reprUsesSingleQuotesUnlessTheTextHasOne() {
		assertThat(PythonRepr.repr("No keys found")).isEqualTo("'No keys found'");
		assertThat(PythonRepr.repr("must start with 'sk-'")).isEqualTo("\"must start with 'sk-'\"");
		assertThat(PythonRepr.repr("both ' and \"")).isEqualTo("'both \\' and \"'");
		assertThat(PythonRepr.repr("line\nbreak\ttab\\")).isEqualTo("'line\\nbreak\\ttab\\\\'");
	}

	@Test
	void errorDictIsTheReprOfADict() {
		assertThat(PythonRepr.errorDict("No keys found")).isEqualTo("{'error': 'No keys found'}");
	}

	@Test
	void listRepr() {
		assertThat(PythonRepr.listRepr(List.of("a", "b"))).isEqualTo("['a', 'b']");
		assertThat(PythonRepr.listRepr(List.of())).isEqualTo("[]");
	}

	@Test
	void floatsPrintLikePython() {
		assertThat(PythonRepr.floatStr(-10)).isEqualTo("-10.0");
		assertThat(PythonRepr.floatStr(0)).isEqualTo("0.0");
		assertThat(PythonRepr.floatStr(2.5)).isEqualTo("2.5");
		assertThat(PythonRepr.floatStr(0.001)).isEqualTo("0.001");
		assertThat(PythonRepr.floatStr(0.0001)).isEqualTo("0.0001");
		assertThat(PythonRepr.floatStr(0.00001)).isEqualTo("1e-05");
		assertThat(PythonRepr.floatStr(1234567.25)).isEqualTo("1234567.25");
		assertThat(PythonRepr.floatStr(1e16)).isEqualTo("1e+16");
		assertThat(PythonRepr.floatStr(1.5e300)).isEqualTo("1.5e+300");
		assertThat(PythonRepr.floatStr(123456789012345.0)).isEqualTo("123456789012345.0");
	}

	@Test
	void pydanticTrimsTrailingZerosOfTheFraction() {
		assertThat(PythonRepr.pydantic(Instant.parse("2026-03-10T09:15:42.318Z"))).isEqualTo("2026-03-10T09:15:42.318Z");
		assertThat(PythonRepr.pydantic(Instant.parse("2026-03-10T09:15:42.640Z"))).isEqualTo("2026-03-10T09:15:42.64Z");
		assertThat(PythonRepr.pydantic(Instant.parse("2026-03-10T09:15:42.301857Z")))
			.isEqualTo("2026-03-10T09:15:42.301857Z");
		assertThat(PythonRepr.pydantic(Instant.parse("2026-04-01T00:00:00Z"))).isEqualTo("2026-04-01T00:00:00Z");
	}

	@Test
	void isoformatHasSixDigitsOrNone() {
		assertThat(PythonRepr.isoformat(Instant.parse("2026-03-10T09:15:42.318Z")))
			.isEqualTo("2026-03-10T09:15:42.318000+00:00");
		assertThat(PythonRepr.isoformat(Instant.parse("2026-04-01T00:00:00Z"))).isEqualTo("2026-04-01T00:00:00+00:00");
		assertThat(PythonRepr.str(Instant.parse("2026-04-01T00:00:00.5Z"))).isEqualTo("2026-04-01 00:00:00.500000+00:00");
	}

}
