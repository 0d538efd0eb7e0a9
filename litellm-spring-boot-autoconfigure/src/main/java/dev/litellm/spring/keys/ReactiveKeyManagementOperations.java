package dev.litellm.spring.keys;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The LiteLLM proxy's virtual-key management API ({@code /key/*}), on Reactor. Implemented by
 * {@link ReactiveKeyManagementTemplate}; with the starter, inject it as a bean. Nothing is sent until the returned
 * publisher is subscribed to, and each subscription sends anew.
 *
 * <p>Every method fails with {@link IllegalArgumentException} naming the field, before anything is sent, when its
 * input is invalid; with a {@link dev.litellm.spring.LiteLlmApiException} subtype when the proxy answers with an
 * error; and with {@link dev.litellm.spring.LiteLlmTransportException} when no usable answer arrives. Keys may be
 * given raw ({@code sk-…}) or as their SHA-256 hash wherever a key is expected; a raw key never appears in a URL, a
 * log line or an exception message. Besides the statuses each method lists, every call can end in 401
 * ({@link dev.litellm.spring.LiteLlmAuthenticationException}: the calling key is missing, unknown, expired or
 * blocked, or its role may not call a write route), 403
 * ({@link dev.litellm.spring.LiteLlmPermissionDeniedException}: the route is not open to the calling key's role),
 * 429 ({@link dev.litellm.spring.LiteLlmRateLimitException}) and 5xx
 * ({@link dev.litellm.spring.LiteLlmServerException}). "Proxies up to 1.81.14" and "newer proxies" below name the
 * releases whose answers differ.
 *
 * <p>Writes (generate, service-account generate, update, bulk updates, spend reset, delete, block, unblock,
 * regenerate) carry the {@code litellm-changed-by} audit
 * header when an actor is known: the one set with {@link #withChangedBy(String)}, else the application's
 * resolver (the Spring Security principal with the starter), else the configured default.
 *
 * @see KeyManagementOperations
 */
public interface ReactiveKeyManagementOperations {

	/**
	 * Create a key. {@code POST /key/generate}.
	 * <p>The response carries the raw key, which the proxy never shows again. Not retried once the request may
	 * have reached the proxy, so a failure never creates a second key. Cancelled after its request may have left, it
	 * tells the client's {@link AbandonedKeyCreationListener} which key may exist.
	 * <p>Ends in 400 ({@link dev.litellm.spring.LiteLlmBadRequestException}) for an alias already in use, an invalid
	 * {@code budget_duration} or budget, a custom key not starting with {@code sk-} or, on newer proxies, shorter than
	 * 16 characters or already existing ("Key already exists"; proxies up to 1.81.14 answer 200 and keep the old key),
	 * and for service-account metadata without a team; 403
	 * ({@link dev.litellm.spring.LiteLlmEnterpriseFeatureException}, whose {@code feature()} names the field) for a
	 * field that needs an Enterprise licence; 403 ({@link dev.litellm.spring.LiteLlmPermissionDeniedException}) for
	 * custom keys disabled by the administrator or admin-only fields (newer proxies); 422
	 * ({@link dev.litellm.spring.LiteLlmValidationException}) for a body the proxy cannot read.
	 * @param request what to create; {@code GenerateKeyRequest.builder().build()} for the proxy's defaults
	 * @return the new key and its settings
	 */
	Mono<GenerateKeyResponse> generateKey(GenerateKeyRequest request);

	/**
	 * Change a key's settings. {@code POST /key/update}.
	 * <p>Fields never set on the request stay as they are; fields set to {@code null} are cleared;
	 * {@code metadata} replaces the stored map.
	 * <p>Ends in 404 ({@link dev.litellm.spring.LiteLlmNotFoundException}) for an unknown key: newer proxies answer 404
	 * "Key not found." (by alias: "Key not found. No key with key_alias=…"), proxies up to 1.81.14 answer 401 "…does
	 * not exist in db", which this client maps to the same exception; 400
	 * ({@link dev.litellm.spring.LiteLlmBadRequestException}) for invalid values, an alias in use or, on newer proxies,
	 * an alias shared by several keys, a project reassignment or a changed {@code service_account_id}; 403
	 * ({@link dev.litellm.spring.LiteLlmPermissionDeniedException}) on newer proxies when the caller neither owns the
	 * key nor administers its team, or changes a budget without the right; 403
	 * ({@link dev.litellm.spring.LiteLlmEnterpriseFeatureException}) for a field that needs an Enterprise licence.
	 * @param request the key and the changes
	 * @return the key's record after the update
	 */
	Mono<KeyInfo> updateKey(UpdateKeyRequest request);

	/**
	 * Delete keys, by key or by alias. {@code POST /key/delete}.
	 * <p>Succeeds when at least one of them existed, and then echoes the whole list; fails with
	 * {@link dev.litellm.spring.LiteLlmNotFoundException} when none did, also when a retry finds none after an
	 * attempt whose outcome is unclear: that attempt may have deleted them, or they never existed, and the
	 * exception's message says so.
	 * <p>Ends in 404 ({@link dev.litellm.spring.LiteLlmNotFoundException}, "No keys found") when none existed; 400
	 * ({@link dev.litellm.spring.LiteLlmBadRequestException}) when the caller may not delete all of them; 403
	 * ({@link dev.litellm.spring.LiteLlmPermissionDeniedException}) on newer proxies for another user's key.
	 * @param request the keys or aliases
	 * @return the echoed keys or aliases
	 */
	Mono<DeleteKeysResponse> deleteKeys(DeleteKeysRequest request);

	/**
	 * Look up a key. {@code GET /key/info?key=}.
	 * <p>A raw key is sent as its SHA-256 hash, so it never appears in the URL.
	 * <p>A deleted key: newer proxies answer 200 with its archived record and {@link KeyInfo#status()} {@code deleted}
	 * (and {@code deleted_at}, {@code deleted_by}); proxies up to 1.81.14 answer 404
	 * ({@link dev.litellm.spring.LiteLlmNotFoundException}). On newer proxies {@code status} also tells a live key's
	 * state: {@code active}, {@code revoked} (blocked) or {@code expired}. Ends in 404
	 * ({@link dev.litellm.spring.LiteLlmNotFoundException}) for a key that never existed; 403
	 * ({@link dev.litellm.spring.LiteLlmPermissionDeniedException}) when the caller may not see the key.
	 * @param key the raw key or its hash
	 * @return the key (as sent) and its record
	 */
	Mono<KeyInfoResponse> keyInfo(String key);

	/**
	 * Look up the key this client calls the proxy with. {@code GET /key/info}.
	 * <p>Ends in no status beyond those every call can end in.
	 * @return the calling key's hash and its record
	 */
	Mono<KeyInfoResponse> currentKeyInfo();

	/**
	 * Fetch one page of keys. {@code GET /key/list}.
	 * <p>Ends in 400 ({@link dev.litellm.spring.LiteLlmBadRequestException}) on newer proxies for a {@code status} or
	 * {@code expires} value they do not know, and on proxies up to 1.81.14 for any {@code status} but {@code deleted};
	 * 422 ({@link dev.litellm.spring.LiteLlmValidationException}) for a page or size out of range; 403
	 * ({@link dev.litellm.spring.LiteLlmPermissionDeniedException}) for filters beyond the caller's own keys.
	 * @param query the page, filters and sort order; {@link KeyListQuery#all()} for the proxy's defaults
	 * @return the page
	 */
	Mono<KeyListResponse> listKeys(KeyListQuery query);

	/**
	 * Every key matching a query, across all pages, fetched one page at a time as the subscriber requests more.
	 * {@code GET /key/list}, repeated.
	 * <p>Pages hold 100 full objects unless the query sets {@code size} or {@code return_full_object}; paging
	 * starts at the query's page (or 1) and stops after the last page. A key that moves between pages while
	 * they are fetched is emitted once. Cancelling stops the paging.
	 * <p>Ends as {@link #listKeys(KeyListQuery)} does, when the page that fails is fetched.
	 * @param query the filters and sort order
	 * @return the keys
	 */
	Flux<KeyInfo> streamKeys(KeyListQuery query);

	/**
	 * Block a key: every call with it fails until it is unblocked. {@code POST /key/block}.
	 * <p>An unknown key: newer proxies answer 404 ({@link dev.litellm.spring.LiteLlmNotFoundException}), "Key not
	 * found." to a proxy admin and {@code {"detail":{"error":"Key not found: <hash>"}}} to others; proxies up to
	 * 1.81.14 answer a plain-text 500 ({@link dev.litellm.spring.LiteLlmServerException}), or 404 when they keep audit
	 * logs. Newer proxies answer 403 ({@link dev.litellm.spring.LiteLlmPermissionDeniedException}) to callers that are
	 * no proxy, team or org admin; 400 ({@link dev.litellm.spring.LiteLlmBadRequestException}) for a malformed key.
	 * @param key the raw key or its hash
	 * @return the key's record, with {@code blocked} set
	 */
	Mono<KeyInfo> blockKey(String key);

	/**
	 * Unblock a key. {@code POST /key/unblock}.
	 * <p>Ends as {@link #blockKey(String)} does.
	 * @param key the raw key or its hash
	 * @return the key's record, with {@code blocked} cleared
	 */
	Mono<KeyInfo> unblockKey(String key);

	/**
	 * Check the calling key's logging callbacks. {@code POST /key/health}.
	 * <p>This is not a reachability check: the proxy takes about two seconds and looks only at logging.
	 * <p>Ends in 500 ({@link dev.litellm.spring.LiteLlmServerException}, "Key health check failed: …") when the check
	 * itself fails.
	 * @return the health of the calling key
	 */
	Mono<KeyHealthResponse> keyHealth();

	/**
	 * Rotate a key: the proxy issues a new secret and keeps the key's spend, alias, limits and metadata.
	 * {@code POST /key/regenerate}, with the key in the JSON body (never in the URL).
	 * <p>An Enterprise feature of the proxy for virtual keys: without a licence it fails with
	 * {@link dev.litellm.spring.LiteLlmEnterpriseFeatureException}. Like generate, never retried once the
	 * request may have reached the proxy.
	 * <p>Ends in 404 ({@link dev.litellm.spring.LiteLlmNotFoundException}, "Key … not found.") for an unknown key; 500
	 * ({@link dev.litellm.spring.LiteLlmEnterpriseFeatureException}) without an Enterprise licence; 400
	 * ({@link dev.litellm.spring.LiteLlmBadRequestException}) for an invalid {@code new_key} (on newer proxies also one
	 * shorter than 16 characters) or grace period; 403 ({@link dev.litellm.spring.LiteLlmPermissionDeniedException})
	 * when the caller may not change the key.
	 * @param key the raw key or its hash
	 * @param request changes to apply while rotating, such as a grace period; {@code null} for none
	 * @return the new key ({@link GenerateKeyResponse#key()}) and its settings; {@code token} is {@code null}
	 * and {@code tokenId} holds the new hash
	 */
	Mono<GenerateKeyResponse> regenerateKey(String key, @Nullable RegenerateKeyRequest request);

	/**
	 * Rotate a key so that no secret is lost, no second key is created and the old key keeps working for the
	 * grace period, on licensed and unlicensed proxies alike.
	 * <p>{@link RotationStrategy#REGENERATE} calls {@code POST /key/regenerate} (licensed proxies only);
	 * {@link RotationStrategy#REPLACE} reads the old key ({@code GET /key/info}), creates its successor with
	 * every setting and the spend of the old key ({@code POST /key/generate}), moves the alias and links both
	 * keys ({@code POST /key/update}), then shortens the old key to the grace period ({@code POST /key/update},
	 * or {@code POST /key/delete} for a zero grace period); {@link RotationStrategy#AUTO} uses the first where
	 * the proxy is licensed and the second where it is not. At most one new key is created, the old key works
	 * at least until {@link KeyRotation#previousKeyExpires()}, and a {@link KeySecretSink} gets the new secret
	 * before the old key is shortened. A step that fails ends in {@link KeyRotationException}, naming the step
	 * and both hashes (its cause is the step's {@code LiteLlmException}); calling again with the same
	 * {@code newKey} finishes the rotation. A failing sink's own exception is passed on, after the new key was
	 * deleted.
	 * <p>{@link RotationStrategy#REPLACE} refuses a key that newer proxies report as {@code deleted}, {@code revoked}
	 * or {@code expired}: a {@link KeyRotationException} of step {@code READ} whose cause, an
	 * {@link IllegalStateException}, names the state; proxies up to 1.81.14 answer 404 for a deleted key (cause
	 * {@link dev.litellm.spring.LiteLlmNotFoundException}). Every other status ends as the step's operation does,
	 * wrapped the same way.
	 * @param key the raw key or its hash
	 * @param request the grace period, and optionally the new key and the strategy
	 * @return the new secret and what became of the old key
	 */
	Mono<KeyRotation> rotateKey(String key, RotateKeyRequest request);

	/**
	 * Create a key that belongs to a team rather than a user, for a CI system or another service.
	 * {@code POST /key/service-account/generate}.
	 * <p>{@code team_id} is required (refused before sending when missing or blank) and the team must exist
	 * (400, {@link dev.litellm.spring.LiteLlmBadRequestException}); the proxy sets no {@code user_id} and records
	 * {@code metadata.service_account_id} (the alias, or a random id). Like {@link #generateKey}, never retried
	 * into a second key, and recovered after an unclear failure when the key is chosen before the call. Ends in
	 * 200, 400, 401, 403 or 422.
	 * @param request what to create, with a team id
	 * @return the new key and its settings
	 */
	Mono<GenerateKeyResponse> generateServiceAccountKey(GenerateKeyRequest request);

	/**
	 * Set values on many keys at once. {@code POST /key/bulk_update}, proxy admins only (403 otherwise).
	 * <p>Each item sets only the fields it names. The proxy takes 500 items a call: a longer list is sent in calls
	 * of 500, one after another, and the answers are merged in order. A first call that fails as a whole (401,
	 * 403, 422, …) fails the operation, and nothing was applied. <b>A partial bulk update is reported, not
	 * thrown:</b> when a later call fails as a whole, what the earlier calls applied stays applied, and that
	 * call's items and every later one (not sent) appear in {@link BulkUpdateKeysResponse#failedUpdates()} with
	 * the failure's message as the reason. Setting values is idempotent, so each call is retried like
	 * {@link #updateKey}.
	 * @param updates one item per key, at least one
	 * @return how many were requested, which keys were updated and which were not (with the reason)
	 */
	Mono<BulkUpdateKeysResponse> bulkUpdateKeys(List<BulkKeyUpdate> updates);

	/**
	 * Set values on some or all keys of a team. {@code POST /team/key/bulk_update}, for a proxy admin or an
	 * admin of the team; the newest proxies refuse other callers with a 401 {@code team_member_permission_error}
	 * ({@link dev.litellm.spring.LiteLlmAuthenticationException}), and a team without matching keys is a 404.
	 * The route is newer than LiteLLM 1.81.14, which answers 404 for it.
	 * <p>A list of more than 500 keys is sent and reported as {@link #bulkUpdateKeys} does; with
	 * {@code allKeysInTeam()} the proxy updates every key of the team but its blocked and expired ones, in one
	 * call. Retried like {@link #updateKey}. Ends in 200, 400, 401, 403, 404 or 422.
	 * @param request the team, its keys, and the values to set
	 * @return how many were requested, which keys were updated and which were not (with the reason)
	 */
	Mono<BulkUpdateKeysResponse> bulkUpdateTeamKeys(TeamKeysUpdate request);

	/**
	 * Set a key's spend, after a billing dispute for example. {@code POST /key/{hash}/reset_spend}: the path
	 * carries the key's SHA-256 hash, never the raw key.
	 * <p>For a proxy admin or an admin of the key's team: otherwise 403,
	 * {@link dev.litellm.spring.LiteLlmPermissionDeniedException}. A value above the key's current spend or its
	 * budget is a 400 ({@link dev.litellm.spring.LiteLlmBadRequestException}), an unknown key a 404
	 * ({@link dev.litellm.spring.LiteLlmNotFoundException}), each with the proxy's message. The proxy also restarts
	 * the key's budget windows. Setting a value is idempotent, so it is retried like {@link #updateKey}.
	 * @param key the raw key or its hash
	 * @param resetTo the new spend in USD: finite, at least 0
	 * @return the key's hash, its spend before and after, and its budget
	 */
	Mono<ResetSpendResponse> resetSpend(String key, double resetTo);

	/**
	 * Fetch one page of key aliases, for a picker. {@code GET /key/aliases}.
	 * <p>Proxy admins see every alias; other callers those of their own and their teams' keys. Ends in 200, 401
	 * or 422.
	 * @param query the page, size and filters; {@link KeyAliasQuery#all()} for the proxy's defaults
	 * @return the page
	 */
	Mono<KeyAliasesResponse> listKeyAliases(KeyAliasQuery query);

	/**
	 * Every key alias matching a query, across all pages, fetched one page at a time as the stream is consumed.
	 * {@code GET /key/aliases}, repeated.
	 * <p>Pages hold 100 aliases unless the query sets {@code size}; paging starts at the query's page (or 1) and
	 * stops after the last page. Cancel the subscription to stop fetching.
	 * @param query the filters
	 * @return a lazy stream of aliases
	 */
	Flux<String> streamKeyAliases(KeyAliasQuery query);

	/**
	 * Look many keys up in one call. {@code POST /v2/key/info}, with the keys' hashes in the body.
	 * <p>On a proxy without that endpoint (a 404 for the route itself), each key is looked up with
	 * {@code GET /key/info}, a few at a time, so this works on every release. Keys the proxy does not know are
	 * left out. Ends in 200, 401 or 403.
	 * @param keys raw keys or hashes, at least one
	 * @return the keys' records
	 */
	Mono<List<KeyInfo>> keyInfos(Collection<String> keys);

	/**
	 * A view of these operations whose results carry the HTTP answer they came in: the decoded body with the status
	 * and the response headers, as a {@link LiteLlmResponse}. The view sends the same requests through the same
	 * HTTP stack, retries, audit actor and observations; an operation made of several HTTP calls carries the last
	 * successful answer it read. For audited writes, take the view of an audited view:
	 * {@code withChangedBy(actor).withResponseInfo()}.
	 * <p>{@link ReactiveKeyManagementTemplate} offers the view. The default throws
	 * {@link UnsupportedOperationException}, so that an implementation of this interface written before the view (a
	 * test double, a decorator) still compiles; a decorator may return the view of the client it decorates, a test
	 * double one that answers with {@link LiteLlmResponse#of}.
	 * @return the view
	 * @throws UnsupportedOperationException if this implementation does not offer the view
	 */
	default ReactiveKeyManagementResponses withResponseInfo() {
		throw new UnsupportedOperationException(getClass().getName() + " does not offer the response-info view "
				+ "(withResponseInfo); ReactiveKeyManagementTemplate does");
	}

	/**
	 * A view of these operations whose writes carry {@code litellm-changed-by: <changedBy>}, whoever else
	 * would be named. Reads never carry the header.
	 * @param changedBy the actor to record, without control characters
	 * @return a view sharing this client's connection and settings
	 */
	ReactiveKeyManagementOperations withChangedBy(String changedBy);

}
