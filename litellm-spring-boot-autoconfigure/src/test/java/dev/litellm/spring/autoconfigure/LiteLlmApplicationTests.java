package dev.litellm.spring.autoconfigure;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.litellm.spring.keys.DeleteKeysRequest;
import dev.litellm.spring.keys.GenerateKeyRequest;
import dev.litellm.spring.keys.KeyListQuery;
import dev.litellm.spring.keys.KeyManagementOperations;
import dev.litellm.spring.keys.ReactiveKeyManagementOperations;
import dev.litellm.spring.keys.UpdateKeyRequest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter in a running application configured by {@code litellm-test.yml}, against WireMock: the injected
 * beans, the audit header from every source, the operation timer and the {@code litellm} health component.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.config.name=litellm-test")
@AutoConfigureWebTestClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiteLlmApplicationTests {

	private static final String API_KEY = "sk-springboot-test-master-0001";

	private static final String KEY = "sk-application-test-key-000001";

	private static final String ROW = "{\"token\":\"5d2f0a\",\"key_alias\":\"team-ci-alias\",\"blocked\":false}";

	private static final WireMockServer proxy = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	static {
		proxy.start();
	}

	@Autowired
	private KeyManagementOperations keys;

	@Autowired
	private ReactiveKeyManagementOperations reactiveKeys;

	@Autowired
	private MeterRegistry meterRegistry;

	@Autowired
	private WebTestClient webTestClient;

	@DynamicPropertySource
	static void proxyUrl(DynamicPropertyRegistry registry) {
		registry.add("litellm.base-url", proxy::baseUrl);
	}

	@BeforeEach
	void stubProxy() {
		proxy.resetAll();
		proxy.stubFor(post(urlPathEqualTo("/key/generate"))
			.willReturn(okJson("{\"key\":\"" + KEY + "\",\"token_id\":\"5d2f0a\",\"key_name\":\"sk-...0001\"}")));
		proxy.stubFor(post(urlPathEqualTo("/key/update")).willReturn(okJson(ROW)));
		proxy.stubFor(post(urlPathEqualTo("/key/delete")).willReturn(okJson("{\"deleted_keys\":[\"team-ci-alias\"]}")));
		proxy.stubFor(post(urlPathEqualTo("/key/block")).willReturn(okJson(ROW)));
		proxy.stubFor(post(urlPathEqualTo("/key/unblock")).willReturn(okJson(ROW)));
		proxy.stubFor(post(urlPathEqualTo("/key/health")).willReturn(okJson("{\"key\":\"healthy\",\"logging_callbacks\":null}")));
		proxy.stubFor(get(urlPathEqualTo("/key/info")).willReturn(okJson("{\"key\":\"5d2f0a\",\"info\":{}}")));
		proxy.stubFor(get(urlPathEqualTo("/key/list"))
			.willReturn(okJson("{\"keys\":[],\"total_count\":0,\"current_page\":1,\"total_pages\":0}")));
	}

	@AfterEach
	void clearSecurityContext() {
		SecurityContextHolder.clearContext();
	}

	@AfterAll
	static void stopProxy() {
		proxy.stop();
	}

	@Test
	void meterRegistryIsASimpleMeterRegistry() {
		assertThat(this.meterRegistry).isInstanceOf(SimpleMeterRegistry.class);
	}

	@Test
	void callsTheProxyWithTheConfiguredKey() {
		this.keys.keyInfo(KEY);
		proxy.verify(anyRequestedFor(anyUrl()).withHeader("Authorization", equalTo("Bearer " + API_KEY)));
	}

	@Test
	void explicitActorWinsOverPrincipalAndProperty() {
		authenticateOnThisThread("alice");
		this.keys.withChangedBy("carol").blockKey(KEY);
		proxy.verify(postRequestedFor(urlPathEqualTo("/key/block")).withHeader("litellm-changed-by", equalTo("carol")));
	}

	@Test
	void principalOnTheCallingThreadIsTheActorOfBlockingWrites() {
		authenticateOnThisThread("alice");
		this.keys.generateKey(GenerateKeyRequest.builder().keyAlias("team-ci-alias").build());
		this.keys.updateKey(UpdateKeyRequest.builder(KEY).maxBudget(5.0).build());
		this.keys.deleteKeys(DeleteKeysRequest.ofAliases("team-ci-alias"));
		this.keys.unblockKey(KEY);
		for (String path : new String[] { "/key/generate", "/key/update", "/key/delete", "/key/unblock" }) {
			proxy.verify(postRequestedFor(urlPathEqualTo(path)).withHeader("litellm-changed-by", equalTo("alice")));
		}
	}

	@Test
	void principalInTheReactorContextIsTheActorOfReactiveWrites() {
		TestingAuthenticationToken bob = new TestingAuthenticationToken("bob", "n/a", "ROLE_ADMIN");
		this.reactiveKeys.blockKey(KEY).contextWrite(ReactiveSecurityContextHolder.withAuthentication(bob)).block();
		proxy.verify(postRequestedFor(urlPathEqualTo("/key/block")).withHeader("litellm-changed-by", equalTo("bob")));
	}

	@Test
	void configuredActorIsUsedWithoutAPrincipal() {
		this.keys.blockKey(KEY);
		proxy.verify(postRequestedFor(urlPathEqualTo("/key/block"))
			.withHeader("litellm-changed-by", equalTo("provisioning-job")));
	}

	@Test
	void readsNeverCarryTheActor() {
		authenticateOnThisThread("alice");
		this.keys.withChangedBy("carol").keyInfo(KEY);
		this.keys.withChangedBy("carol").listKeys(KeyListQuery.all());
		this.keys.withChangedBy("carol").keyHealth();
		assertThat(proxy.getAllServeEvents()).hasSize(3);
		proxy.verify(3, anyRequestedFor(anyUrl()).withHeader("litellm-changed-by", absent()));
	}

	@Test
	void recordsOneTimerSamplePerOperationWithLowCardinalityTags() {
		this.keys.keyInfo(KEY);
		proxy.stubFor(post(urlPathEqualTo("/key/block")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"message\":\"Key " + KEY + " not found\",\"type\":\"bad_request_error\",\"param\":\"key\",\"code\":\"404\"}}")));
		try {
			this.keys.blockKey(KEY);
		}
		catch (RuntimeException expected) {
			// the failure is what is measured
		}
		assertThat(this.meterRegistry.get("litellm.client.operation")
			.tags("litellm.operation", "key.info", "outcome", "SUCCESS", "error", "none")
			.timer()
			.count()).isPositive();
		assertThat(this.meterRegistry.get("litellm.client.operation")
			.tags("litellm.operation", "key.block", "outcome", "CLIENT_ERROR", "error", "LiteLlmNotFoundException")
			.timer()
			.count()).isEqualTo(1);
		this.meterRegistry.getMeters()
			.stream()
			.filter((meter) -> meter.getId().getName().startsWith("litellm.")
					|| meter.getId().getName().startsWith("http.client."))
			.forEach((meter) -> meter.getId().getTags().forEach((tag) -> assertThat(tag.getValue())
				.doesNotContain("sk-").doesNotContain("5d2f0a").doesNotContain("team-ci-alias")));
	}

	@Test
	void theOperationTimerCarriesTheStatusAndNoHttpClientTimerRepeatsIt() {
		this.keys.keyInfo(KEY);
		assertThat(this.meterRegistry.get("litellm.client.operation")
			.tags("litellm.operation", "key.info", "status", "200")
			.timer()
			.count()).isPositive();
		assertThat(this.meterRegistry.find("http.client.requests").tags("uri", "/key/info").timer()).isNull();
	}

	@Test
	void actuatorNeverShowsTheApiKeyEvenWithValuesShown() {
		String configprops = actuatorBody("/actuator/configprops");
		assertThat(configprops).contains("\"apiKey\":\"******\"").contains("provisioning-job").doesNotContain(API_KEY);
		String env = actuatorBody("/actuator/env");
		assertThat(env).contains("litellm.api-key").doesNotContain(API_KEY);
	}

	@Test
	@Order(1)
	void healthIsUpWhenTheProxyAnswers() {
		this.webTestClient.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components.litellm.status")
			.isEqualTo("UP")
			.jsonPath("$.components.litellm.details.baseUrl")
			.isEqualTo(proxy.baseUrl())
			.jsonPath("$.components.litellm.details.latencyMs")
			.isNumber();
		proxy.verify(anyRequestedFor(urlPathEqualTo("/key/list")).withQueryParam("size", equalTo("1")));
		proxy.verify(0, postRequestedFor(urlPathEqualTo("/key/health")));
	}

	@Test
	@Order(2)
	void healthIsDownWhenTheProxyAnswers500() {
		proxy.stubFor(get(urlPathEqualTo("/key/list"))
			.willReturn(aResponse().withStatus(500).withBody("Internal Server Error")));
		healthIsDown().jsonPath("$.components.litellm.details.error").isEqualTo("LiteLlmServerException");
	}

	@Test
	@Order(3)
	void healthIsDownWhenTheConnectionFails() {
		proxy.stubFor(get(urlPathEqualTo("/key/list")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		healthIsDown().jsonPath("$.components.litellm.details.error").isEqualTo("LiteLlmTransportException");
	}

	@Test
	@Order(Integer.MAX_VALUE)
	void healthIsDownWhenTheProxyIsGone() {
		proxy.stop();
		healthIsDown().jsonPath("$.components.litellm.details.error").isEqualTo("LiteLlmTransportException");
	}

	private WebTestClient.BodyContentSpec healthIsDown() {
		return this.webTestClient.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.components.litellm.status")
			.isEqualTo("DOWN");
	}

	private String actuatorBody(String path) {
		return this.webTestClient.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private static void authenticateOnThisThread(String name) {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(name, "n/a", "ROLE_ADMIN"));
	}

	@SpringBootApplication
	static class TestApplication {

	}

}
