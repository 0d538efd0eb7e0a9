package dev.litellm.spring.test.internal;

import java.time.Instant;
import java.util.Map;

import dev.litellm.spring.test.RecordedRequest;
import dev.litellm.spring.test.internal.RouteTable.Access;
import dev.litellm.spring.test.internal.RouteTable.Body;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RouteTableTests {

	private static final RouteTable.Handler ANSWER = (call) -> ProxyResponse.text(200, "ok");

	private final RouteTable routes = new RouteTable()
		.add("POST", "/key/regenerate", Access.PROXY_ADMIN, Body.JSON, ANSWER)
		.add("POST", "/key/{key}/regenerate", Access.PROXY_ADMIN, Body.JSON, ANSWER)
		.add("GET", "/key/info", Access.ANY_KEY, Body.NONE, ANSWER);

	@Test
	void aFixedPathMatchesWithoutVariables() {
		RouteTable.Match match = this.routes.match(request("POST", "/key/regenerate"));
		assertThat(match.route().path().pattern()).contains("/key/regenerate");
		assertThat(match.route().variables()).isEmpty();
		assertThat(match.pathVariables()).isEmpty();
	}

	@Test
	void aPathVariableCapturesEverythingBetweenItsNeighboursSlashesIncluded() {
		assertThat(this.routes.match(request("POST", "/key/sk-abc/regenerate")).pathVariables())
			.isEqualTo(Map.of("key", "sk-abc"));
		assertThat(this.routes.match(request("POST", "/key/a/b/regenerate")).pathVariables())
			.isEqualTo(Map.of("key", "a/b"));
	}

	@Test
	void theMethodIsMatchedIgnoringCase() {
		assertThat(this.routes.match(request("get", "/key/info")).route().access()).isEqualTo(Access.ANY_KEY);
	}

	@Test
	void aKnownPathWithAnotherMethodIsA405() {
		assertRejected("GET", "/key/x/regenerate", 405, "{\"detail\":\"Method Not Allowed\"}");
	}

	@Test
	void anUnknownPathIsA404() {
		assertRejected("POST", "/key/regenerate/", 404, "{\"detail\":\"Not Found\"}");
	}

	private void assertRejected(String method, String path, int status, String body) {
		assertThatExceptionOfType(ApiError.class).isThrownBy(() -> this.routes.match(request(method, path)))
			.satisfies((error) -> assertThat(error.response().status()).isEqualTo(status))
			.satisfies((error) -> assertThat(error.response().body()).isEqualTo(body));
	}

	private static RecordedRequest request(String method, String path) {
		return new RecordedRequest(method, path, Map.of(), Map.of(), "", Instant.EPOCH);
	}

}
