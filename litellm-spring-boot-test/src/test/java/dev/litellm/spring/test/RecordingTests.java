package dev.litellm.spring.test;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class RecordingTests extends FakeProxyTestSupport {

	@Test
	void recordsMethodPathQueryHeadersAndBody() {
		this.client.post("/key/generate", "{\"key_alias\":\"rec\"}", Map.of("litellm-changed-by", "alice"));
		this.client.get("/key/list?page=2&size=5&expand=user&expand=other");

		RecordedRequest generate = this.proxy.requests().get(0);
		assertThat(generate.method()).isEqualTo("POST");
		assertThat(generate.path()).isEqualTo("/key/generate");
		assertThat(generate.changedBy()).isEqualTo("alice");
		assertThat(generate.header("LITELLM-CHANGED-BY")).isEqualTo("alice");
		assertThat(generate.header("authorization")).isEqualTo("Bearer " + this.proxy.masterKey());
		assertThat(generate.header("content-type")).isEqualTo("application/json");
		assertThat(generate.body()).isEqualTo("{\"key_alias\":\"rec\"}");
		assertThat(generate.bodyJson().get("key_alias").asString()).isEqualTo("rec");

		RecordedRequest list = this.proxy.lastRequest();
		assertThat(list.method()).isEqualTo("GET");
		assertThat(list.path()).isEqualTo("/key/list");
		assertThat(list.queryParam("page")).isEqualTo("2");
		assertThat(list.query().get("expand")).containsExactly("user", "other");
		assertThat(list.queryParam("missing")).isNull();
		assertThat(list.body()).isEmpty();
		assertThat(list.changedBy()).isNull();
	}

	@Test
	void filtersByPath() {
		this.client.get("/key/list");
		this.client.post("/key/generate", "{}");
		this.client.get("/key/list");

		assertThat(this.proxy.requests("/key/list")).hasSize(2);
		assertThat(this.proxy.requests("/key/generate")).hasSize(1);
		assertThat(this.proxy.requests()).hasSize(3);
	}

	@Test
	void decodesEncodedPathsAndQueries() {
		this.client.get("/key/info?key=a%2Bb%20c");

		assertThat(this.proxy.lastRequest().queryParam("key")).isEqualTo("a+b c");
	}

	@Test
	void unauthenticatedAndUnknownRequestsAreRecordedToo() {
		this.client.withHeaders(Map.of("X-Other", "1")).get("/key/list");
		this.client.get("/nowhere");

		assertThat(this.proxy.requests()).extracting(RecordedRequest::path).containsExactly("/key/list", "/nowhere");
	}

	@Test
	void toStringShowsNoSecrets() {
		this.client.post("/key/generate", "{\"key\":\"sk-secret-value\"}");

		assertThat(this.proxy.lastRequest().toString()).isEqualTo("RecordedRequest[POST /key/generate]")
			.doesNotContain(this.proxy.masterKey());
	}

	@Test
	void lastRequestWithoutRequestsIsAnError() {
		assertThatIllegalStateException().isThrownBy(() -> this.proxy.lastRequest());
	}

	@Test
	void bodyJsonOfANonJsonBodyIsAnError() {
		this.client.get("/key/list");

		assertThatIllegalStateException().isThrownBy(() -> this.proxy.lastRequest().bodyJson());
	}

	@Test
	void resetForgetsRequestsKeysAndFaults() {
		generateKey();
		this.proxy.fail("/key/list", 500);

		this.proxy.reset();

		assertThat(this.proxy.requests()).isEmpty();
		assertThat(this.proxy.keyCount()).isZero();
		assertThat(this.client.get("/key/list").status()).isEqualTo(200);
	}

}
