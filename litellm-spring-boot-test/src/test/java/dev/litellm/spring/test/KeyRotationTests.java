package dev.litellm.spring.test;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.litellm.spring.keys.GenerateKeyRequest;
import dev.litellm.spring.keys.KeyInfo;
import dev.litellm.spring.keys.KeyManagementOperations;
import dev.litellm.spring.keys.KeyManagementTemplate;
import dev.litellm.spring.keys.KeyRotatedEvent;
import dev.litellm.spring.keys.KeyRotationException;
import dev.litellm.spring.keys.KeyRotationException.Step;
import dev.litellm.spring.keys.KeyRotation;
import dev.litellm.spring.keys.ReactiveKeyManagementTemplate;
import dev.litellm.spring.keys.RotateKeyRequest;
import dev.litellm.spring.keys.RotationStrategy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@code rotateKey} against the fake, unlicensed and licensed: what the new key carries, how long the old one
 * keeps working, and what the client sends.
 */
class KeyRotationTests extends FakeProxyTestSupport {

	private final List<KeyRotatedEvent> events = new ArrayList<>();

	private final List<String> stored = new ArrayList<>();

	private ReactiveKeyManagementTemplate reactive;

	private KeyManagementOperations keys;

	@BeforeEach
	void createKeysClient() {
		this.reactive = build(clientBuilder().keySecretSink((token, key) -> this.stored.add(token + "=" + key))
			.rotationListener(this.events::add));
		this.keys = new KeyManagementTemplate(this.reactive);
		this.proxy.setEnterpriseLicensed(false);
	}

	private String budgetedKey() {
		String key = this.keys.generateKey(GenerateKeyRequest.builder()
			.keyAlias("payments-ci")
			.models(List.of("gpt-4o", "gpt-4o-mini"))
			.maxBudget(25.0)
			.budgetDuration("30d")
			.tpmLimit(1000L)
			.rpmLimit(10L)
			.maxParallelRequests(3)
			.teamId("payments")
			.userId("alice")
			.metadata(Map.of("owner", "payments"))
			.duration(Duration.ofDays(90))
			.build()).key();
		this.proxy.setSpend(key, 7.5);
		return key;
	}

	private static RotateKeyRequest grace(String gracePeriod, RotationStrategy strategy) {
		return RotateKeyRequest.builder().gracePeriod(gracePeriod).strategy(strategy).build();
	}

	private boolean authenticates(String key) {
		return KeyProbe.authenticates(this.proxy, key);
	}

	@Test
	void replaceOnAnUnlicensedProxyCarriesEverySettingAndTheSpendAndKeepsTheOldKeyForTheGracePeriod() {
		String old = budgetedKey();
		KeyInfo before = this.keys.keyInfo(old).info();

		KeyRotation rotation = this.keys.rotateKey(old, grace("2h", RotationStrategy.AUTO));

		assertThat(rotation.strategy()).isEqualTo(RotationStrategy.REPLACE);
		assertThat(rotation.key()).startsWith("sk-").isNotEqualTo(old);
		assertThat(rotation.token()).isEqualTo(hash(rotation.key()));
		assertThat(rotation.previousToken()).isEqualTo(hash(old));
		assertThat(rotation.keyAlias()).isEqualTo("payments-ci");
		assertThat(rotation.toString()).doesNotContain(rotation.key());
		assertThat(this.proxy.keyCount()).isEqualTo(2);

		KeyInfo after = this.keys.keyInfo(rotation.token()).info();
		assertThat(after.keyAlias()).isEqualTo("payments-ci");
		assertThat(after.spend()).isEqualTo(7.5);
		assertThat(after.maxBudget()).isEqualTo(25.0);
		assertThat(after.budgetDuration()).isEqualTo("30d");
		assertThat(after.budgetResetAt()).isEqualTo(before.budgetResetAt());
		assertThat(after.models()).containsExactly("gpt-4o", "gpt-4o-mini");
		assertThat(after.tpmLimit()).isEqualTo(1000L);
		assertThat(after.rpmLimit()).isEqualTo(10L);
		assertThat(after.maxParallelRequests()).isEqualTo(3);
		assertThat(after.teamId()).isEqualTo("payments");
		assertThat(after.userId()).isEqualTo("alice");
		assertThat(after.expires()).isCloseTo(before.expires(), org.assertj.core.api.Assertions.within(1, ChronoUnit.SECONDS));
		assertThat(after.metadata()).containsEntry("owner", "payments")
			.containsEntry("rotation_previous_token", hash(old))
			.doesNotContainKey("rotation_pending_alias");

		KeyInfo retired = this.keys.keyInfo(old).info();
		assertThat(retired.keyAlias()).isNull();
		assertThat(retired.metadata()).containsEntry("rotation_next_token", rotation.token());
		assertThat(retired.expires().toInstant()).isEqualTo(rotation.previousKeyExpires().toInstant());
		assertThat(rotation.previousKeyExpires().toInstant())
			.isBetween(this.proxy.clock().instant().plus(Duration.ofHours(2)).minusSeconds(5),
					this.proxy.clock().instant().plus(Duration.ofHours(2)));

		assertThat(authenticates(old)).isTrue();
		assertThat(authenticates(rotation.key())).isTrue();
		this.proxy.advanceClock(Duration.ofMinutes(119));
		assertThat(authenticates(old)).as("during the grace period").isTrue();
		this.proxy.advanceClock(Duration.ofMinutes(2));
		assertThat(authenticates(old)).as("after the grace period").isFalse();
		assertThat(authenticates(rotation.key())).isTrue();

		assertThat(this.stored).containsExactly(rotation.token() + "=" + rotation.key());
		assertThat(this.events).containsExactly(new KeyRotatedEvent(rotation.token(), hash(old), "payments-ci",
				RotationStrategy.REPLACE, rotation.previousKeyExpires()));
	}

