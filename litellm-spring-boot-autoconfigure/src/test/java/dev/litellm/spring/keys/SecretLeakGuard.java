package dev.litellm.spring.keys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import dev.litellm.spring.internal.Secrets;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Fails a test whose log output contains a secret. During each test it captures everything logged (a Logback
 * {@link ListAppender} on the root logger), with this client's loggers, the wire logger included, at
 * {@code TRACE} and WebClient's and Spring's codecs' at {@code DEBUG}; after the test it searches every message and every exception
 * message in the capture for the registered secrets and for anything shaped like a raw key ({@code sk-} and
 * eight or more key characters: a masked key reads {@code sk-...abcd}).
 *
 * <pre class="code">
 * &#64;RegisterExtension
 * static final SecretLeakGuard guard = SecretLeakGuard.watching(API_KEY, TEST_KEY);
 * </pre>
 *
 * A test that learns a secret while it runs (a key the client generated) registers it with {@link #watch(String)};
 * it is checked against the whole test's output.
 */
public final class SecretLeakGuard implements BeforeEachCallback, AfterEachCallback {

	static final String WIRE_LOGGER = "dev.litellm.spring.keys.wire";

	private static final Pattern RAW_KEY = Pattern.compile("(?<![A-Za-z0-9_-])sk-[A-Za-z0-9_-]{8,}");

	/** WebClient's exchange log and Spring's codecs, which log (the {@code toString()} of) what they handle. */
	private static final List<String> SPRING_LOGGERS = List.of("org.springframework.web.reactive.function.client",
			"org.springframework.http.codec", "org.springframework.core.codec");

	private final Set<String> secrets;

	private final Level clientLevel;

	private final Set<String> testSecrets = ConcurrentHashMap.newKeySet();

	private final Map<String, Level> previousLevels = new LinkedHashMap<>();

	private volatile ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private SecretLeakGuard(Set<String> secrets, Level clientLevel) {
		this.secrets = secrets;
		this.clientLevel = clientLevel;
	}

	/**
	 * A guard for the given secrets, in addition to anything shaped like a raw key, with this client's loggers at
	 * {@code TRACE}.
	 * @param secrets the API keys and keys the test class uses
	 * @return the guard, to register with {@code @RegisterExtension}
	 */
	public static SecretLeakGuard watching(String... secrets) {
		return new SecretLeakGuard(Set.of(secrets), Level.TRACE);
	}

	/**
	 * The same guard with this client's loggers at another level. At {@code TRACE} the client reads bodies as
	 * text to log them; at {@code DEBUG} a test keeps the streaming decoder's path and still has every attempt's
	 * line checked.
	 * @param level the level of the {@code dev.litellm.spring} loggers while a test runs
	 * @return a new guard
	 */
	public SecretLeakGuard withClientLogLevel(Level level) {
		return new SecretLeakGuard(this.secrets, level);
	}

	/**
	 * Watch one more secret until the end of the current test, for a secret learned while it runs.
	 * @param secret the secret
	 */
	public void watch(String secret) {
		this.testSecrets.add(secret);
	}

	/**
	 * What the wire logger wrote during the current test, formatted.
	 * @return the lines, in order
	 */
	public List<String> wireLines() {
		List<String> lines = new ArrayList<>();
		for (ILoggingEvent event : List.copyOf(this.appender.list)) {
			if (event.getLoggerName().equals(WIRE_LOGGER)) {
				lines.add(event.getFormattedMessage());
			}
		}
		return lines;
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		start();
	}

	@Override
	public void afterEach(ExtensionContext context) {
		try {
			stop();
			verify();
		}
		finally {
			this.testSecrets.clear();
		}
	}

	void start() {
		LoggerContext loggers = (LoggerContext) LoggerFactory.getILoggerFactory();
		Map<String, Level> levels = new LinkedHashMap<>();
		levels.put("dev.litellm.spring", this.clientLevel);
		SPRING_LOGGERS.forEach((name) -> levels.put(name, Level.DEBUG));
		levels.forEach((name, level) -> {
			Logger logger = loggers.getLogger(name);
			this.previousLevels.put(name, logger.getLevel());
			logger.setLevel(level);
		});
		ListAppender<ILoggingEvent> capture = new ListAppender<>();
		capture.setContext(loggers);
		capture.start();
		this.appender = capture;
		loggers.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(capture);
	}

	void stop() {
		LoggerContext loggers = (LoggerContext) LoggerFactory.getILoggerFactory();
		loggers.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(this.appender);
		this.appender.stop();
		this.previousLevels.forEach((name, level) -> loggers.getLogger(name).setLevel(level));
		this.previousLevels.clear();
	}

	/**
	 * Fail if anything captured holds a secret.
	 * @throws AssertionError naming the logger and level of each leak, with the secret itself masked
	 */
	void verify() {
		Set<String> watched = new LinkedHashSet<>(this.secrets);
		watched.addAll(this.testSecrets);
		List<String> leaks = new ArrayList<>();
		for (ILoggingEvent event : List.copyOf(this.appender.list)) {
			List<String> texts = new ArrayList<>();
			texts.add(event.getFormattedMessage());
			collectThrowableTexts(event.getThrowableProxy(), texts);
			for (String text : texts) {
				String leaked = findSecret(text, watched);
				if (leaked != null) {
					leaks.add(event.getLevel() + " " + event.getLoggerName() + ": " + masked(text, watched));
				}
			}
		}
		if (!leaks.isEmpty()) {
			throw new AssertionError("A secret was logged (" + leaks.size() + " times):\n  "
					+ String.join("\n  ", leaks));
		}
	}

	private static void collectThrowableTexts(IThrowableProxy throwable, List<String> texts) {
		if (throwable == null) {
			return;
		}
		texts.add(throwable.getClassName() + ": " + throwable.getMessage());
		collectThrowableTexts(throwable.getCause(), texts);
		for (IThrowableProxy suppressed : throwable.getSuppressed()) {
			collectThrowableTexts(suppressed, texts);
		}
	}

	private static String findSecret(String text, Set<String> watched) {
		if (text == null) {
			return null;
		}
		for (String secret : watched) {
			if (text.contains(secret)) {
				return secret;
			}
		}
		Matcher rawKey = RAW_KEY.matcher(text);
		return rawKey.find() ? rawKey.group() : null;
	}

	private static String masked(String text, Set<String> watched) {
		String masked = text;
		for (String secret : watched) {
			masked = masked.replace(secret, "<secret " + describe(secret) + ">");
		}
		return RAW_KEY.matcher(masked).replaceAll((match) -> "<raw key " + describe(match.group()) + ">");
	}

	private static String describe(String secret) {
		return Secrets.isRawKey(secret) ? Secrets.maskKey(secret) : secret.length() + " characters";
	}

}
