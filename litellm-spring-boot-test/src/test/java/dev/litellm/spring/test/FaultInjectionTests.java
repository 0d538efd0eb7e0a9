package dev.litellm.spring.test;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class FaultInjectionTests extends FakeProxyTestSupport {

	@Test
	void persistentFailureAnswersEveryRequestWithTheReasonPhrase() {
		this.proxy.fail("/key/generate", 503);

		ProxyClient.Response first = this.client.post("/key/generate", "{}");
		ProxyClient.Response second = this.client.post("/key/generate", "{}");

		assertThat(first.status()).isEqualTo(503);
		assertThat(first.body()).isEqualTo("Service Unavailable");
		assertThat(first.contentType()).startsWith("text/plain");
		assertThat(second.status()).isEqualTo(503);
		assertThat(this.proxy.keyCount()).isZero();
	}

	@Test
	void oneShotFailureThenNormalAnswers() {
		this.proxy.failOnce("/key/generate", 502);

		assertThat(this.client.post("/key/generate", "{}").status()).isEqualTo(502);
		assertThat(this.client.post("/key/generate", "{}").status()).isEqualTo(200);
		assertThat(this.proxy.keyCount()).isEqualTo(1);
	}

	@Test
	void faultsApplyOnlyToTheirPath() {
		this.proxy.fail("/key/info", 500);

		assertThat(this.client.get("/key/list").status()).isEqualTo(200);
	}

	@Test
	void statusFaultWithJsonBodyAndHeaders() {
		this.proxy.inject("/key/list", Fault.status(429)
			.withJsonBody("{\"error\":{\"message\":\"slow down\",\"type\":\"None\",\"param\":\"None\",\"code\":\"429\"}}")
			.withHeader("Retry-After", "2")
			.times(2));

		ProxyClient.Response first = this.client.get("/key/list");
		ProxyClient.Response second = this.client.get("/key/list");
		ProxyClient.Response third = this.client.get("/key/list");

		assertThat(first.status()).isEqualTo(429);
		assertThat(first.contentType()).isEqualTo("application/json");
		assertThat(first.raw().headers().firstValue("Retry-After")).hasValue("2");
		assertThat(first.error().get("message").asString()).isEqualTo("slow down");
		assertThat(second.status()).isEqualTo(429);
		assertThat(third.status()).isEqualTo(200);
	}

	@Test
	void shortcutForAPersistentJsonFailure() {
		this.proxy.fail("/key/list", 500, "{\"detail\":\"boom\"}");

		ProxyClient.Response response = this.client.get("/key/list");

		assertThat(response.status()).isEqualTo(500);
		assertThat(response.body()).isEqualTo("{\"detail\":\"boom\"}");
	}

	@Test
	void delayHoldsTheNormalAnswer() {
		this.proxy.delayOnce("/key/list", Duration.ofMillis(400));

		long start = System.nanoTime();
		ProxyClient.Response delayed = this.client.get("/key/list");
		long delayedMillis = (System.nanoTime() - start) / 1_000_000;

		assertThat(delayed.status()).isEqualTo(200);
		assertThat(delayedMillis).isGreaterThanOrEqualTo(400);
	}

	@Test
	void persistentDelayAppliesToEveryRequest() {
		this.proxy.delay("/key/list", Duration.ofMillis(150));

		for (int i = 0; i < 2; i++) {
			long start = System.nanoTime();
			this.client.get("/key/list");
			assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(150);
		}
	}

	@Test
	void delayedStatusFault() {
		this.proxy.inject("/key/list", Fault.status(504).withDelay(Duration.ofMillis(200)).once());

		long start = System.nanoTime();
		ProxyClient.Response response = this.client.get("/key/list");

		assertThat(response.status()).isEqualTo(504);
		assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(200);
	}

	@Test
	void disconnectDropsTheConnectionWithoutAnAnswer() {
		this.proxy.inject("/key/generate", Fault.disconnect().once());

		assertThatIllegalStateException().isThrownBy(() -> this.client.post("/key/generate", "{}"))
			.withCauseInstanceOf(java.io.IOException.class);
		assertThat(this.client.post("/key/generate", "{}").status()).isEqualTo(200);
	}

	@Test
	void faultsApplyInTheOrderInjected() {
		this.proxy.failOnce("/key/list", 500);
		this.proxy.failOnce("/key/list", 502);

		assertThat(this.client.get("/key/list").status()).isEqualTo(500);
		assertThat(this.client.get("/key/list").status()).isEqualTo(502);
		assertThat(this.client.get("/key/list").status()).isEqualTo(200);
	}

	@Test
	void clearFaultsRemovesThem() {
		this.proxy.fail("/key/list", 500);

		this.proxy.clearFaults();

		assertThat(this.client.get("/key/list").status()).isEqualTo(200);
	}

	@Test
	void faultedRequestsAreRecorded() {
		this.proxy.fail("/key/generate", 503);

		this.client.post("/key/generate", "{\"key_alias\":\"x\"}");

		assertThat(this.proxy.requests("/key/generate")).hasSize(1);
		assertThat(this.proxy.lastRequest().bodyJson().get("key_alias").asString()).isEqualTo("x");
	}

	@Test
	void faultsAreValidated() {
		assertThatIllegalArgumentException().isThrownBy(() -> Fault.status(99));
		assertThatIllegalArgumentException().isThrownBy(() -> Fault.status(500).times(0));
		assertThatIllegalArgumentException().isThrownBy(() -> Fault.delay(Duration.ofSeconds(-1)));
		assertThatIllegalStateException().isThrownBy(() -> Fault.delay(Duration.ZERO).withHeader("a", "b"));
		assertThat(Fault.status(500).isPersistent()).isTrue();
		assertThat(Fault.status(500).once().times()).isEqualTo(1);
	}

}
