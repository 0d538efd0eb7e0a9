package dev.litellm.spring.test.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;

import dev.litellm.spring.test.RecordedRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The proxy's auth dependency ({@code user_api_key_auth}) for the {@code /key/*} routes: finds the key in the
 * headers and resolves it to the master key or a valid virtual key, with the proxy's 401 answers otherwise.
 */
final class Authenticator {

	private static final List<String> OTHER_KEY_HEADERS = List.of("api-key", "x-api-key", "x-goog-api-key",
			"ocp-apim-subscription-key");

	private final ProxySettings settings;

	private final KeyStore store;

	Authenticator(ProxySettings settings, KeyStore store) {
		this.settings = settings;
		this.store = store;
	}

	/**
	 * Resolves the caller of a request; call holding the store's lock.
	 *
	 * @param request the request
	 * @param now the time of the request
	 * @return the caller
	 * @throws ApiError the proxy's 401
	 */
	Caller authenticate(RecordedRequest request, Instant now) {
		String key = presentedKey(request);
		if (key == null) {
			throw ApiError.envelope(401, "Authentication Error, No api key passed in.", "auth_error", "None");
		}
		if (key.isEmpty()) {
			throw ApiError.envelope(401,
					"Authentication Error, Malformed API Key passed in. Ensure Key has `Bearer ` prefix.",
					"auth_error", "None");
		}
		if (MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8),
				this.settings.masterKey().getBytes(StandardCharsets.UTF_8))) {
			return new Caller(true, VirtualKeys.sha256(key), Caller.PROXY_ADMIN_NAME, null);
		}
		if (!key.startsWith("sk-")) {
			throw ApiError.envelope(401, "Authentication Error, LiteLLM Virtual Key expected. Received="
					+ VirtualKeys.mask(key) + ", expected to start with 'sk-'.", "auth_error", "None");
		}
		String hash = VirtualKeys.sha256(key);
		TableRow row = this.store.keyForAuthentication(hash, now);
		if (row == null) {
			throw ApiError.envelope(401, "Authentication Error, Invalid proxy server token passed. Received API Key = "
					+ VirtualKeys.abbreviate(key) + ", Key Hash (Token) =" + hash
					+ ". Unable to find token in cache or `LiteLLM_VerificationTokenTable`", "token_not_found_in_db",
					"key");
		}
		JsonNode blocked = row.json("blocked");
		if (blocked != null && blocked.isBoolean() && blocked.booleanValue()) {
			throw ApiError.envelope(401,
					"Authentication Error, Key is blocked. Update via `/key/unblock` if you're admin.", "auth_error",
					"None");
		}
		Instant expires = row.time("expires");
		if (expires != null && expires.isBefore(now)) {
			throw ApiError.envelope(401, "Authentication Error - Expired Key. Key Expiry time "
					+ PythonRepr.str(expires) + " and current time " + PythonRepr.str(now), "expired_key",
					VirtualKeys.abbreviate(key));
		}
		return new Caller(false, row.string("token"), row.string("user_id"), row);
	}

	/** {@code get_api_key}: the key from the headers, {@code ""} for a malformed one, {@code null} for none. */
	private static @Nullable String presentedKey(RecordedRequest request) {
		String custom = request.header("x-litellm-api-key");
		if (custom != null) {
			if (custom.startsWith("Bearer ")) {
				return custom.replace("Bearer ", "");
			}
			return custom.startsWith("Basic ") ? custom.replace("Basic ", "") : custom;
		}
		String authorization = request.header("authorization");
		if (authorization != null) {
			if (authorization.startsWith("Bearer ")) {
				return authorization.replace("Bearer ", "");
			}
			if (authorization.startsWith("Basic ")) {
				return authorization.replace("Basic ", "");
			}
			return authorization.startsWith("bearer ") ? authorization.replace("bearer ", "") : "";
		}
		for (String name : OTHER_KEY_HEADERS) {
			String value = request.header(name);
			if (value != null) {
				return value;
			}
		}
		return null;
	}

}
