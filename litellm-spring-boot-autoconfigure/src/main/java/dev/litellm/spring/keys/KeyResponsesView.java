package dev.litellm.spring.keys;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * {@link KeyManagementResponses} on a {@link ReactiveKeyManagementResponses}, blocking for each answer as
 * {@link KeyManagementTemplate} does.
 */
final class KeyResponsesView implements KeyManagementResponses {

	private final ReactiveKeyManagementResponses reactive;

	KeyResponsesView(ReactiveKeyManagementResponses reactive) {
		this.reactive = reactive;
	}

	@Override
	public LiteLlmResponse<GenerateKeyResponse> generateKey(GenerateKeyRequest request) {
		return KeyManagementTemplate.blockCreation(this.reactive.generateKey(request));
	}

	@Override
	public LiteLlmResponse<KeyInfo> updateKey(UpdateKeyRequest request) {
		return KeyManagementTemplate.block(this.reactive.updateKey(request));
	}

	@Override
	public LiteLlmResponse<DeleteKeysResponse> deleteKeys(DeleteKeysRequest request) {
		return KeyManagementTemplate.block(this.reactive.deleteKeys(request));
	}

	@Override
	public LiteLlmResponse<KeyInfoResponse> keyInfo(String key) {
		return KeyManagementTemplate.block(this.reactive.keyInfo(key));
	}

	@Override
	public LiteLlmResponse<KeyInfoResponse> currentKeyInfo() {
		return KeyManagementTemplate.block(this.reactive.currentKeyInfo());
	}

	@Override
	public LiteLlmResponse<KeyListResponse> listKeys(KeyListQuery query) {
		return KeyManagementTemplate.block(this.reactive.listKeys(query));
	}

	@Override
	public Stream<LiteLlmResponse<KeyListResponse>> streamKeys(KeyListQuery query) {
		return KeyManagementTemplate.closeable(this.reactive.streamKeys(query));
	}

	@Override
	public LiteLlmResponse<KeyInfo> blockKey(String key) {
		return KeyManagementTemplate.block(this.reactive.blockKey(key));
	}

	@Override
	public LiteLlmResponse<KeyInfo> unblockKey(String key) {
		return KeyManagementTemplate.block(this.reactive.unblockKey(key));
	}

	@Override
	public LiteLlmResponse<KeyHealthResponse> keyHealth() {
		return KeyManagementTemplate.block(this.reactive.keyHealth());
	}

	@Override
	public LiteLlmResponse<GenerateKeyResponse> regenerateKey(String key, @Nullable RegenerateKeyRequest request) {
		return KeyManagementTemplate.blockCreation(this.reactive.regenerateKey(key, request));
	}

	@Override
	public LiteLlmResponse<KeyRotation> rotateKey(String key, RotateKeyRequest request) {
		return KeyManagementTemplate.block(this.reactive.rotateKey(key, request));
	}

	@Override
	public LiteLlmResponse<GenerateKeyResponse> generateServiceAccountKey(GenerateKeyRequest request) {
		return KeyManagementTemplate.block(this.reactive.generateServiceAccountKey(request));
	}

	@Override
	public LiteLlmResponse<BulkUpdateKeysResponse> bulkUpdateKeys(List<BulkKeyUpdate> updates) {
		return KeyManagementTemplate.block(this.reactive.bulkUpdateKeys(updates));
	}

	@Override
	public LiteLlmResponse<BulkUpdateKeysResponse> bulkUpdateTeamKeys(TeamKeysUpdate request) {
		return KeyManagementTemplate.block(this.reactive.bulkUpdateTeamKeys(request));
	}

	@Override
	public LiteLlmResponse<ResetSpendResponse> resetSpend(String key, double resetTo) {
		return KeyManagementTemplate.block(this.reactive.resetSpend(key, resetTo));
	}

	@Override
	public LiteLlmResponse<KeyAliasesResponse> listKeyAliases(KeyAliasQuery query) {
		return KeyManagementTemplate.block(this.reactive.listKeyAliases(query));
	}

	@Override
	public Stream<LiteLlmResponse<KeyAliasesResponse>> streamKeyAliases(KeyAliasQuery query) {
		return KeyManagementTemplate.closeable(this.reactive.streamKeyAliases(query));
	}

	@Override
	public LiteLlmResponse<List<KeyInfo>> keyInfos(Collection<String> keys) {
		return KeyManagementTemplate.block(this.reactive.keyInfos(keys));
	}

	@Override
	public String toString() {
		return "KeyResponsesView[" + this.reactive + "]";
	}

}
