package dev.litellm.spring.benchmarks.clients;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.litellm.spring.benchmarks.peer.api.KeyManagementApi;
import dev.litellm.spring.benchmarks.peer.invoker.ApiClient;
import dev.litellm.spring.benchmarks.peer.model.GenerateKeyRequest;
import dev.litellm.spring.benchmarks.peer.model.GenerateKeyResponse;
import dev.litellm.spring.benchmarks.peer.model.KeyListResponseObject;
import dev.litellm.spring.benchmarks.peer.model.KeyListResponseObjectKeysInner;
import dev.litellm.spring.benchmarks.stub.StubBodies;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The peer: the {@code java}/{@code webclient} client that OpenAPI Generator makes at build time from LiteLLM's
 * own OpenAPI document (v1.81.14, the {@code /key/*} subset), used the way its README shows, with the same
 * connector as the others. It decodes with Jackson 2; {@code /key/info} is typed {@code Object} in the spec, so
 * it comes back as a map.
 */
public final class PeerClient implements BenchClient {

	private final KeyManagementApi api;

	/**
	 * Creates the peer client.
	 * @param baseUrl the stub's URL
	 * @param connector the HTTP connector (in the benchmarks, Reactor Netty on the shared event loop with the
	 * client's own pool)
	 */
	public PeerClient(String baseUrl, ClientHttpConnector connector) {
		ObjectMapper mapper = ApiClient.createDefaultObjectMapper(null);
		WebClient webClient = ApiClient.buildWebClientBuilder(mapper)
			.clientConnector(connector)
			.build();
		ApiClient apiClient = new ApiClient(webClient, mapper, ApiClient.createDefaultDateFormat());
		apiClient.setBasePath(baseUrl);
		// The spec names only x-litellm-api-key; the proxy accepts Authorization: Bearer, which the others send.
		apiClient.addDefaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + StubBodies.MASTER_KEY);
		this.api = new KeyManagementApi(apiClient);
	}

	@Override
	public String name() {
		return "peer";
	}

	@Override
	public Mono<Object> keyInfo() {
		return this.api.infoKeyFnKeyInfoGet(StandardRequests.infoKeyHash());
	}

	@Override
	public Mono<GenerateKeyResponse> generateKey() {
		GenerateKeyRequest request = new GenerateKeyRequest().keyAlias(StandardRequests.KEY_ALIAS)
			.models(List.copyOf(StandardRequests.MODELS))
			.maxBudget(BigDecimal.valueOf(StandardRequests.MAX_BUDGET))
			.budgetDuration(StandardRequests.BUDGET_DURATION)
			.duration(StandardRequests.DURATION)
			.teamId(StandardRequests.TEAM_ID)
			.metadata(StandardRequests.METADATA);
		return this.api.generateKeyFnKeyGeneratePost(request, null);
	}

	@Override
	public Mono<KeyListResponseObject> listKeys() {
		return this.api.listKeysKeyListGet(1, StubBodies.PAGE_SIZE, null, null, null, null, null, true, null, null,
				null, null, null, null);
	}

	@Override
	public List<String> verify() {
		StandardRequests.Checks checks = new StandardRequests.Checks();
		checks.run("keyInfo", () -> {
			Map<?, ?> response = (Map<?, ?>) Objects.requireNonNull(keyInfo().block());
			Map<?, ?> info = (Map<?, ?>) Objects.requireNonNull(response.get("info"));
			checks.check(StandardRequests.infoKeyHash().equals(response.get("key")), "keyInfo: key is the hash")
				.check("payments-prod".equals(info.get("key_alias")), "keyInfo: info.key_alias (untyped map)");
		});
		checks.run("generateKey", () -> {
			GenerateKeyResponse response = Objects.requireNonNull(generateKey().block());
			checks.check(response.getKey() != null && response.getKey().startsWith("sk-"), "generateKey: key")
				.check(response.getTokenId() != null && response.getTokenId().length() == 64, "generateKey: token_id")
				.check(response.getExpires() != null, "generateKey: expires (Z)");
		});
		checks.run("listKeys", () -> {
			KeyListResponseObject response = Objects.requireNonNull(listKeys().block());
			List<KeyListResponseObjectKeysInner> keys = response.getKeys();
			checks.check(keys != null && keys.size() == StubBodies.PAGE_SIZE, "listKeys: 100 keys")
				.check(keys != null && keys.stream().allMatch((key) -> key.getToken() != null && key.getCreatedAt() != null),
						"listKeys: every key has token and created_at")
				.check(Integer.valueOf(1).equals(response.getCurrentPage()), "listKeys: current_page");
		});
		return checks.problems();
	}

	@Override
	public void close() {
	}

}
