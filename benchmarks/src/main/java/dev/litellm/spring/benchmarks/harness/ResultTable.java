package dev.litellm.spring.benchmarks.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

/**
 * A tab-separated results file with a header row, appended to row by row so a partial run leaves its rows.
 */
final class ResultTable {

	private final Path file;

	ResultTable(Path file, List<String> header) {
		this.file = file;
		try {
			Path parent = file.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			Files.writeString(file, String.join("\t", header) + "\n", StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void row(Object... cells) {
		StringBuilder line = new StringBuilder();
		for (Object cell : cells) {
			if (line.length() > 0) {
				line.append('\t');
			}
			line.append(String.valueOf(cell).replace('\t', ' ').replace('\n', ' '));
		}
		line.append('\n');
		try {
			Files.writeString(this.file, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String format(String pattern, Object... values) {
		return String.format(Locale.ROOT, pattern, values);
	}

}
