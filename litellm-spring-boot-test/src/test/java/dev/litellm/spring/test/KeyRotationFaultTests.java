package dev.litellm.spring.test;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import dev.litellm.spring.keys.GenerateKeyRequest;
import dev.litellm.spring.keys.KeyInfo;
import dev.litellm.spring.keys.KeyListQuery;
import dev.litellm.spring.keys.KeyRotation;
import dev.litellm.spring.keys.KeyRotationException;
import dev.litellm.spring.keys.KeyRotationException.Step;
import dev.litellm.spring.keys.ReactiveKeyManagementTemplate;
import dev.litellm.spring.keys.RetryPolicy;
import dev.litellm.spring.keys.RotateKeyRequest;
import dev.litellm.spring.keys.RotationStrategy;
import org.jspecify.annotations.Nullable;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClientRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A failure at each step of a rotation, crossed with the faults a network, a gateway or the proxy can produce.
 * The fault hits every request of the step from its first one on, so that the step fails for good (retries
 * included). For each case: the keys that exist afterwards, which one has the alias, which secret the caller
 * holds, that the old key still works, and that calling {@code rotateKey} again with the same new key finishes the
 * rotation with no second new key.
 *
 * <p>Connection refused and a reset after the request was handled are made on the client side (the fake cannot
 * refuse one path, and its own disconnect happens before it handles the request); the others by the fake.
 */
class KeyRotationFaultTests extends FakeProxyTestSupport {

	private static final String ALIAS = "billing-service";

	private static final Duration READ_TIMEOUT = Duration.ofMillis(250);

	/** Longer than all attempts of a step together, so that a delayed write lands after the step gave up. */
	private static final Duration SLOW_ANSWER = Duration.ofSeconds(2);

	enum Kind {

		CONNECTION_REFUSED, RESET_AFTER_SEND, TIMEOUT, STATUS_500, STATUS_502, STATUS_503_RETRY_AFTER

	}

	/**
	 * Where a step's requests go: the path, and how many requests to that path come before the step's first.
	 */
	enum Target {

		READ(Step.READ, "/key/info", 0), GENERATE(Step.GENERATE, "/key/generate", 0),
		RELEASE_ALIAS(Step.RELEASE_ALIAS, "/key/update", 0), SET_ALIAS(Step.SET_ALIAS, "/key/update", 1),
		END_OLD_KEY(Step.END_OLD_KEY, "/key/update", 2), REGENERATE(Step.REGENERATE, "/key/regenerate", 0);

		final Step step;

		final String path;

		final int before;

		Target(Step step, String path, int before) {
			this.step = step;
			this.path = path;
			this.before = before;
		}

		RotationStrategy strategy() {
			return (this == REGENERATE) ? RotationStrategy.REGENERATE : RotationStrategy.REPLACE;
		}

	}

	/**
	 * The table: {@code null} where the client recovers within the call (the write was handled and the new key is
	 * found by its hash), otherwise the step the rotation stops at.
	 */
	static Stream<Arguments> table() {
		List<Arguments> rows = new ArrayList<>();
		for (Target target : Target.values()) {
			for (Kind kind : Kind.values()) {
				boolean recovered = kind == Kind.RESET_AFTER_SEND
						&& (target == Target.GENERATE || target == Target.REGENERATE);
				rows.add(Arguments.of(target, kind, recovered ? null : target.step));
			}
		}
		return rows.stream();
	}

	private static final Logger connectionLogger = (Logger) LoggerFactory
		.getLogger("reactor.netty.http.client.HttpClientConnect");

	private static @Nullable Level connectionLogLevel;

	/** Reactor Netty warns of every read timeout; these are the timeouts the table provokes. */
	@BeforeAll
	static void quietenExpectedTimeouts() {
		connectionLogLevel = connectionLogger.getLevel();
		connectionLogger.setLevel(Level.ERROR);
	}