	@Test
	void regenerateOnALicensedProxyKeepsTheOldKeyForTheGracePeriod() {
		this.proxy.setEnterpriseLicensed(true);
		String old = budgetedKey();

		KeyRotation rotation = this.keys.rotateKey(old, grace("1h", RotationStrategy.AUTO));

		assertThat(rotation.strategy()).isEqualTo(RotationStrategy.REGENERATE);
		assertThat(this.proxy.keyCount()).isEqualTo(1);
		assertThat(this.proxy.requests("/key/regenerate")).singleElement().satisfies((request) -> {
			assertThat(request.bodyJson().get("grace_period").asString()).isEqualTo("1h");
			assertThat(request.bodyJson().get("new_key").asString()).isEqualTo(rotation.key());
		});
		KeyInfo after = this.keys.keyInfo(rotation.token()).info();
		assertThat(after.keyAlias()).isEqualTo("payments-ci");
		assertThat(after.spend()).isEqualTo(7.5);
		assertThat(rotation.previousKeyExpires().toInstant())
			.isBetween(this.proxy.clock().instant().plus(Duration.ofHours(1)).minusSeconds(5),
					this.proxy.clock().instant().plus(Duration.ofHours(1)));
		this.proxy.advanceClock(Duration.ofMinutes(59));
		assertThat(authenticates(old)).isTrue();
		this.proxy.advanceClock(Duration.ofMinutes(2));
		assertThat(authenticates(old)).isFalse();
		assertThat(authenticates(rotation.key())).isTrue();
		assertThat(this.stored).containsExactly(rotation.token() + "=" + rotation.key());
		assertThat(this.events).singleElement().satisfies((event) -> assertThat(event.strategy())
			.isEqualTo(RotationStrategy.REGENERATE));
	}

	@Test
	void autoAsksAnUnlicensedProxyOnceForTheClientsLifetime() {
		String first = budgetedKey();
		String second = this.keys.generateKey(GenerateKeyRequest.builder().build()).key();

		this.keys.rotateKey(first, grace("1h", RotationStrategy.AUTO));
		this.keys.withChangedBy("ops").rotateKey(second, grace("1h", RotationStrategy.AUTO));

		assertThat(this.proxy.requests("/key/regenerate")).hasSize(1);
		assertThat(this.proxy.requests("/key/generate")).hasSize(4);
		assertThat(this.proxy.keyCount()).isEqualTo(4);
	}

	@Test
	void zeroGracePeriodDeletesTheOldKeyAtOnce() {
		String old = budgetedKey();

		KeyRotation rotation = this.keys.rotateKey(old, grace("0s", RotationStrategy.REPLACE));

		assertThat(this.proxy.hasKey(old)).isFalse();
		assertThat(this.proxy.keyCount()).isEqualTo(1);
		assertThat(authenticates(old)).isFalse();
		assertThat(this.keys.keyInfo(rotation.token()).info().keyAlias()).isEqualTo("payments-ci");
	}

	@Test
	void theOldKeyIsNeverLengthened() {
		String old = this.keys.generateKey(GenerateKeyRequest.builder().duration("30m").build()).key();
		KeyInfo before = this.keys.keyInfo(old).info();

		KeyRotation rotation = this.keys.rotateKey(old, grace("1d", RotationStrategy.REPLACE));

		assertThat(rotation.previousKeyExpires().toInstant()).isEqualTo(before.expires().toInstant());
		assertThat(this.keys.keyInfo(old).info().expires()).isEqualTo(before.expires());
	}

