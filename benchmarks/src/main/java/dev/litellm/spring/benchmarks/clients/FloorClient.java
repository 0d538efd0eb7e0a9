package dev.litellm.spring.benchmarks.clients;

import java.util.List;
import java.util.Objects;

import dev.litellm.spring.benchmarks.stub.StubBodies;
import dev.litellm.spring.keys.GenerateKeyResponse;
import dev.litellm.spring.keys.KeyInfo;
import dev.litellm.spring.keys.KeyInfoResponse;
import dev.litellm.spring.keys.KeyListResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The floor: a raw {@link WebClient} that sends the same requests as the clients under test and decodes, with
 * Spring's default Jackson 3 codec, into the same response types as this project's client. No error mapping, no
 * retries, no observation, no argument checks: what any typed client costs at least.
 */
public final class FloorClient implements BenchClient {

	private final WebClient webClient;

	/**
	 * Creates the floor client.
	 * @param baseUrl the stub's URL
	 * @param connector the HTTP connector (in the benchmarks, Reactor Netty on the shared event loop with the
	 * client's own pool)
	 */
	public FloorClient(String baseUrl, ClientHttpConnector connector) {
		this.webClient = WebClient.builder()
			.baseUrl(baseUrl)
			.clientConnector(connector)
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + StubBodies.MASTER_KEY)
			.build();
	}

	@Override
	public String name() {
		return "floor";
	}

	@Override
	public Mono<KeyInfoResponse> keyInfo() {
		return this.webClient.get()
			.uri((uri) -> uri.path("/key/info").queryParam("key", StandardRequests.infoKeyHash()).build())
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.bodyToMono(KeyInfoResponse.class);
	}

	@Override
	public Mono<GenerateKeyResponse> generateKey() {
		FloorGenerateKeyRequest request = new FloorGenerateKeyRequest(StandardRequests.KEY_ALIAS,
				StandardRequests.MODELS, StandardRequests.MAX_BUDGET, StandardRequests.BUDGET_DURATION,
				StandardRequests.DURATION, StandardRequests.TEAM_ID, StandardRequests.METADATA);
		return this.webClient.post()
			.uri("/key/generate")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.bodyValue(request)
			.retrieve()
			.bodyToMono(GenerateKeyResponse.class);
	}

	@Override
	public Mono<KeyListResponse> listKeys() {
		return page(1);
	}

	@Override
	public Flux<String> streamKeyAliases() {
		return page(1)
			.expand((page) -> (Objects.requireNonNull(page.currentPage()) < Objects.requireNonNull(page.totalPages()))
					? page(page.currentPage() + 1) : Mono.empty())
			.concatMapIterable(KeyListResponse::keys, 1)
			.map((key) -> Objects.requireNonNull(key.keyAlias()));
	}

	private Mono<KeyListResponse> page(int page) {
		return this.webClient.get()
			.uri((uri) -> uri.path("/key/list")
				.queryParam("page", page)
				.queryParam("size", StubBodies.PAGE_SIZE)
				.queryParam("return_full_object", true)
				.build())
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.bodyToMono(KeyListResponse.class);
	}

	@Override
	public List<String> verify() {
		StandardRequests.Checks checks = new StandardRequests.Checks();
		checks.run("keyInfo", () -> {
			KeyInfoResponse response = Objects.requireNonNull(keyInfo().block());
			KeyInfo info = response.info();
			checks.check(StandardRequests.infoKeyHash().equals(response.key()), "keyInfo: key is the hash")
				.check("payments-prod".equals(info.keyAlias()), "keyInfo: info.key_alias")
				.check(info.expires() != null && info.expires().getYear() == 2026, "keyInfo: info.expires (+00:00)")
				.check(info.litellmBudgetTable() != null, "keyInfo: info.litellm_budget_table");
		});
		checks.run("generateKey", () -> {
			GenerateKeyResponse response = Objects.requireNonNull(generateKey().block());
			checks.check(response.key() != null && response.key().startsWith("sk-"), "generateKey: key")
				.check(response.tokenId() != null && response.tokenId().length() == 64, "generateKey: token_id")
				.check(response.expires() != null, "generateKey: expires (Z)");
		});
		checks.run("listKeys", () -> {
			KeyListResponse response = Objects.requireNonNull(listKeys().block());
			List<KeyInfo> keys = response.keys();
			checks.check(keys.size() == StubBodies.PAGE_SIZE, "listKeys: 100 keys")
				.check(keys.stream().allMatch((key) -> key.token() != null && key.createdAt() != null),
						"listKeys: every key has token and created_at")
				.check(Integer.valueOf(1).equals(response.currentPage()), "listKeys: current_page");
		});
		return checks.problems();
	}

	@Override
	public void close() {
	}

}
