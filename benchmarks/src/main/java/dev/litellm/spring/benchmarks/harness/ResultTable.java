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
 * The one tab-separated results table every harness appends to ({@code run.sh} prints it), written row by row
 * so that a partial run keeps its rows. The header is written when the file does not exist yet.
 */
final class ResultTable {

	static final List<String> HEADER = List.of("benchmark", "case", "client", "result", "min-max", "vs floor",
			"p50 us", "p99 us", "KB/op", "KB/op vs floor", "notes");

	private final Path file;

	ResultTable(Path file) {
		this.file = file;
		try {
			Path parent = file.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			if (!Files.exists(file)) {
				Files.writeString(file, String.join("\t", HEADER) + "\n", StandardCharsets.UTF_8);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ResultTable in(Arguments arguments) {
		return new ResultTable(Path.of(arguments.string("out", "target/benchmark-results")).resolve("summary.tsv"));
	}

	/**
	 * Appends a row; missing trailing cells are left empty.
	 * @param cells the cells, in {@link #HEADER} order
	 */
	void row(Object... cells) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < HEADER.size(); i++) {
			if (i > 0) {
				line.append('\t');
			}
			String cell = (i < cells.length) ? String.valueOf(cells[i]) : "";
			line.append(cell.isEmpty() ? "-" : cell.replace('\t', ' ').replace('\n', ' '));
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
