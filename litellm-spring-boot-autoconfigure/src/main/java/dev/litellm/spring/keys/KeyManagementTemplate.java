package dev.litellm.spring.keys;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * {@link KeyManagementOperations} on a {@link ReactiveKeyManagementOperations}: each call subscribes on the
 * calling thread and blocks for the answer, so both APIs share one HTTP stack, one connection pool and the same
 * retries, observations and audit header. Do not call it from a Reactor event-loop thread.
 */
public final class KeyManagementTemplate implements KeyManagementOperations {

	private final ReactiveKeyManagementOperations reactive;

	/**
	 * Create a blocking client on a reactive one.
	 * @param reactive the reactive client
	 */
	public KeyManagementTemplate(ReactiveKeyManagementOperations reactive) {
		if (reactive == null) {
			throw new IllegalArgumentException("reactive must not be null");
		}
		this.reactive = reactive;
	}

	@Override
	public GenerateKeyResponse generateKey(GenerateKeyRequest request) {
		return block(this.reactive.generateKey(request));
	}

	@Override
	public KeyInfo updateKey(UpdateKeyRequest request) {
		return block(this.reactive.updateKey(request));
	}

	@Override
	public DeleteKeysResponse deleteKeys(DeleteKeysRequest request) {
		return block(this.reactive.deleteKeys(request));
	}

	@Override
	public KeyInfoResponse keyInfo(String key) {
		return block(this.reactive.keyInfo(key));
	}

	@Override
	public KeyInfoResponse currentKeyInfo() {
		return block(this.reactive.currentKeyInfo());
	}

	@Override
	public KeyListResponse listKeys(KeyListQuery query) {
		return block(this.reactive.listKeys(query));
	}

	@Override
	public Stream<KeyInfo> streamKeys(KeyListQuery query) {
		return this.reactive.streamKeys(query).toStream(1);
	}

	@Override
	public KeyInfo blockKey(String key) {
		return block(this.reactive.blockKey(key));
	}

	@Override
	public KeyInfo unblockKey(String key) {
		return block(this.reactive.unblockKey(key));
	}

	@Override
	public KeyHealthResponse keyHealth() {
		return block(this.reactive.keyHealth());
	}

	@Override
	public GenerateKeyResponse regenerateKey(String key, @Nullable RegenerateKeyRequest request) {
		return block(this.reactive.regenerateKey(key, request));
	}

	@Override
	public KeyRotation rotateKey(String key, RotateKeyRequest request) {
		return block(this.reactive.rotateKey(key, request));
	}

	@Override
	public GenerateKeyResponse generateServiceAccountKey(GenerateKeyRequest request) {
		return block(this.reactive.generateServiceAccountKey(request));
	}

	@Override
	public BulkUpdateKeysResponse bulkUpdateKeys(List<BulkKeyUpdate> updates) {
		return block(this.reactive.bulkUpdateKeys(updates));
	}

	@Override
	public BulkUpdateKeysResponse bulkUpdateTeamKeys(TeamKeysUpdate request) {
		return block(this.reactive.bulkUpdateTeamKeys(request));
	}

	@Override
	public ResetSpendResponse resetSpend(String key, double resetTo) {
		return block(this.reactive.resetSpend(key, resetTo));
	}

	@Override
	public KeyAliasesResponse listKeyAliases(KeyAliasQuery query) {
		return block(this.reactive.listKeyAliases(query));
	}

	@Override
	public Stream<String> streamKeyAliases(KeyAliasQuery query) {
		return this.reactive.streamKeyAliases(query).toStream(1);
	}

	@Override
	public List<KeyInfo> keyInfos(Collection<String> keys) {
		return block(this.reactive.keyInfos(keys));
	}

	@Override
	public KeyManagementOperations withChangedBy(String changedBy) {
		return new KeyManagementTemplate(this.reactive.withChangedBy(changedBy));
	}

	private static <T> T block(Mono<T> mono) {
		T value = mono.block();
		if (value == null) {
			throw new IllegalStateException("The reactive client completed without a value");
		}
		return value;
	}

	@Override
	public String toString() {
		return "KeyManagementTemplate[" + this.reactive + "]";
	}

}
