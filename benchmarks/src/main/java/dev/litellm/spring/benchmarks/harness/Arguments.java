package dev.litellm.spring.benchmarks.harness;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --name=value} command-line arguments with defaults.
 */
final class Arguments {

	private final Map<String, String> values = new HashMap<>();

	Arguments(String[] args) {
		for (String arg : args) {
			if (!arg.startsWith("--") || !arg.contains("=")) {
				throw new IllegalArgumentException("expected --name=value, got " + arg);
			}
			int equals = arg.indexOf('=');
			this.values.put(arg.substring(2, equals), arg.substring(equals + 1));
		}
	}

	String string(String name, String defaultValue) {
		return this.values.getOrDefault(name, defaultValue);
	}

	int integer(String name, int defaultValue) {
		return Integer.parseInt(string(name, Integer.toString(defaultValue)));
	}

	double decimal(String name, double defaultValue) {
		return Double.parseDouble(string(name, Double.toString(defaultValue)));
	}

	List<String> list(String name, String defaultValue) {
		String value = string(name, defaultValue);
		return value.isBlank() ? List.of() : Arrays.asList(value.split(","));
	}

	List<Integer> integers(String name, String defaultValue) {
		return list(name, defaultValue).stream().map(Integer::valueOf).toList();
	}

}
