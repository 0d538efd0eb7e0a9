package dev.litellm.spring.keys;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.litellm.spring.internal.ApiCall;
import dev.litellm.spring.internal.LiteLlmTransport;
import dev.litellm.spring.internal.Secrets;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;

/**
 * The creations (generate, service-account generate, regenerate) and the operations for many keys at a time and for
 * platform teams: deletes, bulk updates, spend resets, alias lookups and many-key info. Used by
 * {@link ReactiveKeyManagementTemplate}, whose audit actor each write is given.
 */
final class KeyBatchCalls {

	private final LiteLlmTransport transport;

	private final JsonMapper jsonMapper;

	private final boolean clientGeneratedKeys;

	private final AbandonedKeyCreationListener abandonedCreations;

	KeyBatchCalls(LiteLlmTransport transport, JsonMapper jsonMapper, boolean clientGeneratedKeys,
			AbandonedKeyCreationListener abandonedCreations) {
		this.abandonedCreations = abandonedCreations;
		this.transport = transport;
		this.jsonMapper = jsonMapper;
		this.clientGeneratedKeys = clientGeneratedKeys;
	}

	/**
	 * A generate or service-account generate: with a client-chosen key when the client chooses keys, and
	 * recoverable whenever the key is known before the call.
	 */
	Mono<GenerateKeyResponse> create(KeyOperation operation, String path, @Nullable GenerateKeyRequest request,
			@Nullable String changedBy) {
		return Mono.defer(() -> {
			GenerateKeyRequest checked = KeyArguments.require("request", request);
			if (operation == KeyOperation.SERVICE_ACCOUNT_GENERATE
					&& !(checked.fields().get("team_id") instanceof String team && !team.isBlank())) {
				throw new IllegalArgumentException("team_id is required for a service-account key");
			}
			GenerateKeyRequest toSend = (this.clientGeneratedKeys && checked.key() == null)
					? checked.withKey(ClientGeneratedKeys.newKey()) : checked;
			ApiCall<GenerateKeyResponse> call = new ApiCall<>(operation, HttpMethod.POST, path, Map.of(), toSend,
					GenerateKeyResponse.class);
			return RecoverableCreation.create(this.transport, this.jsonMapper, call, toSend.key(), changedBy,
					this.abandonedCreations);
		});
	}

	/** A regenerate: with a client-chosen new key when the client chooses keys, and recoverable when it is known. */
	Mono<GenerateKeyResponse> regenerate(@Nullable String key, @Nullable RegenerateKeyRequest request,
			@Nullable String changedBy) {
		return Mono.defer(() -> {
			KeyArguments.requireKey("key", key);
			RegenerateKeyRequest body = (request != null) ? request : RegenerateKeyRequest.builder().build();
			if (this.clientGeneratedKeys && body.newKey() == null) {
				body = body.withNewKey(ClientGeneratedKeys.newKey());
			}
			ApiCall<GenerateKeyResponse> call = new ApiCall<>(KeyOperation.REGENERATE, HttpMethod.POST, "/key/regenerate",
					Map.of(), body.withKey(key), GenerateKeyResponse.class);
			return RecoverableCreation.create(this.transport, this.jsonMapper, call, body.newKey(), changedBy,
					this.abandonedCreations);
		});
	}

	Mono<DeleteKeysResponse> deleteKeys(@Nullable DeleteKeysRequest request, @Nullable String changedBy) {
		return Mono.defer(() -> {
			KeyArguments.require("request", request);
			// A retry answered 404 after an attempt that may have gone through: that attempt may have deleted the
			// keys, or they never existed. The client cannot tell, so the 404 stands and says so.
			ApiCall<DeleteKeysResponse> call = new ApiCall<>(KeyOperation.DELETE, HttpMethod.POST, "/key/delete",
					Map.of(), request, DeleteKeysResponse.class)
				.notedWhenAlreadyDone("an earlier attempt of this delete, whose outcome is unclear, may have deleted "
						+ "them, or they never existed: the client cannot tell which; check with keyInfo");
			return this.transport.execute(call, changedBy);
		});
	}

