package dev.litellm.spring.benchmarks.ours;

import java.util.List;
import java.util.Objects;

import dev.litellm.spring.benchmarks.clients.BenchClient;
import dev.litellm.spring.benchmarks.clients.StandardRequests;
import dev.litellm.spring.benchmarks.stub.StubBodies;
import dev.litellm.spring.keys.GenerateKeyRequest;
import dev.litellm.spring.keys.GenerateKeyResponse;
import dev.litellm.spring.keys.KeyInfo;
import dev.litellm.spring.keys.KeyInfoResponse;
import dev.litellm.spring.keys.KeyListQuery;
import dev.litellm.spring.keys.KeyListResponse;
import dev.litellm.spring.keys.KeyManagementOperations;
import dev.litellm.spring.keys.KeyManagementTemplate;
import dev.litellm.spring.keys.ReactiveKeyManagementOperations;
import dev.litellm.spring.keys.ReactiveKeyManagementTemplate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.client.reactive.ClientHttpConnector;

/**
 * This project's client: {@link ReactiveKeyManagementOperations} for the reactive cases and
 * {@link KeyManagementOperations} for the blocking ones, built without Boot on the same connector as the others.
 * It is given the raw key for {@code keyInfo} and hashes it itself.
 */
public final class OursClient implements BenchClient {

	private static final KeyListQuery FIRST_PAGE = KeyListQuery.builder()
		.page(1)
		.size(StubBodies.PAGE_SIZE)
		.returnFullObject(true)
		.build();

	private final String name;

	private final ReactiveKeyManagementOperations reactive;

	private final KeyManagementOperations blocking;

	/**
	 * Creates the project's client.
	 * @param baseUrl the stub's URL
	 * @param connector the HTTP connector (in the benchmarks, Reactor Netty on the shared event loop with the
	 * client's own pool)
	 */
	public OursClient(String baseUrl, ClientHttpConnector connector) {
		ReactiveKeyManagementTemplate template = ReactiveKeyManagementTemplate.builder()
			.baseUrl(baseUrl)
			.apiKey(StubBodies.MASTER_KEY)
			.clientConnector(connector)
			.build();
		this.name = "ours";
		this.reactive = template;
		this.blocking = new KeyManagementTemplate(template);
	}

	/**
	 * Wraps the project's client as an application context made it.
	 * @param name the name shown in the results
	 * @param reactive the context's reactive client
	 * @param blocking the context's blocking client
	 */
	public OursClient(String name, ReactiveKeyManagementOperations reactive, KeyManagementOperations blocking) {
		this.name = name;
		this.reactive = reactive;
		this.blocking = blocking;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public Mono<KeyInfoResponse> keyInfo() {
		return this.reactive.keyInfo(StubBodies.INFO_KEY);
	}

	@Override
	public Mono<GenerateKeyResponse> generateKey() {
		return this.reactive.generateKey(generateRequest());
	}

	@Override
	public Mono<KeyListResponse> listKeys() {
		return this.reactive.listKeys(FIRST_PAGE);
	}

	@Override
	public Object keyInfoBlocking() {
		return this.blocking.keyInfo(StubBodies.INFO_KEY);
	}

	@Override
	public Object generateKeyBlocking() {
		return this.blocking.generateKey(generateRequest());
	}

	@Override
	public Object listKeysBlocking() {
		return this.blocking.listKeys(FIRST_PAGE);
	}

	@Override
	public Flux<String> streamKeyAliases() {
		return this.reactive.streamKeys(KeyListQuery.builder().size(StubBodies.PAGE_SIZE).returnFullObject(true).build())
			.map((key) -> Objects.requireNonNull(key.keyAlias()));
	}

	/**
	 * The blocking {@code streamKeys}, for the streaming harness.
	 * @return each key's alias, in order
	 */
	public java.util.stream.Stream<String> streamKeyAliasesBlocking() {
		return this.blocking.streamKeys(KeyListQuery.builder().size(StubBodies.PAGE_SIZE).returnFullObject(true).build())
			.map((key) -> Objects.requireNonNull(key.keyAlias()));
	}

	private static GenerateKeyRequest generateRequest() {
		return GenerateKeyRequest.builder()
			.keyAlias(StandardRequests.KEY_ALIAS)
			.models(StandardRequests.MODELS)
			.maxBudget(StandardRequests.MAX_BUDGET)
			.budgetDuration(StandardRequests.BUDGET_DURATION)
			.duration(StandardRequests.DURATION)
			.teamId(StandardRequests.TEAM_ID)
			.metadata(StandardRequests.METADATA)
			.build();
	}

	@Override
	public List<String> verify() {
		StandardRequests.Checks checks = new StandardRequests.Checks();
		checks.run("keyInfo", () -> {
			KeyInfoResponse response = Objects.requireNonNull(keyInfo().block());
			KeyInfo info = response.info();
			checks.check(StandardRequests.infoKeyHash().equals(response.key()), "keyInfo: key is the hash")
				.check("payments-prod".equals(info.keyAlias()), "keyInfo: info.key_alias")
				.check(info.expires() != null && info.expires().getYear() == 2026, "keyInfo: info.expires (+00:00)");
		});
		checks.run("generateKey", () -> {
			GenerateKeyResponse response = Objects.requireNonNull(generateKey().block());
			checks.check(response.key() != null && response.key().startsWith("sk-"), "generateKey: key")
				.check(response.tokenId() != null && response.tokenId().length() == 64, "generateKey: token_id");
		});
		checks.run("listKeys", () -> {
			KeyListResponse response = Objects.requireNonNull(listKeys().block());
			List<KeyInfo> keys = response.keys();
			checks.check(keys.size() == StubBodies.PAGE_SIZE, "listKeys: 100 keys")
				.check(keys.stream().allMatch((key) -> key.token() != null), "listKeys: every key has a token")
				.check(Integer.valueOf(1).equals(response.currentPage()), "listKeys: current_page");
		});
		return checks.problems();
	}

	@Override
	public void close() {
	}

}
