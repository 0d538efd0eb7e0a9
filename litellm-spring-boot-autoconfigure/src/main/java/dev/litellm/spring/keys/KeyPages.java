package dev.litellm.spring.keys;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The paging of {@code streamKeys} and {@code streamKeyAliases}, item by item for the plain operations and page by
 * page for the {@code withResponseInfo()} views: the largest page the proxy serves unless the query sets a size,
 * full key records unless it sets {@code return_full_object}, from the query's page on.
 */
final class KeyPages {

	private KeyPages() {
	}

	static Flux<KeyInfo> keys(@Nullable KeyListQuery query, Function<KeyListQuery, Mono<KeyListResponse>> fetch) {
		return Flux.defer(() -> {
			KeyListQuery first = streamed(query);
			SeenTokens seen = new SeenTokens();
			return LazyPages
				.items(firstPage(first.page()), (page) -> fetch.apply(first.toBuilder().page(page).build()),
						KeyListResponse::keys, KeyListResponse::hasNextPage)
				.filter((key) -> key.token() == null || seen.add(key.token()));
		});
	}

	static Flux<LiteLlmResponse<KeyListResponse>> keyPages(@Nullable KeyListQuery query,
			Function<KeyListQuery, Mono<LiteLlmResponse<KeyListResponse>>> fetch) {
		return Flux.defer(() -> {
			KeyListQuery first = streamed(query);
			return LazyPages.pages(firstPage(first.page()), (page) -> fetch.apply(first.toBuilder().page(page).build()),
					(answer) -> answer.body().hasNextPage());
		});
	}

	static Flux<String> aliases(@Nullable KeyAliasQuery query,
			Function<KeyAliasQuery, Mono<KeyAliasesResponse>> fetch) {
		return Flux.defer(() -> {
			KeyAliasQuery first = streamed(query);
			return LazyPages.items(firstPage(first.page()), (page) -> fetch.apply(first.toBuilder().page(page).build()),
					KeyAliasesResponse::aliases, KeyAliasesResponse::hasNextPage);
		});
	}

	static Flux<LiteLlmResponse<KeyAliasesResponse>> aliasPages(@Nullable KeyAliasQuery query,
			Function<KeyAliasQuery, Mono<LiteLlmResponse<KeyAliasesResponse>>> fetch) {
		return Flux.defer(() -> {
			KeyAliasQuery first = streamed(query);
			return LazyPages.pages(firstPage(first.page()), (page) -> fetch.apply(first.toBuilder().page(page).build()),
					(answer) -> answer.body().hasNextPage());
		});
	}

	private static KeyListQuery streamed(@Nullable KeyListQuery query) {
		KeyListQuery.Builder pages = KeyArguments.require("query", query).toBuilder();
		if (query.size() == null) {
			pages.size(KeyListQuery.MAX_PAGE_SIZE);
		}
		if (query.returnFullObject() == null) {
			pages.returnFullObject(true);
		}
		return pages.build();
	}

	private static KeyAliasQuery streamed(@Nullable KeyAliasQuery query) {
		KeyAliasQuery.Builder pages = KeyArguments.require("query", query).toBuilder();
		if (query.size() == null) {
			pages.size(KeyAliasQuery.MAX_PAGE_SIZE);
		}
		return pages.build();
	}

	private static int firstPage(@Nullable Integer page) {
		return (page != null) ? page : 1;
	}

}
