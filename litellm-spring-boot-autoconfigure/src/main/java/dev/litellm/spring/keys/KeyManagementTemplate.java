package dev.litellm.spring.keys;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import dev.litellm.spring.LiteLlmTransportException;
import org.jspecify.annotations.Nullable;
import reactor.core.Exceptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link KeyManagementOperations} on a {@link ReactiveKeyManagementOperations}: each call subscribes on the
 * calling thread and blocks for the answer, so both APIs share one HTTP stack, one connection pool and the same
 * retries, observations and audit header. Do not call it from a Reactor event-loop thread.
 *
 * <p>An interrupted call cancels the request and throws a {@link LiteLlmTransportException} with the thread's
 * interrupt flag set again; a generate or regenerate interrupted after its request may have reached the proxy
 * throws its subtype {@link KeyCreationAbandonedException}, which names the key that may exist.
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
		return blockCreation(this.reactive.generateKey(request));
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
		return closeable(this.reactive.streamKeys(query));
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
		return blockCreation(this.reactive.regenerateKey(key, request));
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
		return closeable(this.reactive.streamKeyAliases(query));
	}

	@Override
	public List<KeyInfo> keyInfos(Collection<String> keys) {
		return block(this.reactive.keyInfos(keys));
	}

	@Override
	public KeyManagementResponses withResponseInfo() {
		return new KeyResponsesView(this.reactive.withResponseInfo());
	}

	@Override
	public KeyManagementOperations withChangedBy(String changedBy) {
		return new KeyManagementTemplate(this.reactive.withChangedBy(changedBy));
	}

	static <T> T blockCreation(Mono<T> call) {
		AtomicReference<@Nullable AbandonedKeyCreation> abandoned = new AtomicReference<>();
		try {
			return block(call.contextWrite((context) -> context.put(RecoverableCreation.ABANDONED, abandoned)));
		}
		catch (LiteLlmTransportException ex) {
			AbandonedKeyCreation creation = abandoned.get();
			if (creation != null && ex.getCause() instanceof InterruptedException) {
				throw new KeyCreationAbandonedException(creation, ex.getCause());
			}
			throw ex;
		}
	}

	static <T> T block(Mono<T> mono) {
		T value;
		try {
			value = mono.block();
		}
		catch (RuntimeException ex) {
			Throwable cause = Exceptions.unwrap(ex);
			if (cause instanceof InterruptedException) {
				// block() cancelled the call; keep the interrupt for the caller to see.
				Thread.currentThread().interrupt();
				throw new LiteLlmTransportException("interrupted while waiting for the proxy's answer; the call was "
						+ "cancelled", cause);
			}
			throw ex;
		}
		if (value == null) {
			throw new IllegalStateException("The reactive client completed without a value");
		}
		return value;
	}

	@Override
	public String toString() {
		return "KeyManagementTemplate[" + this.reactive + "]";
	}

	/**
	 * A stream that asks for an item only when its consumer wants it; closing it cancels the paging.
	 */
	static <T> Stream<T> closeable(Flux<T> items) {
		return OnDemandIterator.stream(items);
	}

}
