package dev.litellm.spring.test;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticationTests extends FakeProxyTestSupport {

	@Test
	void noKeyIsRejectedWithTheProxysExactBody() {
		ProxyClient.Response response = this.client.withHeaders(Map.of("X-Other", "1")).get("/key/list");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/json");
		assertThat(response.body()).isEqualTo("{\"error\":{\"message\":\"Authentication Error, No api key passed in.\","
				+ "\"type\":\"auth_error\",\"param\":\"None\",\"code\":\"401\"}}");
	}

	@Test
	void masterKeyAsBearerTokenIsAccepted() {
		assertThat(this.client.get("/key/list").status()).isEqualTo(200);
	}

	@Test
	void litellmHeaderAcceptsBareAndBearerKeys() {
		String master = this.proxy.masterKey();

		assertThat(this.client.withHeaders(Map.of("x-litellm-api-key", master)).get("/key/list").status())
			.isEqualTo(200);
		assertThat(this.client.withHeaders(Map.of("x-litellm-api-key", "Bearer " + master)).get("/key/list").status())
			.isEqualTo(200);
	}

	@Test
	void litellmHeaderWinsOverAuthorization() {
		String master = this.proxy.masterKey();

		ProxyClient.Response litellmValid = this.client
			.withHeaders(Map.of("x-litellm-api-key", master, "Authorization", "Bearer sk-wrong-key-0000"))
			.get("/key/list");
		ProxyClient.Response litellmInvalid = this.client
			.withHeaders(Map.of("x-litellm-api-key", "sk-wrong-key-0000", "Authorization", "Bearer " + master))
			.get("/key/list");

		assertThat(litellmValid.status()).isEqualTo(200);
		assertThat(litellmInvalid.status()).isEqualTo(401);
		assertThat(litellmInvalid.error().get("type").asString()).isEqualTo("token_not_found_in_db");
	}

	@Test
	void otherVendorHeadersCarryBareKeys() {
		String master = this.proxy.masterKey();

		assertThat(this.client.withHeaders(Map.of("x-api-key", master)).get("/key/list").status()).isEqualTo(200);
		assertThat(this.client.withHeaders(Map.of("API-Key", master)).get("/key/list").status()).isEqualTo(200);
	}

	@Test
	void authorizationWithoutBearerPrefixIsMalformed() {
		ProxyClient.Response response = this.client
			.withHeaders(Map.of("Authorization", "Token " + this.proxy.masterKey()))
			.get("/key/list");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.error().get("message").asString())
			.isEqualTo("Authentication Error, Malformed API Key passed in. Ensure Key has `Bearer ` prefix.");
		assertThat(response.error().get("type").asString()).isEqualTo("auth_error");
	}

	@Test
	void unknownVirtualKeyIsNotFoundInDbWithMaskedKeyAndHash() {
		String unknown = "sk-unknown-key-abcd";

		ProxyClient.Response response = this.client.as(unknown).get("/key/list");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.error().get("message").asString())
			.isEqualTo("Authentication Error, Invalid proxy server token passed. Received API Key = sk-...abcd, "
					+ "Key Hash (Token) =" + hash(unknown)
					+ ". Unable to find token in cache or `LiteLLM_VerificationTokenTable`");
		assertThat(response.error().get("type").asString()).isEqualTo("token_not_found_in_db");
		assertThat(response.error().get("param").asString()).isEqualTo("key");
		assertThat(response.error().get("code").asString()).isEqualTo("401");
		assertThat(response.body()).doesNotContain(unknown);
	}

	@Test
	void keyWithoutSkPrefixIsRejectedMasked() {
		ProxyClient.Response response = this.client.as("not-a-litellm-key").get("/key/list");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.error().get("message").asString()).isEqualTo(
				"Authentication Error, LiteLLM Virtual Key expected. Received=not-****-key, expected to start with 'sk-'.");
	}

	@Test
	void virtualKeyReadsItsOwnInfoEchoedAsHash() {
		String key = generateKey("{\"key_alias\":\"mine\"}");

		ProxyClient.Response response = this.client.as(key).get("/key/info");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("key").asString()).isEqualTo(hash(key));
		assertThat(response.json().get("info").get("key_alias").asString()).isEqualTo("mine");
	}

	@Test
	void virtualKeyChecksItsOwnHealth() {
		String key = generateKey();

		ProxyClient.Response response = this.client.as(key).post("/key/health", "");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"key\":\"healthy\",\"logging_callbacks\":null}");
	}

	@Test
	void virtualKeyIsNotAdminOnWriteRoutes() {
		String key = generateKey();

		ProxyClient.Response response = this.client.as(key).post("/key/generate", "{}");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.error().get("message").asString()).isEqualTo("Authentication Error, Only proxy admin can "
				+ "be used to generate, delete, update info for new keys/users/teams. Route=/key/generate. "
				+ "Your role=unknown. Your user_id=unknown");
		assertThat(response.error().get("type").asString()).isEqualTo("auth_error");
	}

	@Test
	void virtualKeyWithoutUserCannotList() {
		String key = generateKey();

		ProxyClient.Response response = this.client.as(key).get("/key/list");

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.error().get("type").asString()).isEqualTo("bad_request_error");
		assertThat(response.error().get("param").asString()).isEqualTo("user_id");
	}

	@Test
	void virtualKeyCannotReadAnotherUsersKey() {
		String mine = generateKey();
		String theirs = generateKey("{\"user_id\":\"someone-else\"}");

		ProxyClient.Response response = this.client.as(mine).get("/key/info?key=" + theirs);

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.error().get("type").asString()).isEqualTo("internal_server_error");
		assertThat(response.error().get("message").asString()).startsWith("You are not allowed to access this key's info");
	}

	@Test
	void blockedKeyIsRejectedOnEveryRoute() {
		String key = generateKey();
		this.client.post("/key/block", "{\"key\":" + quote(key) + "}");

		ProxyClient.Response info = this.client.as(key).get("/key/info");
		ProxyClient.Response health = this.client.as(key).post("/key/health", "");

		assertThat(info.status()).isEqualTo(401);
		assertThat(info.error().get("message").asString())
			.isEqualTo("Authentication Error, Key is blocked. Update via `/key/unblock` if you're admin.");
		assertThat(info.error().get("type").asString()).isEqualTo("auth_error");
		assertThat(health.status()).isEqualTo(401);
	}

	@Test
	void expiredKeyIsRejectedOnceTheClockPassesItsExpiry() {
		freezeClock();
		String key = generateKey("{\"duration\":\"1h\"}");
		assertThat(this.client.as(key).get("/key/info").status()).isEqualTo(200);

		this.proxy.advanceClock(Duration.ofHours(1).plusSeconds(1));
		ProxyClient.Response response = this.client.as(key).get("/key/info");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.error().get("type").asString()).isEqualTo("expired_key");
		assertThat(response.error().get("message").asString()).isEqualTo("Authentication Error - Expired Key. "
				+ "Key Expiry time 2026-03-10 10:15:42.318000+00:00 and current time 2026-03-10 10:15:43.318000+00:00");
		assertThat(response.error().get("param").asString()).isEqualTo("sk-..." + key.substring(key.length() - 4));
	}

	@Test
	void authenticationComesBeforeBodyValidation() {
		ProxyClient.Response response = this.client.withHeaders(Map.of("X-Other", "1"))
			.post("/key/update", "{\"max_budget\":\"lots\"}");

		assertThat(response.status()).isEqualTo(401);
	}

	@Test
	void malformedJsonIsRejectedBeforeAuthentication() {
		ProxyClient.Response response = this.client.withHeaders(Map.of("X-Other", "1"))
			.post("/key/generate", "{not json");

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("detail").get(0).get("type").asString()).isEqualTo("json_invalid");
		assertThat(response.json().get("detail").get(0).get("loc").get(0).asString()).isEqualTo("body");
	}

	@Test
	void unknownRouteIsFastApisNotFound() {
		ProxyClient.Response response = this.client.get("/key/nothing-here");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).isEqualTo("{\"detail\":\"Not Found\"}");
	}

	@Test
	void wrongMethodIsFastApisMethodNotAllowed() {
		ProxyClient.Response response = this.client.get("/key/generate");

		assertThat(response.status()).isEqualTo(405);
		assertThat(response.body()).isEqualTo("{\"detail\":\"Method Not Allowed\"}");
	}

}
