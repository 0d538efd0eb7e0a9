package dev.litellm.spring.keys;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The LiteLLM proxy's virtual-key management API ({@code /key/*}), on Reactor. Implemented by
 * {@link ReactiveKeyManagementTemplate}; with the starter, inject it as a bean. Nothing is sent until the returned
 * publisher is subscribed to, and each subscription sends anew.
 *
 * <p>Every method fails with {@link IllegalArgumentException} naming the field, before anything is sent, when
 * its input is invalid; with a {@link dev.litellm.spring.LiteLlmApiException} subtype when the proxy answers with
 * an error; and with {@link dev.litellm.spring.LiteLlmTransportException} when no usable answer arrives. Keys may
 * be given raw ({@code sk-…}) or as their SHA-256 hash wherever a key is expected; a raw key never appears in a
 * URL, a log line or an exception message.
 *
 * <p>Writes (generate, update, delete, block, unblock, regenerate) carry the {@code litellm-changed-by} audit
 * header when an actor is known: the one set with {@link #withChangedBy(String)}, else the application's
 * resolver (the Spring Security principal with the starter), else the configured default.
 *
 * @see KeyManagementOperations
 */
public interface ReactiveKeyManagementOperations {

	/**
	 * Create a key. {@code POST /key/generate}.
	 * <p>The response carries the raw key, which the proxy never shows again. Not retried once the request may
	 * have reached the proxy, so a failure never creates a second key. Cancelled after its request may have left, it tells the
	 * client's {@link AbandonedKeyCreationListener} which key may exist.
	 * @param request what to create; {@code GenerateKeyRequest.builder().build()} for the proxy's defaults
	 * @return the new key and its settings
	 */
	Mono<GenerateKeyResponse> generateKey(GenerateKeyRequest request);

	/**
	 * Change a key's settings. {@code POST /key/update}.
	 * <p>Fields never set on the request stay as they are; fields set to {@code null} are cleared;
	 * {@code metadata} replaces the stored map. An unknown key fails with
	 * {@link dev.litellm.spring.LiteLlmNotFoundException} (the proxy itself answers 401).
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
	 * @param request the keys or aliases
	 * @return the echoed keys or aliases
	 */
	Mono<DeleteKeysResponse> deleteKeys(DeleteKeysRequest request);

	/**
	 * Look up a key. {@code GET /key/info?key=}.
	 * <p>A raw key is sent as its SHA-256 hash, so it never appears in the URL.
	 * @param key the raw key or its hash
	 * @return the key (as sent) and its record
	 */
	Mono<KeyInfoResponse> keyInfo(String key);

	/**
	 * Look up the key this client calls the proxy with. {@code GET /key/info}.
	 * @return the calling key's hash and its record
	 */
	Mono<KeyInfoResponse> currentKeyInfo();

	/**
	 * Fetch one page of keys. {@code GET /key/list}.
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
	 * @param query the filters and sort order
	 * @return the keys
	 */
	Flux<KeyInfo> streamKeys(KeyListQuery query);

	/**
	 * Block a key: every call with it fails until it is unblocked. {@code POST /key/block}.
	 * @param key the raw key or its hash
	 * @return the key's record, with {@code blocked} set
	 */
	Mono<KeyInfo> blockKey(String key);

	/**
	 * Unblock a key. {@code POST /key/unblock}.
	 * @param key the raw key or its hash
	 * @return the key's record, with {@code blocked} cleared
	 */
	Mono<KeyInfo> unblockKey(String key);

	/**
	 * Check the calling key's logging callbacks. {@code POST /key/health}.
	 * <p>This is not a reachability check: the proxy takes about two seconds and looks only at logging.
	 * @return the health of the calling key
	 */
	Mono<KeyHealthResponse> keyHealth();

	/**
	 * Rotate a key: the proxy issues a new secret and keeps the key's spend, alias, limits and metadata.
	 * {@code POST /key/regenerate}, with the key in the JSON body (never in the URL).
	 * <p>An Enterprise feature of the proxy for virtual keys: without a licence it fails with
	 * {@link dev.litellm.spring.LiteLlmEnterpriseFeatureException}. Like generate, never retried once the
	 * request may have reached the proxy.
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
	 * @param key the raw key or its hash
	 * @param request the grace period, and optionally the new key and the strategy
	 * @return the new secret and what became of the old key
	 */
	Mono<KeyRotation> rotateKey(String key, RotateKeyRequest request);

	/**
	 * A view of these operations whose writes carry {@code litellm-changed-by: <changedBy>}, whoever else
	 * would be named. Reads never carry the header.
	 * @param changedBy the actor to record, without control characters
	 * @return a view sharing this client's connection and settings
	 */
	ReactiveKeyManagementOperations withChangedBy(String changedBy);

}
