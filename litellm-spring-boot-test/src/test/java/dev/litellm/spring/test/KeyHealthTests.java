package dev.litellm.spring.test;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyHealthTests extends FakeProxyTestSupport {

	@Test
	void masterKeyIsHealthyWithoutLoggingCallbacks() {
		ProxyClient.Response response = this.client.post("/key/health", "");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"key\":\"healthy\",\"logging_callbacks\":null}");
	}

	@Test
	void keyWithLoggingReportsItsCallbacks() {
		String key = generateKey("{\"metadata\":{\"logging\":[{\"callback_name\":\"langfuse\"}]}}");

		ProxyClient.Response response = this.client.as(key).post("/key/health", "");

		assertThat(response.body()).isEqualTo("{\"key\":\"healthy\",\"logging_callbacks\":{\"callbacks\":[\"langfuse\"],"
				+ "\"status\":\"healthy\",\"details\":\"No logger exceptions triggered, system is healthy. Manually "
				+ "check if logs were sent to ['langfuse'] \"}}");
	}

	@Test
	void loggingWithoutCallbackNameFailsTheCheck() {
		String key = generateKey("{\"metadata\":{\"logging\":[{\"callback_type\":\"success\"}]}}");

		ProxyClient.Response response = this.client.as(key).post("/key/health", "");

		assertThat(response.status()).isEqualTo(500);
		assertThat(response.error().get("message").asString())
			.isEqualTo("Key health check failed: callback_name is required in key_logging");
	}

}