	@AfterAll
	static void restoreLogging() {
		connectionLogger.setLevel(connectionLogLevel);
	}

	@ParameterizedTest(name = "{1} at {0}")
	@MethodSource("table")
	void aFailedStepLeavesOneLinkedSuccessorAtMostAndARepeatFinishesTheRotation(Target target, Kind kind,
			@Nullable Step expectedStop) throws InterruptedException {
		this.proxy.setEnterpriseLicensed(target == Target.REGENERATE);
		String old = client(null).generateKey(GenerateKeyRequest.builder()
			.keyAlias(ALIAS)
			.maxBudget(50.0)
			.models(List.of("gpt-4o"))
			.duration(Duration.ofDays(30))
			.build()).block().key();
		this.proxy.setSpend(old, 12.5);
		RotateKeyRequest request = RotateKeyRequest.builder()
			.gracePeriod(Duration.ofHours(1))
			.strategy(target.strategy())
			.build();
		FaultyNetwork network = new FaultyNetwork(target, kind);
		injectOnTheFake(target, kind);

		KeyRotation rotation;
		try {
			rotation = client(network).rotateKey(old, request).block();
			assertThat(expectedStop).as("the rotation recovered within the call").isNull();
		}
		catch (KeyRotationException ex) {
			assertThat(ex.step()).isEqualTo(expectedStop);
			if (kind == Kind.TIMEOUT) {
				Thread.sleep(SLOW_ANSWER.plusMillis(300).toMillis()); // let the delayed requests land
			}
			this.proxy.clearFaults();
			assertSafeAfterFailure(old, ex, target);
			RotateKeyRequest repeat = RotateKeyRequest.builder()
				.gracePeriod(Duration.ofHours(1))
				.strategy(target.strategy())
				.newKey(ex.newKey())
				.build();
			rotation = client(null).rotateKey(old, repeat).block();
			assertThat(rotation.key()).as("the repeat finishes with the same new key").isEqualTo(ex.newKey());
		}
		assertRotated(old, rotation, target);
	}

	/** No orphan without a link, the alias recoverable, the secret in the caller's hands, the old key working. */
	private void assertSafeAfterFailure(String old, KeyRotationException ex, Target target) {
		assertThat(hash(ex.newKey())).isEqualTo(ex.token());
		assertThat(ex.previousToken()).isEqualTo(hash(old));
		assertThat(ex.getMessage()).contains(ex.token(), ex.previousToken(), ex.step().name())
			.doesNotContain(ex.newKey(), old);
		List<KeyInfo> keys = allKeys();
		assertThat(keys).hasSizeBetween(1, (target == Target.REGENERATE) ? 1 : 2);
		KeyInfo successor = keys.stream().filter((key) -> key.token().equals(ex.token())).findFirst().orElse(null);
		if (target != Target.REGENERATE) {
			assertThat(keys).filteredOn((key) -> !key.token().equals(hash(old)))
				.allSatisfy((key) -> assertThat(key.token()).isEqualTo(ex.token()));
			if (successor != null) {
				assertThat(successor.metadata()).containsEntry("rotation_previous_token", hash(old));
			}
		}
		List<KeyInfo> aliased = keys.stream().filter((key) -> ALIAS.equals(key.keyAlias())).toList();
		assertThat(aliased).hasSizeLessThanOrEqualTo(1);
		if (aliased.isEmpty()) {
			assertThat(successor).as("the alias is held for the new key").isNotNull();
			assertThat(successor.metadata()).containsEntry("rotation_pending_alias", ALIAS);
		}
		assertThat(authenticates(old)).as("no early revocation").isTrue();
	}