	@Test
	void aSinkThatFailsLeavesTheOldKeyUntouchedAndNoNewKey() {
		String old = budgetedKey();
		KeyInfo before = this.keys.keyInfo(old).info();
		ReactiveKeyManagementTemplate failing = ReactiveKeyManagementTemplate.builder()
			.baseUrl(this.proxy.baseUrl())
			.apiKey(this.proxy.masterKey())
			.keySecretSink((token, key) -> {
				throw new IllegalStateException("vault is sealed");
			})
			.build();
		try (failing) {
			assertThatExceptionOfType(IllegalStateException.class)
				.isThrownBy(() -> failing.rotateKey(old, grace("1h", RotationStrategy.REPLACE)).block())
				.withMessage("vault is sealed");
		}
		assertThat(this.proxy.keyCount()).isEqualTo(1);
		KeyInfo after = this.keys.keyInfo(old).info();
		assertThat(after.keyAlias()).isEqualTo("payments-ci");
		assertThat(after.expires()).isEqualTo(before.expires());
		assertThat(after.metadata()).isEqualTo(before.metadata());
	}

	@Test
	void regenerateReadsTheOldKeyAndRefusesABlockedOneBeforeAnyWrite() {
		this.proxy.setEnterpriseLicensed(true);
		String old = budgetedKey();
		this.keys.blockKey(old);
		int before = this.proxy.requests().size();

		for (RotationStrategy strategy : new RotationStrategy[] { RotationStrategy.REGENERATE, RotationStrategy.AUTO }) {
			assertThatExceptionOfType(KeyRotationException.class)
				.isThrownBy(() -> this.keys.rotateKey(old, grace("1h", strategy)))
				.satisfies((ex) -> {
					assertThat(ex.step()).isEqualTo(Step.READ);
					assertThat(ex.getCause()).isInstanceOf(IllegalStateException.class)
						.hasMessageContaining("is revoked on the proxy");
				});
		}
		assertThat(this.proxy.requests().subList(before, this.proxy.requests().size()))
			.extracting(RecordedRequest::path)
			.containsOnly("/key/info");
		assertThat(this.proxy.requests("/key/regenerate")).isEmpty();
		assertThat(this.stored).isEmpty();
		assertThat(this.events).isEmpty();
		assertThat(this.keys.keyInfo(old).info().blocked()).isTrue();
	}

	@Test
	void regenerateRefusesAnExpiredKeyInsteadOfHandingOutAnExpiredSuccessor() {
		this.proxy.setEnterpriseLicensed(true);
		String old = budgetedKey();
		this.proxy.advanceClock(Duration.ofDays(91));

		assertThatExceptionOfType(KeyRotationException.class)
			.isThrownBy(() -> this.keys.rotateKey(old, grace("1h", RotationStrategy.REGENERATE)))
			.satisfies((ex) -> assertThat(ex.getCause()).hasMessageContaining("is expired on the proxy"));
		assertThat(this.proxy.hasKey(old)).isTrue();
		assertThat(this.stored).isEmpty();
	}

	@Test
	void anAutoRotationFallingBackToReplaceReadsTheOldKeyOnce() {
		String old = budgetedKey();
		int before = this.proxy.requests("/key/info").size();

		this.keys.rotateKey(old, grace("1h", RotationStrategy.AUTO));

		assertThat(this.proxy.requests("/key/info").subList(before, this.proxy.requests("/key/info").size()))
			.extracting((request) -> request.queryParam("key"))
			.containsOnlyOnce(hash(old));
	}

	@Test
	void invalidInputIsRefusedBeforeAnythingIsSent() {
		assertThatIllegalArgumentException().isThrownBy(() -> RotateKeyRequest.builder().gracePeriod("24H"))
			.withMessageContaining("grace_period");
		assertThatIllegalArgumentException().isThrownBy(() -> RotateKeyRequest.builder().gracePeriod("1.5h"))
			.withMessageContaining("grace_period");
		assertThatIllegalArgumentException().isThrownBy(() -> RotateKeyRequest.builder().gracePeriod("1mo"))
			.withMessageContaining("grace_period");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RotateKeyRequest.builder().gracePeriod(Duration.ofSeconds(-1)))
			.withMessageContaining("grace_period");
		assertThatIllegalArgumentException().isThrownBy(() -> RotateKeyRequest.builder().build())
			.withMessageContaining("grace_period");
		assertThatIllegalArgumentException().isThrownBy(() -> RotateKeyRequest.builder().newKey("not-a-key"))
			.withMessageContaining("new_key");
		assertThat(this.proxy.requests()).isEmpty();
	}

}
