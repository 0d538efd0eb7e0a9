package dev.litellm.samples.keyvending;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.litellm.spring.test.AutoConfigureFakeLiteLlm;
import dev.litellm.spring.test.FakeLiteLlmProxy;
import dev.litellm.spring.test.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole flow through HTTP, signed in as team admins, against the fake proxy: issue, list, look up, rotate,
 * block, unblock and revoke, with the audit header checked on every write.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		// proxyFailureIsABadGateway provokes the handler's warning on purpose: keep it out of the build's output
		properties = "logging.level.dev.litellm.samples.keyvending.ApiExceptionHandler=error")
@AutoConfigureFakeLiteLlm
@ExtendWith(OutputCaptureExtension.class)
class KeyVendingFlowTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private FakeLiteLlmProxy proxy;

	private RestClient anonymous;

	private RestClient alice;

	private RestClient bob;

	@BeforeEach
	void clients() {
		this.anonymous = client(null, null);
		this.alice = client("alice", "alice-secret");
		this.bob = client("bob", "bob-secret");
	}

	@Test
	void requiresSignIn() {
		assertThat(status(this.anonymous.get().uri("/api/keys"))).isEqualTo(401);
		assertThat(status(client("alice", "wrong").get().uri("/api/keys"))).isEqualTo(401);
		assertThat(this.proxy.requests()).isEmpty();
	}

	@Test
	void issuesListsRotatesBlocksUnblocksAndRevokesAKey(CapturedOutput output) {
		JsonNode issued = issue(this.alice, "platform-ci");
		String key = issued.get("key").asString();
		String token = issued.get("token").asString();
		assertThat(key).startsWith("sk-");
		assertThat(token).isEqualTo(sha256(key));
		assertThat(issued.get("team").asString()).isEqualTo("platform");
		assertAudited("/key/generate", "alice");
		assertThat(this.proxy.requests("/key/generate").get(0).bodyJson().get("team_id").asString()).isEqualTo("platform");

		JsonNode page = body(this.alice.get().uri("/api/keys?page=1&size=10"));
		assertThat(page.get("totalCount").asInt()).isEqualTo(1);
		assertThat(page.get("keys").get(0).get("token").asString()).isEqualTo(token);
		assertThat(page.toString()).doesNotContain(key);

		JsonNode summary = body(this.alice.get().uri("/api/keys/{token}", token));
		assertThat(summary.get("alias").asString()).isEqualTo("platform-ci");
		assertThat(summary.get("maxBudget").asDouble()).isEqualTo(25.0);
		assertThat(summary.has("key")).isFalse();

		JsonNode rotated = body(this.alice.post().uri("/api/keys/{token}/rotate", token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("gracePeriod", "24h")));
		String newKey = rotated.get("key").asString();
		String newToken = rotated.get("token").asString();
		assertThat(newKey).startsWith("sk-").isNotEqualTo(key);
		assertThat(newToken).isNotEqualTo(token);
		assertAudited("/key/regenerate", "alice");
		assertThat(this.proxy.requests("/key/regenerate").get(0).bodyJson().get("grace_period").asString())
			.isEqualTo("24h");
		assertThat(rotated.toString()).doesNotContain(key);

		assertThat(body(json(this.alice.post().uri("/api/keys/{token}/block", newToken))).get("blocked").asBoolean())
			.isTrue();
		assertAudited("/key/block", "alice");
		assertThat(body(json(this.alice.post().uri("/api/keys/{token}/unblock", newToken))).get("blocked").asBoolean())
			.isFalse();
		assertAudited("/key/unblock", "alice");

		assertThat(status(json(this.alice.method(HttpMethod.DELETE).uri("/api/keys/{token}", newToken)))).isEqualTo(204);
		assertAudited("/key/delete", "alice");
		assertThat(status(this.alice.get().uri("/api/keys/{token}", newToken))).isEqualTo(404);

		for (RecordedRequest request : this.proxy.requests()) {
			assertThat(request.path() + "?" + request.query()).doesNotContain("sk-");
		}
		assertThat(output.getAll()).doesNotContain(key).doesNotContain(newKey);
	}

	@Test
	void listsTheTeamsKeysPageByPage() {
		for (int i = 1; i <= 3; i++) {
			issue(this.alice, "platform-" + i);
		}
		issue(this.bob, "research-1");
		JsonNode first = body(this.alice.get().uri("/api/keys?page=1&size=2"));
		JsonNode second = body(this.alice.get().uri("/api/keys?page=2&size=2"));
		assertThat(first.get("totalCount").asInt()).isEqualTo(3);
		assertThat(first.get("totalPages").asInt()).isEqualTo(2);
		assertThat(first.get("keys")).hasSize(2);
		assertThat(second.get("keys")).hasSize(1);
		assertThat(first.toString() + second.toString()).doesNotContain("research-1");
	}

	@Test
	void anotherTeamsKeyIsNotFound() {
		String token = issue(this.alice, "platform-private").get("token").asString();
		assertThat(status(this.bob.get().uri("/api/keys/{token}", token))).isEqualTo(404);
		assertThat(status(json(this.bob.post().uri("/api/keys/{token}/block", token)))).isEqualTo(404);
		assertThat(status(json(this.bob.method(HttpMethod.DELETE).uri("/api/keys/{token}", token)))).isEqualTo(404);
		assertThat(this.proxy.requests("/key/block")).isEmpty();
		assertThat(this.proxy.requests("/key/delete")).isEmpty();
	}

	@Test
	void badInputGetsAProblemNamingTheField() {
		JsonNode problem = problem(this.alice.post().uri("/api/keys").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("alias", "x", "models", List.of("gpt-4o"), "maxBudget", 5, "budgetDuration", "30D")), 400);
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("budgetDuration");
		JsonNode missing = problem(this.alice.post().uri("/api/keys").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("models", List.of("gpt-4o"), "maxBudget", -1, "budgetDuration", "30d")), 400);
		assertThat(missing.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("alias", "maxBudget");
		JsonNode badToken = problem(this.alice.get().uri("/api/keys/{token}", "sk-not-a-token"), 400);
		assertThat(badToken.get("errors").get(0).get("field").asString()).isEqualTo("token");
		assertThat(this.proxy.requests()).isEmpty();
	}

	@Test
	void duplicateAliasIsAConflict() {
		issue(this.alice, "platform-dup");
		JsonNode problem = problem(this.alice.post().uri("/api/keys").contentType(MediaType.APPLICATION_JSON)
			.body(issueBody("platform-dup")), 409);
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("alias");
	}

	@Test
	void proxyFailureIsABadGateway() {
		this.proxy.fail("/key/generate", 503);
		JsonNode problem = problem(this.alice.post().uri("/api/keys").contentType(MediaType.APPLICATION_JSON)
			.body(issueBody("platform-down")), 502);
		assertThat(problem.get("title").asString()).isEqualTo("Proxy unavailable");
	}

	@Test
	void upperCaseTokenIsRefused() {
		String token = issue(this.alice, "platform-case").get("token").asString();
		JsonNode problem = problem(this.alice.get().uri("/api/keys/{token}", token.toUpperCase(Locale.ROOT)), 400);
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("token");
		assertThat(this.proxy.requests("/key/info")).isEmpty();
	}

	@Test
	void aliasesArePerTeamSoAnotherTeamsAliasStaysHidden() {
		issue(this.alice, "shared-name");
		JsonNode bobs = issue(this.bob, "shared-name");
		assertThat(bobs.get("alias").asString()).isEqualTo("shared-name");
		assertThat(body(this.bob.get().uri("/api/keys/{token}", bobs.get("token").asString())).get("alias").asString())
			.isEqualTo("shared-name");
		assertThat(this.proxy.requests("/key/generate").stream().map((request) -> request.bodyJson().get("key_alias").asString()))
			.containsExactly("platform/shared-name", "research/shared-name");
		JsonNode taken = problem(this.bob.post().uri("/api/keys").contentType(MediaType.APPLICATION_JSON)
			.body(issueBody("shared-name")), 409);
		assertThat(taken.get("detail").asString()).isEqualTo("Your team already has a key with this alias.");
	}

	@Test
	void writesNeedJson() {
		String token = issue(this.alice, "platform-json").get("token").asString();
		assertThat(status(this.alice.post().uri("/api/keys/{token}/block", token)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body("x=1"))).isEqualTo(415);
		assertThat(status(this.alice.post().uri("/api/keys/{token}/block", token)
			.contentType(MediaType.TEXT_PLAIN)
			.body("{}"))).isEqualTo(415);
		assertThat(status(this.alice.post().uri("/api/keys/{token}/unblock", token))).isEqualTo(415);
		assertThat(status(this.alice.post().uri("/api/keys/{token}/rotate", token).contentType(MediaType.TEXT_PLAIN)))
			.isEqualTo(415);
		assertThat(status(this.alice.delete().uri("/api/keys/{token}", token))).isEqualTo(415);
		assertThat(problem(this.alice.post().uri("/api/keys").contentType(MediaType.TEXT_PLAIN)
			.body(json.writeValueAsString(issueBody("platform-plain"))), 415).get("status").asInt()).isEqualTo(415);
		assertThat(this.proxy.requests()).extracting(RecordedRequest::path).containsOnly("/key/generate");
		assertThat(this.proxy.requests("/key/generate")).hasSize(1);
	}

	@Test
	void oversizedBodyIsRefusedBeforeReachingTheProxy() {
		List<String> models = Collections.nCopies(2000, "gpt-4o-mini-" + "x".repeat(20));
		Map<String, Object> body = Map.of("alias", "platform-big", "models", models, "maxBudget", 25, "budgetDuration",
				"30d");
		problem(this.alice.post().uri("/api/keys").contentType(MediaType.APPLICATION_JSON).body(body), 413);
		byte[] sized = json.writeValueAsBytes(body);
		problem(this.alice.post().uri("/api/keys").contentType(MediaType.APPLICATION_JSON).contentLength(sized.length)
			.body(sized), 413);
		assertThat(this.proxy.requests()).isEmpty();
	}

	@Test
	void tooManyModelsAreInvalid() {
		Map<String, Object> body = Map.of("alias", "platform-many", "models", Collections.nCopies(51, "gpt-4o-mini"),
				"maxBudget", 25, "budgetDuration", "30d");
		JsonNode problem = problem(this.alice.post().uri("/api/keys").contentType(MediaType.APPLICATION_JSON).body(body),
				400);
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("models");
		assertThat(this.proxy.requests()).isEmpty();
	}

	@Test
	void theClientChoosesEachNewKeysSecret() {
		String key = issue(this.alice, "platform-own-secret").get("key").asString();
		assertThat(this.proxy.requests("/key/generate").get(0).bodyJson().get("key").asString()).isEqualTo(key);
	}

	@Test
	void healthShowsTheLiteLlmComponent() {
		JsonNode health = body(this.anonymous.get().uri("/actuator/health"));
		assertThat(health.get("components").get("litellm").get("status").asString()).isEqualTo("UP");
	}

	@Test
	void healthDetailsAreForSignedInAdminsOnly() {
		String anonymous = this.anonymous.get().uri("/actuator/health").retrieve().body(String.class);
		assertThat(json.readTree(anonymous).findValues("details")).isEmpty();
		assertThat(anonymous).doesNotContain(this.proxy.baseUrl()).doesNotContain("path");
		JsonNode admin = body(this.alice.get().uri("/actuator/health"));
		assertThat(admin.get("components").get("litellm").get("details").get("baseUrl").asString())
			.isEqualTo(this.proxy.baseUrl());
	}

	@Test
	void healthChecksDoNotHammerTheProxy() {
		for (int i = 0; i < 10; i++) {
			assertThat(status(this.anonymous.get().uri("/actuator/health"))).isIn(200, 503);
		}
		assertThat(this.proxy.requests("/key/list")).hasSizeLessThanOrEqualTo(1);
	}

	@Test
	void operationMetricsAreExposed() {
		issue(this.alice, "platform-metrics");
		JsonNode metric = body(this.alice.get().uri("/actuator/metrics/litellm.client.operation"));
		assertThat(metric.get("availableTags").findValuesAsString("tag")).contains("litellm.operation", "outcome", "error");
	}

	private static String sha256(String key) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private JsonNode issue(RestClient admin, String alias) {
		return body(admin.post().uri("/api/keys").contentType(MediaType.APPLICATION_JSON).body(issueBody(alias)));
	}

	private static Map<String, Object> issueBody(String alias) {
		return Map.of("alias", alias, "models", List.of("gpt-4o-mini"), "maxBudget", 25, "budgetDuration", "30d",
				"expiresIn", "90d");
	}

	private void assertAudited(String path, String admin) {
		List<RecordedRequest> writes = this.proxy.requests(path);
		assertThat(writes).as(path).isNotEmpty();
		assertThat(writes.get(writes.size() - 1).changedBy()).as(path).isEqualTo(admin);
	}

	private static RestClient.RequestHeadersSpec<?> json(RestClient.RequestBodySpec request) {
		return request.contentType(MediaType.APPLICATION_JSON);
	}

	private static JsonNode body(RestClient.RequestHeadersSpec<?> request) {
		return json.readTree(request.retrieve().body(String.class));
	}

	private static JsonNode problem(RestClient.RequestHeadersSpec<?> request, int expectedStatus) {
		return request.exchange((req, response) -> {
			assertThat(response.getStatusCode().value()).isEqualTo(expectedStatus);
			assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
			return json.readTree(response.getBody());
		});
	}

	private static int status(RestClient.RequestHeadersSpec<?> request) {
		return request.exchange((req, response) -> response.getStatusCode()).value();
	}

	private RestClient client(String user, String password) {
		RestClient.Builder builder = RestClient.builder().baseUrl("http://localhost:" + this.port)
			.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
				throw new AssertionError("HTTP " + response.getStatusCode() + ": " + new String(response.getBody().readAllBytes()));
			});
		if (user != null) {
			builder.defaultHeaders((headers) -> headers.setBasicAuth(user, password));
		}
		return builder.build();
	}

}