	/** A bulk update, sent in parts if it is long, every part with the one actor resolved for the whole. */
	Mono<BulkUpdateKeysResponse> bulkUpdateKeys(@Nullable List<BulkKeyUpdate> updates, @Nullable String changedBy) {
		return this.transport.withOneActor(changedBy, Mono.defer(() -> {
			List<BulkKeyUpdate> items = List.copyOf(requireItems("updates", updates));
			return BulkUpdates.inChunks(items, BulkKeyUpdate::key,
					(chunk) -> this.transport.execute(new ApiCall<>(KeyOperation.BULK_UPDATE, HttpMethod.POST,
							"/key/bulk_update", Map.of(), new BulkUpdateBody(chunk), BulkUpdateKeysResponse.class),
							changedBy));
		}));
	}

	/** A team's bulk update, as {@link #bulkUpdateKeys} sends one. */
	Mono<BulkUpdateKeysResponse> bulkUpdateTeamKeys(@Nullable TeamKeysUpdate request, @Nullable String changedBy) {
		return this.transport.withOneActor(changedBy, Mono.defer(() -> {
			TeamKeysUpdate checked = KeyArguments.require("request", request);
			List<String> keys = checked.keys();
			if (keys == null) {
				return teamUpdate(checked, changedBy);
			}
			return BulkUpdates.inChunks(keys, (key) -> key,
					(chunk) -> teamUpdate(checked.withKeys(chunk), changedBy));
		}));
	}

	private Mono<BulkUpdateKeysResponse> teamUpdate(TeamKeysUpdate request, @Nullable String changedBy) {
		return this.transport.execute(new ApiCall<>(KeyOperation.TEAM_BULK_UPDATE, HttpMethod.POST,
				"/team/key/bulk_update", Map.of(), request, BulkUpdateKeysResponse.class), changedBy);
	}

	Mono<ResetSpendResponse> resetSpend(@Nullable String key, double resetTo, @Nullable String changedBy) {
		return Mono.defer(() -> {
			String hash = Secrets.urlSafeKey(KeyArguments.requireKey("key", key));
			if (!Double.isFinite(resetTo) || resetTo < 0) {
				throw new IllegalArgumentException("reset_to must be a finite number of at least 0, but was " + resetTo);
			}
			ApiCall<ResetSpendResponse> call = new ApiCall<>(KeyOperation.RESET_SPEND, HttpMethod.POST,
					"/key/{key}/reset_spend", Map.of(), Map.of("reset_to", resetTo), ResetSpendResponse.class)
				.withPathVariable("key", hash);
			return this.transport.execute(call, changedBy);
		});
	}

	Mono<KeyAliasesResponse> listKeyAliases(@Nullable KeyAliasQuery query) {
		return Mono.defer(() -> this.transport.execute(new ApiCall<>(KeyOperation.ALIASES, HttpMethod.GET,
				"/key/aliases", KeyArguments.require("query", query).parameters(), null, KeyAliasesResponse.class), null));
	}

	Flux<String> streamKeyAliases(@Nullable KeyAliasQuery query) {
		return KeyPages.aliases(query, this::listKeyAliases);
	}

	Mono<List<KeyInfo>> keyInfos(@Nullable Collection<String> keys) {
		return Mono.defer(() -> {
			List<String> checked = new ArrayList<>(requireItems("keys", keys));
			checked.forEach((key) -> KeyArguments.requireKey("keys", key));
			return KeyInfoBatch.lookUp(this.transport, checked);
		});
	}

	private static <T> Collection<T> requireItems(String name, @Nullable Collection<T> items) {
		Collection<T> checked = KeyArguments.requireCollection(name, items);
		if (checked.isEmpty()) {
			throw new IllegalArgumentException(name + " must not be empty");
		}
		if (checked.stream().anyMatch((item) -> item == null)) {
			throw new IllegalArgumentException(name + " must not contain null");
		}
		return checked;
	}

	/**
	 * The body of {@code /key/bulk_update}; its items mask their keys in {@code toString()}.
	 * @param keys the updates
	 */
	record BulkUpdateBody(List<BulkKeyUpdate> keys) {
	}

}
