package dev.litellm.spring.keys;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dev.litellm.spring.LiteLlmServerException;
import dev.litellm.spring.internal.Secrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code streamKeys} walks {@code /key/list} page by page, lazily: a page is fetched only when the keys before
 * it are consumed, a key seen on an earlier page is not yielded again, and paging stops at the last page.
 */
class StreamKeysTests extends ProxyTestSupport {

	/** 13 keys in pages of 5: 5 + 5 + 3. */
	private static final List<String> TOKENS = IntStream.rangeClosed(1, 13)
		.mapToObj((i) -> Secrets.sha256("sk-stream-test-key-" + i))
		.toList();

	private static final KeyListQuery PAGES_OF_FIVE = KeyListQuery.builder().size(5).build();

	/** Long enough for a request the client should not have sent to reach the stand-in proxy. */
	private static final Duration QUIET = Duration.ofMillis(300);

	@Test
	void takingThreeKeysFetchesOnlyTheFirstPage() {
		stubThreePages();

		StepVerifier.create(this.clients.reactive().streamKeys(PAGES_OF_FIVE).take(3).map(KeyInfo::token))
			.expectNextSequence(TOKENS.subList(0, 3))
			.verifyComplete();

		assertOnlyPagesRequested("1");
	}

	@Test
	void demandWithinTheFirstPageFetchesNoOtherPage() {
		stubThreePages();

		StepVerifier.create(this.clients.reactive().streamKeys(PAGES_OF_FIVE).map(KeyInfo::token), 0)
			.thenRequest(4)
			.expectNextSequence(TOKENS.subList(0, 4))
			.then(() -> assertOnlyPagesRequested("1"))
			.thenCancel()
			.verify(Api.TIMEOUT);
	}

	@Test
	void nextPageIsFetchedOnceTheCurrentPageIsConsumed() {
		stubThreePages();

		StepVerifier.create(this.clients.reactive().streamKeys(PAGES_OF_FIVE).map(KeyInfo::token), 0)
			.thenRequest(5)
			.expectNextSequence(TOKENS.subList(0, 5))
			.then(() -> await().atMost(Api.TIMEOUT).until(() -> requestedPages().equals(List.of("1", "2"))))
			.then(() -> assertOnlyPagesRequested("1", "2"))
			.thenRequest(1)
			.expectNext(TOKENS.get(5))
			.thenCancel()
			.verify(Api.TIMEOUT);
	}

	@Test
	void takingThreeKeysFromTheBlockingStreamFetchesOnlyTheFirstPage() {
		stubThreePages();

		try (Stream<KeyInfo> keys = this.clients.blocking().streamKeys(PAGES_OF_FIVE)) {
			assertThat(keys.limit(3).map(KeyInfo::token)).containsExactlyElementsOf(TOKENS.subList(0, 3));
			assertOnlyPagesRequested("1");
		}
	}

	// Taking a page's last item may start the next page's request: Reactor's concatMap moves on when a page's items
	// are all handed over, whatever the consumer does next. Before that item, nothing more is fetched.
	@ParameterizedTest
	@ValueSource(ints = { 1, 4 })
	void takingLessThanAPageFromTheBlockingStreamFetchesExactlyOnePage(int taken) {
		stubThreePages();

		try (Stream<KeyInfo> keys = this.clients.blocking().streamKeys(PAGES_OF_FIVE)) {
			assertThat(keys.limit(taken).map(KeyInfo::token)).containsExactlyElementsOf(TOKENS.subList(0, taken));
			assertOnlyPagesRequested("1");
		}
	}

	@Test
	void takingOneKeyPastAPageFromTheBlockingStreamFetchesExactlyTwoPages() {
		stubThreePages();

		try (Stream<KeyInfo> keys = this.clients.blocking().streamKeys(PAGES_OF_FIVE)) {
			assertThat(keys.limit(6).map(KeyInfo::token)).containsExactlyElementsOf(TOKENS.subList(0, 6));
			assertOnlyPagesRequested("1", "2");
		}
	}

