package dev.litellm.spring.benchmarks.startup;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A minimal Spring Boot application (no web server, no component scan, nothing but auto-configuration) that
 * records how long its context took to start, the CPU time spent until then (also on this project's beans) and
 * which beans it holds, then exits.
 * {@link StartupBenchmark} runs it in fresh JVMs with and without the starter on the class path.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class StartupApp {

	/**
	 * Starts the context, writes the result, closes the context.
	 * @param args the result file, then application arguments
	 * @throws IOException if the result cannot be written
	 */
	public static void main(String[] args) throws IOException {
		BeanCpuTime beanCpuTime = new BeanCpuTime();
		long start = System.nanoTime();
		ConfigurableApplicationContext context = new SpringApplicationBuilder(StartupApp.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.applicationStartup(beanCpuTime)
			.run(Arrays.copyOfRange(args, 1, args.length));
		long contextNanos = System.nanoTime() - start;
		long uptimeMillis = ManagementFactory.getRuntimeMXBean().getUptime();
		// CPU time since the JVM started: the main thread's, and the whole process's (JIT compiler, GC and any
		// background thread included), to tell where a difference in wall time was spent.
		long mainCpuNanos = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
		long processCpuNanos = (ManagementFactory
			.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) ? os.getProcessCpuTime()
					: -1_000_000;
		String[] beans = context.getBeanDefinitionNames();
		Arrays.sort(beans);
		List<String> projectBeans = new ArrayList<>();
		for (String bean : beans) {
			Class<?> type = context.getType(bean);
			if (type != null && type.getName().startsWith("dev.litellm.")
					&& !type.getName().startsWith(StartupApp.class.getPackageName())) {
				projectBeans.add(bean);
			}
		}
		String result = (contextNanos / 1_000_000.0) + "\t" + uptimeMillis + "\t" + (mainCpuNanos / 1_000_000.0) + "\t"
				+ (processCpuNanos / 1_000_000.0) + "\t" + beanCpuTime.millisOf(projectBeans) + "\t"
				+ String.join(",", beans) + "\t" + String.join(",", projectBeans) + "\n";
		Files.writeString(Path.of(args[0]), result, StandardCharsets.UTF_8);
		context.close();
	}

}
