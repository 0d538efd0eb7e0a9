package dev.litellm.spring.keys;

import java.util.Collection;
import java.util.List;

import dev.litellm.spring.internal.ResponseCapture;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link ReactiveKeyManagementResponses} on the operations of a {@link ReactiveKeyManagementTemplate}: each call
 * runs the plain operation with a {@link ResponseCapture} in its subscriber context, which the transport fills with
 * the status and headers of every successful answer it reads, so the last one stays.
 */
final class ReactiveKeyResponsesView implements ReactiveKeyManagementResponses {

	private final ReactiveKeyManagementOperations operations;

	ReactiveKeyResponsesView(ReactiveKeyManagementOperations operations) {
		this.operations = operations;
	}

	@Override
	public Mono<LiteLlmResponse<GenerateKeyResponse>> generateKey(GenerateKeyRequest request) {
		return answered(this.operations.generateKey(request));
	}

	@Override
	public Mono<LiteLlmResponse<KeyInfo>> updateKey(UpdateKeyRequest request) {
		return answered(this.operations.updateKey(request));
	}

	@Override
	public Mono<LiteLlmResponse<DeleteKeysResponse>> deleteKeys(DeleteKeysRequest request) {
		return answered(this.operations.deleteKeys(request));
	}

	@Override
	public Mono<LiteLlmResponse<KeyInfoResponse>> keyInfo(String key) {
		return answered(this.operations.keyInfo(key));
	}

	@Override
	public Mono<LiteLlmResponse<KeyInfoResponse>> currentKeyInfo() {
		return answered(this.operations.currentKeyInfo());
	}

	@Override
	public Mono<LiteLlmResponse<KeyListResponse>> listKeys(KeyListQuery query) {
		return answered(this.operations.listKeys(query));
	}

	@Override
	public Flux<LiteLlmResponse<KeyListResponse>> streamKeys(KeyListQuery query) {
		return KeyPages.keyPages(query, this::listKeys);
	}

	@Override
	public Mono<LiteLlmResponse<KeyInfo>> blockKey(String key) {
		return answered(this.operations.blockKey(key));
	}

	@Override
	public Mono<LiteLlmResponse<KeyInfo>> unblockKey(String key) {
		return answered(this.operations.unblockKey(key));
	}

	@Override
	public Mono<LiteLlmResponse<KeyHealthResponse>> keyHealth() {
		return answered(this.operations.keyHealth());
	}

	@Override
	public Mono<LiteLlmResponse<GenerateKeyResponse>> regenerateKey(String key, @Nullable RegenerateKeyRequest request) {
		return answered(this.operations.regenerateKey(key, request));
	}

	@Override
	public Mono<LiteLlmResponse<KeyRotation>> rotateKey(String key, RotateKeyRequest request) {
		return answered(this.operations.rotateKey(key, request));
	}

	@Override
	public Mono<LiteLlmResponse<GenerateKeyResponse>> generateServiceAccountKey(GenerateKeyRequest request) {
		return answered(this.operations.generateServiceAccountKey(request));
	}

	@Override
	public Mono<LiteLlmResponse<BulkUpdateKeysResponse>> bulkUpdateKeys(List<BulkKeyUpdate> updates) {
		return answered(this.operations.bulkUpdateKeys(updates));
	}

	@Override
	public Mono<LiteLlmResponse<BulkUpdateKeysResponse>> bulkUpdateTeamKeys(TeamKeysUpdate request) {
		return answered(this.operations.bulkUpdateTeamKeys(request));
	}

	@Override
	public Mono<LiteLlmResponse<ResetSpendResponse>> resetSpend(String key, double resetTo) {
		return answered(this.operations.resetSpend(key, resetTo));
	}

	@Override
	public Mono<LiteLlmResponse<KeyAliasesResponse>> listKeyAliases(KeyAliasQuery query) {
		return answered(this.operations.listKeyAliases(query));
	}

	@Override
	public Flux<LiteLlmResponse<KeyAliasesResponse>> streamKeyAliases(KeyAliasQuery query) {
		return KeyPages.aliasPages(query, this::listKeyAliases);
	}

	@Override
	public Mono<LiteLlmResponse<List<KeyInfo>>> keyInfos(Collection<String> keys) {
		return answered(this.operations.keyInfos(keys));
	}

	private static <T> Mono<LiteLlmResponse<T>> answered(Mono<T> operation) {
		return Mono.defer(() -> {
			ResponseCapture capture = new ResponseCapture();
			return operation.contextWrite(capture.context()).map((body) -> {
				ResponseCapture.Answer answer = capture.last();
				return LiteLlmResponse.of(body, answer.status(), answer.headers());
			});
		});
	}

	@Override
	public String toString() {
		return "ReactiveKeyResponsesView[" + this.operations + "]";
	}

}
