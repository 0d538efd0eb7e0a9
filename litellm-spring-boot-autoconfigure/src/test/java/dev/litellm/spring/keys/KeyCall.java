package dev.litellm.spring.keys;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * One client operation, callable through the blocking and the reactive API alike, so that a test can run it
 * through either.
 *
 * @param name how the operation reads in a test name
 * @param operation the operation, as observed
 * @param blocking the call on the blocking API
 * @param reactive the call on the reactive API
 * @param <T> the operation's result
 */
record KeyCall<T>(String name, KeyOperation operation, Function<KeyManagementOperations, T> blocking,
		Function<ReactiveKeyManagementOperations, Mono<T>> reactive) {

	static KeyCall<GenerateKeyResponse> generateKey(@Nullable GenerateKeyRequest request) {
		return new KeyCall<>("generateKey", KeyOperation.GENERATE, (ops) -> ops.generateKey(request),
				(ops) -> ops.generateKey(request));
	}

	static KeyCall<KeyInfo> updateKey(@Nullable UpdateKeyRequest request) {
		return new KeyCall<>("updateKey", KeyOperation.UPDATE, (ops) -> ops.updateKey(request),
				(ops) -> ops.updateKey(request));
	}

	static KeyCall<DeleteKeysResponse> deleteKeys(@Nullable DeleteKeysRequest request) {
		return new KeyCall<>("deleteKeys", KeyOperation.DELETE, (ops) -> ops.deleteKeys(request),
				(ops) -> ops.deleteKeys(request));
	}

	static KeyCall<KeyInfoResponse> keyInfo(@Nullable String key) {
		return new KeyCall<>("keyInfo", KeyOperation.INFO, (ops) -> ops.keyInfo(key), (ops) -> ops.keyInfo(key));
	}

	static KeyCall<KeyInfoResponse> currentKeyInfo() {
		return new KeyCall<>("currentKeyInfo", KeyOperation.INFO, KeyManagementOperations::currentKeyInfo,
				ReactiveKeyManagementOperations::currentKeyInfo);
	}

	static KeyCall<KeyListResponse> listKeys(@Nullable KeyListQuery query) {
		return new KeyCall<>("listKeys", KeyOperation.LIST, (ops) -> ops.listKeys(query),
				(ops) -> ops.listKeys(query));
	}

	static KeyCall<KeyInfo> blockKey(@Nullable String key) {
		return new KeyCall<>("blockKey", KeyOperation.BLOCK, (ops) -> ops.blockKey(key), (ops) -> ops.blockKey(key));
	}

	static KeyCall<KeyInfo> unblockKey(@Nullable String key) {
		return new KeyCall<>("unblockKey", KeyOperation.UNBLOCK, (ops) -> ops.unblockKey(key),
				(ops) -> ops.unblockKey(key));
	}

	static KeyCall<KeyHealthResponse> keyHealth() {
		return new KeyCall<>("keyHealth", KeyOperation.HEALTH, KeyManagementOperations::keyHealth,
				ReactiveKeyManagementOperations::keyHealth);
	}

	static KeyCall<GenerateKeyResponse> regenerateKey(@Nullable String key, @Nullable RegenerateKeyRequest request) {
		return new KeyCall<>("regenerateKey", KeyOperation.REGENERATE, (ops) -> ops.regenerateKey(key, request),
				(ops) -> ops.regenerateKey(key, request));
	}

	static KeyCall<GenerateKeyResponse> generateServiceAccountKey(@Nullable GenerateKeyRequest request) {
		return new KeyCall<>("generateServiceAccountKey", KeyOperation.SERVICE_ACCOUNT_GENERATE,
				(ops) -> ops.generateServiceAccountKey(request), (ops) -> ops.generateServiceAccountKey(request));
	}

	static KeyCall<BulkUpdateKeysResponse> bulkUpdateKeys(@Nullable List<BulkKeyUpdate> updates) {
		return new KeyCall<>("bulkUpdateKeys", KeyOperation.BULK_UPDATE, (ops) -> ops.bulkUpdateKeys(updates),
				(ops) -> ops.bulkUpdateKeys(updates));
	}

	static KeyCall<BulkUpdateKeysResponse> bulkUpdateTeamKeys(@Nullable TeamKeysUpdate request) {
		return new KeyCall<>("bulkUpdateTeamKeys", KeyOperation.TEAM_BULK_UPDATE,
				(ops) -> ops.bulkUpdateTeamKeys(request), (ops) -> ops.bulkUpdateTeamKeys(request));
	}

	static KeyCall<ResetSpendResponse> resetSpend(@Nullable String key, double resetTo) {
		return new KeyCall<>("resetSpend", KeyOperation.RESET_SPEND, (ops) -> ops.resetSpend(key, resetTo),
				(ops) -> ops.resetSpend(key, resetTo));
	}

	static KeyCall<KeyAliasesResponse> listKeyAliases(@Nullable KeyAliasQuery query) {
		return new KeyCall<>("listKeyAliases", KeyOperation.ALIASES, (ops) -> ops.listKeyAliases(query),
				(ops) -> ops.listKeyAliases(query));
	}

	static KeyCall<List<KeyInfo>> keyInfos(@Nullable Collection<String> keys) {
		return new KeyCall<>("keyInfos", KeyOperation.INFO_BATCH, (ops) -> ops.keyInfos(keys),
				(ops) -> ops.keyInfos(keys));
	}

	@Override
	public String toString() {
		return this.name;
	}

}
