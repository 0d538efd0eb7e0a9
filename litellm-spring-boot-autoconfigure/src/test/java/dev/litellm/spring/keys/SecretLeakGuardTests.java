package dev.litellm.spring.keys;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import dev.litellm.spring.internal.Secrets;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The guard that the fault and recovery tests rely on catches what it should, and only that.
 */
class SecretLeakGuardTests {

	static final String API_KEY = "plain-master-secret-without-prefix";

	private final Log wire = LogFactory.getLog(SecretLeakGuard.WIRE_LOGGER);

	/** Enabled by the guard, below the console's threshold: the deliberate leaks stay out of the build log. */
	private final Log other = LogFactory.getLog("dev.litellm.spring.some.component");

	@Test
	void aRegisteredSecretAtTraceOnTheWireLoggerFailsAndIsNotRepeatedInTheFailure() {
		SecretLeakGuard guard = SecretLeakGuard.watching(API_KEY);
		guard.start();
		this.wire.trace("request headers: Authorization: Bearer " + API_KEY);
		guard.stop();

		assertThatExceptionOfType(AssertionError.class).isThrownBy(guard::verify)
			.withMessageContaining("TRACE " + SecretLeakGuard.WIRE_LOGGER)
			.withMessageNotContaining(API_KEY);
	}

	@Test
	void anythingShapedLikeARawKeyFailsEvenUnregistered() {
		SecretLeakGuard guard = SecretLeakGuard.watching();
		guard.start();
		this.other.debug("created sk-unregistered-raw-key-0123");
		guard.stop();

		assertThatExceptionOfType(AssertionError.class).isThrownBy(guard::verify)
			.withMessageContaining("DEBUG dev.litellm.spring.some.component")
			.withMessageNotContaining("sk-unregistered-raw-key-0123");
	}

	@Test
	void aSecretInACausesMessageFails() {
		SecretLeakGuard guard = SecretLeakGuard.watching(API_KEY);
		guard.start();
		this.other.debug("call failed", new IllegalStateException("wrapped", new RuntimeException("key=" + API_KEY)));
		guard.stop();

		assertThatExceptionOfType(AssertionError.class).isThrownBy(guard::verify);
	}

	@Test
	void aSecretLearnedDuringTheTestCountsForLinesLoggedBeforeIt() {
		SecretLeakGuard guard = SecretLeakGuard.watching();
		guard.start();
		this.wire.debug("generated plain-secret-learned-late");
		guard.watch("plain-secret-learned-late");
		guard.stop();

		assertThatExceptionOfType(AssertionError.class).isThrownBy(guard::verify);
	}

	@Test
	void maskedKeysAndHashesPass() {
		String key = "sk-a-key-that-is-only-masked-0001";
		SecretLeakGuard guard = SecretLeakGuard.watching(key, API_KEY);
		guard.start();
		this.wire.trace("request body: {\"key\":\"" + Secrets.maskKey(key) + "\"} hash " + Secrets.sha256(key)
				+ " and a task-runner-thread name");
		guard.stop();

		assertThatCode(guard::verify).doesNotThrowAnyException();
	}

	@Test
	void theWireLoggerIsAtTraceOnlyWhileTheGuardRuns() {
		LoggerContext loggers = (LoggerContext) LoggerFactory.getILoggerFactory();
		Level before = loggers.getLogger("dev.litellm.spring").getLevel();
		SecretLeakGuard guard = SecretLeakGuard.watching();
		guard.start();
		assertThat(this.wire.isTraceEnabled()).isTrue();
		guard.stop();

		assertThat(loggers.getLogger("dev.litellm.spring").getLevel()).isEqualTo(before);
		assertThat(this.wire.isTraceEnabled()).isFalse();
	}

}