	@Test
	void closingTheBlockingStreamEarlyStopsPaging() {
		stubThreePages();

		try (Stream<KeyInfo> keys = this.clients.blocking().streamKeys(PAGES_OF_FIVE)) {
			Iterator<KeyInfo> iterator = keys.iterator();
			for (int i = 0; i < 7; i++) {
				assertThat(iterator.next().token()).isEqualTo(TOKENS.get(i));
			}
		}

		assertOnlyPagesRequested("1", "2");
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void streamWalksEveryPageAndStopsAtTheLast(Api api) {
		stubThreePages();

		List<String> tokens = stream(api, PAGES_OF_FIVE);

		assertThat(tokens).containsExactlyElementsOf(TOKENS);
		assertThat(requestedPages()).containsExactly("1", "2", "3");
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void streamAsksForPagesOfOneHundredFullObjectsByDefault(Api api) {
		stubPage(1, 1, 2, TOKENS.subList(0, 2));

		List<String> tokens = stream(api, KeyListQuery.all());

		assertThat(tokens).containsExactlyElementsOf(TOKENS.subList(0, 2));
		assertThat(queryOf(onlyRequest())).containsExactlyInAnyOrderEntriesOf(Map.of("page", List.of("1"), "size",
				List.of("100"), "return_full_object", List.of("true")));
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void streamKeepsTheSizeFormAndFiltersOfTheQuery(Api api) {
		stubHashPage(1, 2, 6, TOKENS.subList(0, 3));
		stubHashPage(2, 2, 6, TOKENS.subList(3, 6));
		KeyListQuery query = KeyListQuery.builder().size(3).teamId("team-a").returnFullObject(false).build();

		List<String> tokens = stream(api, query);

		assertThat(tokens).containsExactlyElementsOf(TOKENS.subList(0, 6));
		assertThat(received()).extracting(ProxyTestSupport::queryOf)
			.containsExactly(
					Map.of("page", List.of("1"), "size", List.of("3"), "team_id", List.of("team-a"),
							"return_full_object", List.of("false")),
					Map.of("page", List.of("2"), "size", List.of("3"), "team_id", List.of("team-a"),
							"return_full_object", List.of("false")));
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void streamStartsAtThePageOfTheQuery(Api api) {
		stubThreePages();

		List<String> tokens = stream(api, KeyListQuery.builder().size(5).page(2).build());

		assertThat(tokens).containsExactlyElementsOf(TOKENS.subList(5, 13));
		assertThat(requestedPages()).containsExactly("2", "3");
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void keyRepeatedOnTheNextPageIsYieldedOnce(Api api) {
		// A key created while paging shifts the list: the last key of page 1 shows up again on page 2.
		stubPage(1, 2, 10, TOKENS.subList(0, 5));
		stubPage(2, 2, 10, List.of(TOKENS.get(4), TOKENS.get(5), TOKENS.get(6), TOKENS.get(7), TOKENS.get(8)));

		List<String> tokens = stream(api, PAGES_OF_FIVE);

		assertThat(tokens).containsExactlyElementsOf(TOKENS.subList(0, 9));
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void emptyListEndsAfterOneRequest(Api api) {
		stubPage(1, 0, 0, List.of());

		assertThat(stream(api, PAGES_OF_FIVE)).isEmpty();
		assertThat(requestedPages()).containsExactly("1");
	}

	@ParameterizedTest
	@EnumSource(Api.class)
	void emptyPageBeforeTheAnnouncedLastEndsTheStream(Api api) {
		// Keys deleted while paging: the proxy still counts three pages, but page 2 is already empty.
		stubPage(1, 3, 13, TOKENS.subList(0, 5));
		stubPage(2, 3, 13, List.of());

		assertThat(stream(api, PAGES_OF_FIVE)).containsExactlyElementsOf(TOKENS.subList(0, 5));
		assertThat(requestedPages()).containsExactly("1", "2");
	}

	@Test
	void failureOnALaterPageIsSignalledAfterTheEarlierKeys() {
		stubPage(1, 3, 13, TOKENS.subList(0, 5));
		proxy.stubFor(get(urlPathEqualTo("/key/list")).withQueryParam("page", equalTo("2"))
			.willReturn(aResponse().withStatus(500).withHeader("Content-Type", "text/plain").withBody("Internal Server Error")));

		StepVerifier.create(this.clients.reactive().streamKeys(PAGES_OF_FIVE))
			.expectNextCount(5)
			.expectError(LiteLlmServerException.class)
			.verify(Api.TIMEOUT);
		assertThat(requestedPages()).containsExactly("1", "2");
	}

	private List<String> stream(Api api, KeyListQuery query) {
		if (api == Api.BLOCKING) {
			try (Stream<KeyInfo> keys = this.clients.blocking().streamKeys(query)) {
				return keys.map(KeyInfo::token).toList();
			}
		}
		Flux<String> tokens = this.clients.reactive().streamKeys(query).map(KeyInfo::token);
		return tokens.collectList().block(Api.TIMEOUT);
	}

	@Test
	void closingABlockingStreamFromAnotherThreadWakesAConsumerWaitingForAPage() throws Exception {
		stubPage(1, 2, 10, TOKENS.subList(0, 5));
		proxy.stubFor(get(urlPathEqualTo("/key/list")).withQueryParam("page", equalTo("2"))
			.willReturn(okJson("{\"keys\":[],\"total_count\":10,\"current_page\":2,\"total_pages\":2}")
				.withFixedDelay(15_000)));
		Stream<KeyInfo> keys = this.clients.blocking().streamKeys(PAGES_OF_FIVE);
		java.util.concurrent.CompletableFuture<Long> consumed = java.util.concurrent.CompletableFuture
			.supplyAsync(keys::count);
		await().atMost(Api.TIMEOUT).until(() -> requestedPages().equals(List.of("1", "2")));

		keys.close();

		assertThat(consumed.get(5, java.util.concurrent.TimeUnit.SECONDS))
			.as("the keys before the close").isEqualTo(5);
	}

	@Test
	void consumingTheBlockingStreamOnANonBlockingThreadIsRefusedBeforeAnyRequest() {
		stubThreePages();

		try (Stream<KeyInfo> keys = this.clients.blocking().streamKeys(PAGES_OF_FIVE)) {
			StepVerifier.create(Mono.fromCallable(keys::findFirst).subscribeOn(Schedulers.parallel()))
				.expectError(IllegalStateException.class)
				.verify(Api.TIMEOUT);
		}
		assertThat(received()).isEmpty();
	}

	private static void stubThreePages() {
		stubPage(1, 3, 13, TOKENS.subList(0, 5));
		stubPage(2, 3, 13, TOKENS.subList(5, 10));
		stubPage(3, 3, 13, TOKENS.subList(10, 13));
	}

	/**
	 * A page of full objects, as {@code return_full_object=true} answers.
	 */
	private static void stubPage(int page, int totalPages, int totalCount, List<String> tokens) {
		String keys = tokens.stream()
			.map((token) -> "{\"token\":\"" + token + "\",\"key_name\":\"sk-...Ab12\",\"key_alias\":\"key-"
					+ TOKENS.indexOf(token) + "\",\"spend\":0.0,\"team_id\":\"team-a\",\"org_id\":null,"
					+ "\"created_at\":\"2026-03-10T09:15:42.318Z\",\"team_models\":[],\"team_blocked\":false}")
			.collect(Collectors.joining(","));
		stubListPage(page, "{\"keys\":[" + keys + "],\"total_count\":" + totalCount + ",\"current_page\":" + page
				+ ",\"total_pages\":" + totalPages + "}");
	}

	/**
	 * A page of hash strings, as {@code return_full_object=false} answers.
	 */
	private static void stubHashPage(int page, int totalPages, int totalCount, List<String> tokens) {
		String keys = tokens.stream().map((token) -> "\"" + token + "\"").collect(Collectors.joining(","));
		stubListPage(page, "{\"keys\":[" + keys + "],\"total_count\":" + totalCount + ",\"current_page\":" + page
				+ ",\"total_pages\":" + totalPages + "}");
	}

	private static void stubListPage(int page, String body) {
		proxy.stubFor(get(urlPathEqualTo("/key/list")).withQueryParam("page", equalTo(String.valueOf(page)))
			.willReturn(okJson(body)));
	}

	/**
	 * The pages requested so far are exactly these, and stay so for a while.
	 */
	private static void assertOnlyPagesRequested(String... pages) {
		await().during(QUIET).atMost(QUIET.multipliedBy(3)).until(() -> requestedPages().equals(List.of(pages)));
	}

	private static List<String> requestedPages() {
		return received().stream().map((request) -> request.queryParameter("page").firstValue()).toList();
	}

}
