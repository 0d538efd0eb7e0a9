package dev.litellm.spring.keys;

import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import dev.litellm.spring.internal.InvalidSettingException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * {@code build()} checks every setting of the client's builder and names the one it refuses, rather than building
 * a client with a timeout turned off, a limit gone, or a null that fails on the first call.
 */
class ClientSettingsTests {

	static Stream<Arguments> refusedSettings() {
		return Stream.of(setting("readTimeout", (b) -> b.readTimeout(Duration.ZERO)),
				setting("readTimeout", (b) -> b.readTimeout(Duration.ofSeconds(-1))),
				setting("readTimeout", (b) -> b.readTimeout(null)),
				setting("connectTimeout", (b) -> b.connectTimeout(Duration.ofDays(30))),
				setting("connectTimeout", (b) -> b.connectTimeout(Duration.ofMillis(-5))),
				setting("connectTimeout", (b) -> b.connectTimeout(null)),
				setting("callTimeout", (b) -> b.callTimeout(Duration.ZERO)),
				setting("maxResponseSize", (b) -> b.maxResponseSize(-1)),
				setting("maxResponseSize", (b) -> b.maxResponseSize(0)),
				setting("maxConnections", (b) -> b.maxConnections(0)),
				setting("pendingAcquireTimeout", (b) -> b.pendingAcquireTimeout(Duration.ZERO)),
				setting("pendingAcquireTimeout", (b) -> b.pendingAcquireTimeout(null)),
				setting("maxPendingAcquires", (b) -> b.maxPendingAcquires(0)),
				setting("maxIdleTime", (b) -> b.maxIdleTime(Duration.ofSeconds(-1))),
				setting("maxIdleTime", (b) -> b.maxIdleTime(null)),
				setting("maxLifeTime", (b) -> b.maxLifeTime(Duration.ZERO)),
				setting("maxLifeTime", (b) -> b.maxLifeTime(null)),
				setting("observationRegistry", (b) -> b.observationRegistry(null)),
				setting("webClientCustomizer", (b) -> b.webClientCustomizer(null)),
				setting("sslContext", (b) -> b.ssl(null, null)),
				setting("authHeader", (b) -> b.authHeader(null)),
				setting("retryPolicy", (b) -> b.retryPolicy(null)));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("refusedSettings")
	void buildRefusesTheSettingNamingIt(String setting, UnaryOperator<ReactiveKeyManagementTemplate.Builder> change) {
		ReactiveKeyManagementTemplate.Builder builder = change
			.apply(ReactiveKeyManagementTemplate.builder().baseUrl("http://127.0.0.1:4000").apiKey("sk-settings-0001"));

		assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(builder::build)
			.withMessageStartingWith(setting + " ");
	}

	private static Arguments setting(String name, UnaryOperator<ReactiveKeyManagementTemplate.Builder> change) {
		return arguments(name, change);
	}

}
