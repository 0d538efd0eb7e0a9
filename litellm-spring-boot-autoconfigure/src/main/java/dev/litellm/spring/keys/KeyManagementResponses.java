package dev.litellm.spring.keys;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The operations of {@link KeyManagementOperations}, each with the HTTP answer its result came in: the decoded body,
 * the status and the response headers, as a {@link LiteLlmResponse}. Reached through
 * {@link KeyManagementOperations#withResponseInfo()}; it shares the client's HTTP stack, retries and audit actor.
 * Do not call it from a Reactor event-loop thread.
 *
 * <p>Each method takes the same arguments as the plain operation, sends the same requests, fails the same way (with
 * {@link IllegalArgumentException} before anything is sent, with a {@link dev.litellm.spring.LiteLlmApiException}
 * subtype when the proxy answers with an error, with {@link dev.litellm.spring.LiteLlmTransportException} when no
 * usable answer arrives) and is observed as the plain operation is. An operation made of several HTTP calls carries
 * the status and headers of the last successful answer it read; the methods below say which that is.
 *
 * <pre class="code">
 * LiteLlmResponse&lt;KeyInfoResponse&gt; answer = keys.withResponseInfo().keyInfo(hash);
 * long proxyTime = answer.headers().getDate();
 * KeyInfo info = answer.body().info();
 * </pre>
 *
 * @see ReactiveKeyManagementResponses
 */
public interface KeyManagementResponses {

	/**
	 * {@link KeyManagementOperations#generateKey(GenerateKeyRequest)} with its answer's status and headers;
	 * {@code POST /key/generate}.
	 * <p>A creation recovered after an unclear failure carries the answer of the {@code GET /key/info} that found the
	 * new key.
	 * @param request what to create
	 * @return the result of {@code generateKey} with the answer it came in
	 */
	LiteLlmResponse<GenerateKeyResponse> generateKey(GenerateKeyRequest request);

	/**
	 * {@link KeyManagementOperations#updateKey(UpdateKeyRequest)} with its answer's status and headers;
	 * {@code POST /key/update}.
	 * @param request the key and the changes
	 * @return the result of {@code updateKey} with the answer it came in
	 */
	LiteLlmResponse<KeyInfo> updateKey(UpdateKeyRequest request);

	/**
	 * {@link KeyManagementOperations#deleteKeys(DeleteKeysRequest)} with its answer's status and headers;
	 * {@code POST /key/delete}.
	 * @param request the keys or aliases
	 * @return the result of {@code deleteKeys} with the answer it came in
	 */
	LiteLlmResponse<DeleteKeysResponse> deleteKeys(DeleteKeysRequest request);

	/**
	 * {@link KeyManagementOperations#keyInfo(String)} with its answer's status and headers; {@code GET /key/info?key=}.
	 * @param key the raw key or its hash
	 * @return the result of {@code keyInfo} with the answer it came in
	 */
	LiteLlmResponse<KeyInfoResponse> keyInfo(String key);

	/**
	 * {@link KeyManagementOperations#currentKeyInfo()} with its answer's status and headers; {@code GET /key/info}.
	 * @return the result of {@code currentKeyInfo} with the answer it came in
	 */
	LiteLlmResponse<KeyInfoResponse> currentKeyInfo();

	/**
	 * {@link KeyManagementOperations#listKeys(KeyListQuery)} with its answer's status and headers;
	 * {@code GET /key/list}.
	 * @param query the page and filters
	 * @return the result of {@code listKeys} with the answer it came in
	 */
	LiteLlmResponse<KeyListResponse> listKeys(KeyListQuery query);

	/**
	 * The pages behind {@link KeyManagementOperations#streamKeys(KeyListQuery)}, each with its answer's status and
	 * headers: every page of {@code GET /key/list}, fetched lazily, one page in flight at most, with 100 keys a page
	 * and full records unless the query sets {@code size} or {@code returnFullObject}. Each page comes as the proxy
	 * answered it: a key that moves to another page while the pages are read may be on two of them ({@code streamKeys}
	 * drops the repeat).
	 * Close the stream to stop early.
	 * @param query the first page and the filters
	 * @return the pages, fetched as they are consumed
	 */
	Stream<LiteLlmResponse<KeyListResponse>> streamKeys(KeyListQuery query);

	/**
	 * {@link KeyManagementOperations#blockKey(String)} with its answer's status and headers; {@code POST /key/block}.
	 * @param key the raw key or its hash
	 * @return the result of {@code blockKey} with the answer it came in
	 */
	LiteLlmResponse<KeyInfo> blockKey(String key);

	/**
	 * {@link KeyManagementOperations#unblockKey(String)} with its answer's status and headers;
	 * {@code POST /key/unblock}.
	 * @param key the raw key or its hash
	 * @return the result of {@code unblockKey} with the answer it came in
	 */
	LiteLlmResponse<KeyInfo> unblockKey(String key);

	/**
	 * {@link KeyManagementOperations#keyHealth()} with its answer's status and headers; {@code POST /key/health}.
	 * @return the result of {@code keyHealth} with the answer it came in
	 */
	LiteLlmResponse<KeyHealthResponse> keyHealth();

	/**
	 * {@link KeyManagementOperations#regenerateKey(String,RegenerateKeyRequest)} with its answer's status and headers;
	 * {@code POST /key/regenerate}.
	 * <p>A regenerate recovered after an unclear failure carries the answer of the {@code GET /key/info} that found the
	 * new key.
	 * @param key the key to regenerate, raw or its hash
	 * @param request the changes, or {@code null} for none
	 * @return the result of {@code regenerateKey} with the answer it came in
	 */
	LiteLlmResponse<GenerateKeyResponse> regenerateKey(String key, @Nullable RegenerateKeyRequest request);

	/**
	 * {@link KeyManagementOperations#rotateKey(String,RotateKeyRequest)} with its answer's status and headers; several
	 * calls.
	 * <p>Carries the answer the rotation read last, from whichever of its steps came last: {@code POST /key/regenerate}
	 * when the proxy regenerates the key; for a replacement, usually the {@code POST /key/update} (or, without a grace
	 * period, {@code POST /key/delete}) that ends the old key.
	 * @param key the key to rotate, raw or its hash
	 * @param request how to rotate
	 * @return the result of {@code rotateKey} with the answer it came in
	 */
	LiteLlmResponse<KeyRotation> rotateKey(String key, RotateKeyRequest request);

	/**
	 * {@link KeyManagementOperations#generateServiceAccountKey(GenerateKeyRequest)} with its answer's status and
	 * headers; {@code POST /key/service-account/generate}.
	 * <p>A creation recovered after an unclear failure carries the answer of the {@code GET /key/info} that found the
	 * new key.
	 * @param request what to create, with a {@code team_id}
	 * @return the result of {@code generateServiceAccountKey} with the answer it came in
	 */
	LiteLlmResponse<GenerateKeyResponse> generateServiceAccountKey(GenerateKeyRequest request);

	/**
	 * {@link KeyManagementOperations#bulkUpdateKeys(List)} with its answer's status and headers;
	 * {@code POST /key/bulk_update}.
	 * <p>More than 500 updates are sent in several calls; the result merges their bodies and carries the answer of the
	 * last call that succeeded (a later call that fails as a whole has its updates reported as failed).
	 * @param updates the updates
	 * @return the result of {@code bulkUpdateKeys} with the answer it came in
	 */
	LiteLlmResponse<BulkUpdateKeysResponse> bulkUpdateKeys(List<BulkKeyUpdate> updates);

	/**
	 * {@link KeyManagementOperations#bulkUpdateTeamKeys(TeamKeysUpdate)} with its answer's status and headers;
	 * {@code POST /team/key/bulk_update}.
	 * <p>More than 500 keys are sent in several calls; the result merges their bodies and carries the answer of the
	 * last call that succeeded (a later call that fails as a whole has its keys reported as failed).
	 * @param request the team, the keys and the changes
	 * @return the result of {@code bulkUpdateTeamKeys} with the answer it came in
	 */
	LiteLlmResponse<BulkUpdateKeysResponse> bulkUpdateTeamKeys(TeamKeysUpdate request);

	/**
	 * {@link KeyManagementOperations#resetSpend(String,double)} with its answer's status and headers;
	 * {@code POST /key/{hash}/reset_spend}.
	 * @param key the raw key or its hash
	 * @param resetTo the new spend
	 * @return the result of {@code resetSpend} with the answer it came in
	 */
	LiteLlmResponse<ResetSpendResponse> resetSpend(String key, double resetTo);

	/**
	 * {@link KeyManagementOperations#listKeyAliases(KeyAliasQuery)} with its answer's status and headers;
	 * {@code GET /key/aliases}.
	 * @param query the page and filters
	 * @return the result of {@code listKeyAliases} with the answer it came in
	 */
	LiteLlmResponse<KeyAliasesResponse> listKeyAliases(KeyAliasQuery query);

	/**
	 * The pages behind {@link KeyManagementOperations#streamKeyAliases(KeyAliasQuery)}, each with its answer's status
	 * and headers: every page of {@code GET /key/aliases}, fetched lazily, one page in flight at most, with 100 aliases
	 * a page unless the query sets {@code size}. Each page comes as the proxy answered it.
	 * Close the stream to stop early.
	 * @param query the first page and the filters
	 * @return the pages, fetched as they are consumed
	 */
	Stream<LiteLlmResponse<KeyAliasesResponse>> streamKeyAliases(KeyAliasQuery query);

	/**
	 * {@link KeyManagementOperations#keyInfos(Collection)} with its answer's status and headers;
	 * {@code POST /v2/key/info}.
	 * <p>When the proxy has no {@code /v2/key/info} (or refuses it) and the keys are looked up one by one with
	 * {@code GET /key/info}, the result carries the answer of the lookup that completed last.
	 * @param keys the raw keys or their hashes
	 * @return the result of {@code keyInfos} with the answer it came in
	 */
	LiteLlmResponse<List<KeyInfo>> keyInfos(Collection<String> keys);

}
