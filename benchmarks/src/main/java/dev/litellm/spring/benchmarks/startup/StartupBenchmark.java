package dev.litellm.spring.benchmarks.startup;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Context startup time of {@link StartupApp} with and without the starter (median of several fresh JVMs each,
 * runs alternating, one discarded warm-up JVM per variant), the CPU time each JVM spent until its context was
 * ready (main thread and whole process, to tell where a difference in wall time was spent), and the beans the
 * starter adds with the main-thread CPU time of their instantiation. The two class paths
 * come from the {@code benchmarks/startup/base} ({@code spring-boot-starter} only) and
 * {@code benchmarks/startup/with-starter} ({@code spring-boot-starter} plus this project's starter) modules, each
 * with {@link StartupApp}'s class directory in front.
 */
public final class StartupBenchmark {

	private static final Logger logger = LoggerFactory.getLogger(StartupBenchmark.class);

	private static final String WITHOUT = "without starter";

	private static final String WITH = "with starter";

	private static final String DISABLED = "starter, disabled";

	private StartupBenchmark() {
	}

	/**
	 * Runs the startup benchmark.
	 * @param args {@code --out=DIR --runs=10 --app-classes=DIR --base-classpath=FILE --starter-classpath=FILE}
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
		Files.createDirectories(out);
		String appClasses = options.getOrDefault("app-classes", "target/classes");
		String base = appClasses + File.pathSeparator + readClassPath(options.get("base-classpath"));
		String starter = appClasses + File.pathSeparator + readClassPath(options.get("starter-classpath"));
		Map<String, String[]> variants = new LinkedHashMap<>();
		variants.put(WITHOUT, new String[] { base });
		variants.put(WITH, new String[] { starter });
		variants.put(DISABLED, new String[] { starter, "--litellm.enabled=false" });
		Map<String, String> projectBeans = new HashMap<>();
		Map<String, List<double[]>> timings = new HashMap<>();
		Map<String, Set<String>> beans = new HashMap<>();
		for (int run = -1; run < runs; run++) {
			for (String variant : variants.keySet()) {
				String[] result = startOnce(variants.get(variant), out);
				beans.put(variant, new LinkedHashSet<>(Arrays.asList(result[5].split(","))));
				projectBeans.put(variant, (result.length > 6) ? result[6] : "");
				if (run >= 0) {
					timings.computeIfAbsent(variant, (key) -> new ArrayList<>())
						.add(new double[] { Double.parseDouble(result[0]), Double.parseDouble(result[1]),
								Double.parseDouble(result[2]), Double.parseDouble(result[3]),
								Double.parseDouble(result[4]) });
				}
			}
		}
		Set<String> added = new LinkedHashSet<>(beans.get(WITH));
		added.removeAll(beans.get(WITHOUT));
		double baseMedian = median(timings.get(WITHOUT), 0);
		double baseMainCpu = median(timings.get(WITHOUT), 2);
		double baseProcessCpu = median(timings.get(WITHOUT), 3);
		Path summary = out.resolve("summary.tsv");
		for (String variant : variants.keySet()) {
			List<double[]> samples = timings.get(variant);
			double contextMedian = median(samples, 0);
			double uptimeMedian = median(samples, 1);
			double min = samples.stream().mapToDouble((sample) -> sample[0]).min().orElse(0);
			double max = samples.stream().mapToDouble((sample) -> sample[0]).max().orElse(0);
			double mainCpu = median(samples, 2);
			double processCpu = median(samples, 3);
			String notes = String.format(Locale.ROOT,
					"median JVM uptime at ready %.0f ms; median CPU time until ready: main thread %.0f ms (%+.0f), "
							+ "process %.0f ms (%+.0f); %d beans",
					uptimeMedian, mainCpu, mainCpu - baseMainCpu, processCpu, processCpu - baseProcessCpu,
					beans.get(variant).size());
			if (variant.equals(WITH)) {
				String ours = projectBeans.get(WITH);
				notes += String.format(Locale.ROOT,
						"; the starter adds %d beans, %d of them this project's (%s), instantiated in a median %.1f ms "
								+ "of main-thread CPU time (each without the beans made within it)",
						added.size(), ours.isEmpty() ? 0 : ours.split(",").length, ours, median(samples, 4));
			}
			else if (variant.equals(DISABLED)) {
				notes += "; same class path as with the starter, litellm.enabled=false";
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

	private static String[] startOnce(String[] variant, Path out) throws IOException, InterruptedException {
		Path result = Files.createTempFile(out, "startup", ".tsv");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-cp", variant[0], StartupApp.class.getName(),
				result.toString(), "--litellm.base-url=http://127.0.0.1:9", "--litellm.api-key=sk-startup-benchmark-key"));
		command.addAll(Arrays.asList(variant).subList(1, variant.length));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(out.resolve("startup-app.log").toFile())
			.start();
		if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
			process.destroyForcibly();
			throw new IllegalStateException("startup JVM failed; see " + out.resolve("startup-app.log"));
		}
		String[] fields = Files.readString(result, StandardCharsets.UTF_8).split("\t");
		fields[fields.length - 1] = fields[fields.length - 1].trim();
		Files.delete(result);
		return fields;
	}

	private static String readClassPath(@Nullable String file) throws IOException {
		if (file == null) {
			throw new IllegalArgumentException("--base-classpath and --starter-classpath are required");
		}
		return Files.readString(Path.of(file), StandardCharsets.UTF_8).trim();
	}

	private static double median(List<double[]> samples, int column) {
		double[] values = samples.stream().mapToDouble((sample) -> sample[column]).sorted().toArray();
		int middle = values.length / 2;
		return (values.length % 2 == 1) ? values[middle] : (values[middle - 1] + values[middle]) / 2;
	}

}
