package dev.litellm.spring.keys;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The items, or the pages, of every page of a paged endpoint, one page in flight at most, and the next page fetched
 * only once everything of the current one was consumed.
 */
final class LazyPages {

	private LazyPages() {
	}

	/**
	 * @param <P> the type of a page
	 * @param <T> the type of an item
	 * @param firstPage the number of the first page to fetch
	 * @param fetch fetches a page by its number
	 * @param items the items of a page
	 * @param hasNextPage whether a page follows a page
	 * @return the items, fetched as they are consumed
	 */
	static <P, T> Flux<T> items(int firstPage, IntFunction<Mono<P>> fetch, Function<P, List<T>> items,
			Predicate<P> hasNextPage) {
		AtomicBoolean lastPageRead = new AtomicBoolean();
		return pageNumbers(firstPage, lastPageRead).concatMap((page) -> fetch.apply(page).flatMapIterable((answer) -> {
			lastPageRead.set(!hasNextPage.test(answer));
			return items.apply(answer);
		}), 0);
	}

	/**
	 * @param <P> the type of a page
	 * @param firstPage the number of the first page to fetch
	 * @param fetch fetches a page by its number
	 * @param hasNextPage whether a page follows a page
	 * @return the pages, each fetched when requested
	 */
	static <P> Flux<P> pages(int firstPage, IntFunction<Mono<P>> fetch, Predicate<P> hasNextPage) {
		AtomicBoolean lastPageRead = new AtomicBoolean();
		return pageNumbers(firstPage, lastPageRead).concatMap(
				(page) -> fetch.apply(page).doOnNext((answer) -> lastPageRead.set(!hasNextPage.test(answer))), 0);
	}

	/**
	 * The page numbers from the first, until the last page was read. Without prefetch, concatMap asks for the next
	 * page number only after everything of the current page was emitted (an exchange starts when subscribed to, so
	 * the page must not be subscribed to any earlier).
	 */
	private static Flux<Integer> pageNumbers(int firstPage, AtomicBoolean lastPageRead) {
		return Flux.<Integer, Integer>generate(() -> firstPage, (page, sink) -> {
			if (lastPageRead.get()) {
				sink.complete();
			}
			else {
				sink.next(page);
			}
			return page + 1;
		});
	}

}
