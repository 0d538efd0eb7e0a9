package dev.litellm.samples.keyvending.readme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the README's Java examples compiling: each of its {@code java} code blocks must appear, verbatim apart
 * from indentation, in the sources of this package, which the build compiles and {@link OnboardingTests} runs.
 */
class ReadmeTests {

	private static final Path README = Path.of("../../README.md");

	private static final Path SOURCES = Path.of("src/test/java/dev/litellm/samples/keyvending/readme");

	@Test
	void everyJavaExampleIsCompiledSource() throws IOException {
		List<String> examples = javaBlocks(Files.readString(README));
		assertThat(examples).hasSizeGreaterThanOrEqualTo(4);
		String sources;
		try (Stream<Path> files = Files.list(SOURCES)) {
			sources = normalize(String.join("\n", files.filter((file) -> file.toString().endsWith(".java")).map(ReadmeTests::read).toList()));
		}
		for (String example : examples) {
			for (String line : example.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList()) {
				assertThat(sources).as("README example line").contains(line);
			}
			assertThat(sources).as("README example").contains(normalize(example));
		}
	}

	private static List<String> javaBlocks(String markdown) {
		Matcher matcher = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
		List<String> blocks = new ArrayList<>();
		while (matcher.find()) {
			blocks.add(matcher.group(1));
		}
		return blocks;
	}

	private static String normalize(String code) {
		return String.join("\n", code.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList());
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
