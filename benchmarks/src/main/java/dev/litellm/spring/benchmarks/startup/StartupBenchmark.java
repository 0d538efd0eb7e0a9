package dev.litellm.spring.benchmarks.startup;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Context startup time of {@link StartupApp} with and without the starter (median of several fresh JVMs each,
 * runs alternating, one discarded warm-up JVM per variant), and the beans the starter adds. "Without" is this
 * module's class path minus the starter's own jars, so both variants have the same libraries and differ only by
 * the starter's auto-configuration.
 */
public final class StartupBenchmark {

	private static final Logger logger = LoggerFactory.getLogger(StartupBenchmark.class);

	private static final List<String> STARTER_JARS = List.of("litellm-spring-boot-autoconfigure",
			"litellm-spring-boot-starter");

	private StartupBenchmark() {
	}

	/**
	 * Runs the startup benchmark.
	 * @param args {@code --out=DIR --runs=10}
	 * @throws Exception if a JVM cannot be run
	 */
	public static void main(String[] args) throws Exception {
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			int equals = arg.indexOf('=');
			options.put(arg.substring(2, equals), arg.substring(equals + 1));
		}
		Path out = Path.of(options.getOrDefault("out", "target/benchmark-results"));
		int runs = Integer.parseInt(options.getOrDefault("runs", "10"));
		String classPath = System.getProperty("java.class.path");
		String withoutStarter = Arrays.stream(classPath.split(File.pathSeparator))
			.filter((entry) -> STARTER_JARS.stream().noneMatch(entry::contains))
			.collect(Collectors.joining(File.pathSeparator));
		Map<String, String> variants = Map.of("without starter", withoutStarter, "with starter", classPath);
		Map<String, List<double[]>> timings = new HashMap<>();
		Map<String, Set<String>> beans = new HashMap<>();
		for (int run = -1; run < runs; run++) {
			for (String variant : List.of("without starter", "with starter")) {
				String[] result = startOnce(variants.get(variant), out);
				beans.put(variant, new LinkedHashSet<>(Arrays.asList(result[2].split(","))));
				if (run >= 0) {
					timings.computeIfAbsent(variant, (key) -> new ArrayList<>())
						.add(new double[] { Double.parseDouble(result[0]), Double.parseDouble(result[1]) });
				}
			}
		}
		Set<String> added = new LinkedHashSet<>(beans.get("with starter"));
		added.removeAll(beans.get("without starter"));
		double baseMedian = median(timings.get("without starter"), 0);
		Path summary = out.resolve("summary.tsv");
		for (String variant : List.of("without starter", "with starter")) {
			List<double[]> samples = timings.get(variant);
			double contextMedian = median(samples, 0);
			double uptimeMedian = median(samples, 1);
			double min = samples.stream().mapToDouble((sample) -> sample[0]).min().orElse(0);
			double max = samples.stream().mapToDouble((sample) -> sample[0]).max().orElse(0);
			String notes = String.format(Locale.ROOT, "median JVM uptime at ready %.0f ms; %d beans", uptimeMedian,
					beans.get(variant).size());
			if (variant.equals("with starter")) {
				notes += String.format(Locale.ROOT, "; starter adds %d beans: %s", added.size(),
						added.isEmpty() ? "none (no auto-configuration registered)" : String.join(", ", added));
			}
			String row = String.join("\t", "startup",
					String.format(Locale.ROOT, "context start, median of %d JVMs", samples.size()), variant,
					String.format(Locale.ROOT, "%.0f ms", contextMedian), String.format(Locale.ROOT, "%.0f-%.0f", min, max),
					String.format(Locale.ROOT, "%+.0f ms", contextMedian - baseMedian), "-", "-", "-", "-", notes)
					+ "\n";
			Files.writeString(summary, row, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
					java.nio.file.StandardOpenOption.APPEND);
			logger.info("startup {}: {}", variant, row.trim());
		}
	}

	private static String[] startOnce(String classPath, Path out) throws IOException, InterruptedException {
		Path result = Files.createTempFile(out, "startup", ".tsv");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-cp", classPath, StartupApp.class.getName(), result.toString(),
				"--litellm.base-url=http://127.0.0.1:9", "--litellm.api-key=sk-startup-benchmark-key")
			.redirectErrorStream(true)
			.redirectOutput(out.resolve("startup-app.log").toFile())
			.start();
		if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
			process.destroyForcibly();
			throw new IllegalStateException("startup JVM failed; see " + out.resolve("startup-app.log"));
		}
		String[] fields = Files.readString(result, StandardCharsets.UTF_8).trim().split("\t");
		Files.delete(result);
		return fields;
	}

	private static double median(List<double[]> samples, int column) {
		double[] values = samples.stream().mapToDouble((sample) -> sample[column]).sorted().toArray();
		int middle = values.length / 2;
		return (values.length % 2 == 1) ? values[middle] : (values[middle - 1] + values[middle]) / 2;
	}

}