	private void assertRotated(String old, KeyRotation rotation, Target target) {
		assertThat(this.proxy.keyCount()).isEqualTo((target == Target.REGENERATE) ? 1 : 2);
		assertThat(rotation.token()).isEqualTo(hash(rotation.key()));
		KeyInfo successor = client(null).keyInfo(rotation.token()).block().info();
		assertThat(successor.keyAlias()).isEqualTo(ALIAS);
		assertThat(successor.spend()).isEqualTo(12.5);
		assertThat(successor.maxBudget()).isEqualTo(50.0);
		assertThat(successor.models()).containsExactly("gpt-4o");
		assertThat(allKeys()).filteredOn((key) -> ALIAS.equals(key.keyAlias())).hasSize(1);
		assertThat(rotation.previousKeyExpires().toInstant())
			.isAfter(this.proxy.clock().instant().plus(Duration.ofMinutes(59)));
		this.proxy.advanceClock(Duration.ofMinutes(59));
		assertThat(authenticates(old)).as("the old key during the grace period").isTrue();
		this.proxy.advanceClock(Duration.ofMinutes(2));
		assertThat(authenticates(old)).as("the old key after the grace period").isFalse();
		assertThat(authenticates(rotation.key())).isTrue();
	}

	private void injectOnTheFake(Target target, Kind kind) {
		Fault fault = switch (kind) {
			case TIMEOUT -> Fault.delay(SLOW_ANSWER);
			case STATUS_500 -> Fault.status(500).withJsonBody(
					"{\"error\":{\"message\":\"Internal Server Error\",\"type\":\"internal_server_error\",\"param\":\"None\",\"code\":\"500\"}}");
			case STATUS_502 -> Fault.status(502).withBody("<html>Bad Gateway</html>", "text/html");
			case STATUS_503_RETRY_AFTER -> Fault.status(503).withHeader("Retry-After", "1");
			default -> null;
		};
		if (fault == null) {
			return;
		}
		if (target.before > 0) {
			this.proxy.inject(target.path, Fault.delay(Duration.ZERO).times(target.before));
		}
		this.proxy.inject(target.path, fault);
	}

	private List<KeyInfo> allKeys() {
		return client(null).streamKeys(KeyListQuery.builder().build()).collectList().block();
	}

	private boolean authenticates(String key) {
		return KeyProbe.authenticates(this.proxy, key);
	}

	private ReactiveKeyManagementTemplate client(@Nullable FaultyNetwork network) {
		ReactiveKeyManagementTemplate.Builder builder = clientBuilder()
			.retryPolicy(new RetryPolicy(3, Duration.ofMillis(20), Duration.ofSeconds(1)));
		if (network != null) {
			builder.readTimeout(READ_TIMEOUT).webClientCustomizer((webClient) -> webClient.filter(network));
		}
		return build(builder);
	}

	/**
	 * The client-side faults: a refused connection (the request never leaves) and a connection reset after the
	 * proxy handled the request (the write took effect, the answer is lost).
	 */
	static final class FaultyNetwork implements ExchangeFilterFunction {

		private final Target target;

		private final Kind kind;

		private final AtomicInteger seen = new AtomicInteger();

		FaultyNetwork(Target target, Kind kind) {
			this.target = target;
			this.kind = kind;
		}

		@Override
		public Mono<org.springframework.web.reactive.function.client.ClientResponse> filter(
				org.springframework.web.reactive.function.client.ClientRequest request,
				org.springframework.web.reactive.function.client.ExchangeFunction next) {
			boolean hit = request.url().getPath().equals(this.target.path)
					&& this.seen.getAndIncrement() >= this.target.before;
			if (!hit || (this.kind != Kind.CONNECTION_REFUSED && this.kind != Kind.RESET_AFTER_SEND)) {
				return next.exchange(request);
			}
			if (this.kind == Kind.CONNECTION_REFUSED) {
				return Mono.error(new WebClientRequestException(new ConnectException("Connection refused"),
						request.method(), request.url(), request.headers()));
			}
			return next.exchange(request)
				.flatMap((response) -> response.releaseBody())
				.then(Mono.error(new WebClientRequestException(new IOException("Connection reset by peer"),
						request.method(), request.url(), request.headers())));
		}

	}

}
