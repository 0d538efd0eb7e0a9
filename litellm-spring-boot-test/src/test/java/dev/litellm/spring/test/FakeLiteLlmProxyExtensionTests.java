package dev.litellm.spring.test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Runs scenario classes that use {@link FakeLiteLlmProxyExtension} through the JUnit Platform and checks what they
 * saw, and that the fake is stopped once their class is done.
 */
class FakeLiteLlmProxyExtensionTests {

	static final List<FakeLiteLlmProxy> SEEN = new CopyOnWriteArrayList<>();

	private static TestExecutionSummary run(Class<?> scenario) {
		SEEN.clear();
		LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
			.selectors(selectClass(scenario))
			.build();
		Launcher launcher = LauncherFactory.create();
		SummaryGeneratingListener listener = new SummaryGeneratingListener();
		launcher.execute(request, listener);
		TestExecutionSummary summary = listener.getSummary();
		summary.getFailures().forEach(failure -> {
			throw new AssertionError("Scenario test failed: " + failure.getTestIdentifier().getDisplayName(),
					failure.getException());
		});
		return summary;
	}

	@Test
	void declarativeUseInjectsOneFakePerClassAndResetsBetweenTests() {
		TestExecutionSummary summary = run(DeclarativeScenario.class);

		assertThat(summary.getTestsSucceededCount()).isEqualTo(3);
		assertThat(SEEN).isNotEmpty().allSatisfy(proxy -> assertThat(proxy).isSameAs(SEEN.get(0)));
		assertThat(SEEN.get(0).isRunning()).isFalse();
	}

	@Test
	void programmaticUseConfiguresTheFakeAndCanKeepState() {
		TestExecutionSummary summary = run(ProgrammaticScenario.class);

		assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
		assertThat(SEEN).hasSize(2);
		assertThat(SEEN.get(0)).isSameAs(SEEN.get(1));
		assertThat(SEEN.get(0).isRunning()).isFalse();
	}

	@Test
	void instanceFieldRegistrationStartsAFakePerTest() {
		TestExecutionSummary summary = run(InstanceFieldScenario.class);

		assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
		assertThat(SEEN).hasSize(2);
		assertThat(SEEN.get(0)).isNotSameAs(SEEN.get(1));
		assertThat(SEEN).noneMatch(FakeLiteLlmProxy::isRunning);
	}

	@Test
	void proxyIsUnavailableBeforeTheExtensionStartsIt() {
		assertThatIllegalStateException().isThrownBy(() -> new FakeLiteLlmProxyExtension().proxy());
	}

	@ExtendWith(FakeLiteLlmProxyExtension.class)
	@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
	static class DeclarativeScenario {

		static FakeLiteLlmProxy staticProxy;

		FakeLiteLlmProxy instanceProxy;

		@BeforeAll
		static void beforeAll(FakeLiteLlmProxy proxy) {
			assertThat(staticProxy).isSameAs(proxy);
			assertThat(proxy.isRunning()).isTrue();
			SEEN.add(proxy);
		}

		@Test
		@Order(1)
		void first(FakeLiteLlmProxy proxy) {
			assertThat(this.instanceProxy).isSameAs(proxy);
			new ProxyClient(proxy).generate("{}");
			assertThat(proxy.keyCount()).isEqualTo(1);
			SEEN.add(proxy);
		}

		@Test
		@Order(2)
		void second(FakeLiteLlmProxy proxy) {
			assertThat(proxy.keyCount()).isZero();
			assertThat(proxy.requests()).isEmpty();
			SEEN.add(proxy);
		}

		@Nested
		class Inner {

			@Test
			void sharesTheEnclosingFake(FakeLiteLlmProxy proxy) {
				assertThat(proxy).isSameAs(staticProxy);
				SEEN.add(proxy);
			}

		}

	}

	@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
	static class ProgrammaticScenario {

		@RegisterExtension
		static FakeLiteLlmProxyExtension litellm = new FakeLiteLlmProxyExtension(
				FakeLiteLlmProxy.builder().masterKey("sk-programmatic"), false);

		@Test
		@Order(1)
		void first() {
			assertThat(litellm.masterKey()).isEqualTo("sk-programmatic");
			assertThat(litellm.baseUrl()).startsWith("http://127.0.0.1:");
			new ProxyClient(litellm.proxy()).generate("{}");
			SEEN.add(litellm.proxy());
		}

		@Test
		@Order(2)
		void stateIsKept() {
			assertThat(litellm.proxy().keyCount()).isEqualTo(1);
			SEEN.add(litellm.proxy());
		}

	}

	static class InstanceFieldScenario {

		@RegisterExtension
		FakeLiteLlmProxyExtension litellm = new FakeLiteLlmProxyExtension();

		@BeforeEach
		void running() {
			assertThat(this.litellm.proxy().isRunning()).isTrue();
		}

		@Test
		void first() {
			SEEN.add(this.litellm.proxy());
		}

		@Test
		void second() {
			SEEN.add(this.litellm.proxy());
		}

	}

}
