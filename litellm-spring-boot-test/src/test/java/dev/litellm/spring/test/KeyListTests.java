package dev.litellm.spring.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class KeyListTests extends FakeProxyTestSupport {

	private final List<String> keys = new ArrayList<>();

	/** Five keys, one second apart: k0 is the oldest. */
	@BeforeEach
	void createKeys() {
		freezeClock();
		String[] bodies = {
			"{\"key_alias\":\"k0\",\"user_id\":\"u1\",\"team_id\":\"t1\",\"max_budget\":5}",
			"{\"key_alias\":\"k1\",\"user_id\":\"u1\",\"team_id\":\"t2\",\"organization_id\":\"o1\"}",
			"{\"key_alias\":\"k2\",\"user_id\":\"u2\",\"team_id\":\"t1\",\"max_budget\":1}",
			"{\"key_alias\":\"k3\",\"team_id\":\"litellm-dashboard\"}",
			"{\"key_alias\":\"k4\",\"max_budget\":9}",
		};
		for (String body : bodies) {
			this.keys.add(generateKey(body));
			this.proxy.advanceClock(Duration.ofSeconds(1));
		}
	}

	private JsonNode list(String query) {
		ProxyClient.Response response = this.client.get("/key/list" + query);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private List<String> hashes(JsonNode page) {
		List<String> result = new ArrayList<>();
		page.get("keys").forEach(item -> result.add(item.isString() ? item.asString() : item.get("token").asString()));
		return result;
	}

	private String h(int index) {
		return hash(this.keys.get(index));
	}

	@Test
	void defaultsToHashesNewestFirstAndHidesUiSessionKeys() {
		JsonNode page = list("");

		assertThat(hashes(page)).containsExactly(h(4), h(2), h(1), h(0));
		assertThat(page.get("total_count").intValue()).isEqualTo(4);
		assertThat(page.get("current_page").intValue()).isEqualTo(1);
		assertThat(page.get("total_pages").intValue()).isEqualTo(1);
		assertThat(new ArrayList<>(page.propertyNames()))
			.containsExactly("keys", "total_count", "current_page", "total_pages");
	}

	@Test
	void pagesWithCeilingPageCount() {
		JsonNode second = list("?page=2&size=3");

		assertThat(hashes(second)).containsExactly(h(0));
		assertThat(second.get("total_pages").intValue()).isEqualTo(2);
		assertThat(second.get("current_page").intValue()).isEqualTo(2);
	}

	@Test
	void pagingPastTheEndIsEmptyWithTheSameTotal() {
		JsonNode page = list("?page=9&size=3");

		assertThat(page.get("keys")).isEmpty();
		assertThat(page.get("total_count").intValue()).isEqualTo(4);
	}

	@Test
	void emptyResultHasZeroPages() {
		JsonNode page = list("?user_id=nobody");

		assertThat(page.get("total_count").intValue()).isZero();
		assertThat(page.get("total_pages").intValue()).isZero();
	}

	@Test
	void filtersCombine() {
		assertThat(hashes(list("?user_id=u1"))).containsExactly(h(1), h(0));
		assertThat(hashes(list("?team_id=t1"))).containsExactly(h(2), h(0));
		assertThat(hashes(list("?user_id=u1&team_id=t1"))).containsExactly(h(0));
		assertThat(hashes(list("?organization_id=o1"))).containsExactly(h(1));
		assertThat(hashes(list("?key_alias=k2"))).containsExactly(h(2));
		assertThat(hashes(list("?key_hash=" + h(4)))).containsExactly(h(4));
	}

	@Test
	void includeFlagsAreAccepted() {
		assertThat(hashes(list("?include_team_keys=true&include_created_by_keys=true")))
			.containsExactly(h(4), h(2), h(1), h(0));
	}

	@Test
	void fullObjectsAreUserApiKeyAuthWithOrgId() {
		JsonNode page = list("?return_full_object=true&key_alias=k1");

		JsonNode item = page.get("keys").get(0);
		assertThat(item.get("token").asString()).isEqualTo(h(1));
		assertThat(item.get("org_id").asString()).isEqualTo("o1");
		assertThat(item.has("organization_id")).isFalse();
		assertThat(item.get("team_models").toString()).isEqualTo("[]");
		assertThat(item.get("team_blocked").booleanValue()).isFalse();
		assertThat(item.get("api_key").isNull()).isTrue();
		assertThat(item.get("created_at").asString()).endsWith("Z");
	}

	@Test
	void expandForcesFullObjects() {
		assertThat(list("?expand=user").get("keys").get(0).isObject()).isTrue();
	}

	@Test
	void sortsByAColumnWithNullsLastAscendingAndFirstDescending() {
		assertThat(hashes(list("?sort_by=max_budget&sort_order=asc"))).containsExactly(h(2), h(0), h(4), h(1));
		assertThat(hashes(list("?sort_by=max_budget&sort_order=DESC"))).containsExactly(h(1), h(4), h(0), h(2));
		assertThat(hashes(list("?sort_by=key_alias&sort_order=asc"))).containsExactly(h(0), h(1), h(2), h(4));
		assertThat(hashes(list("?sort_by=created_at&sort_order=asc"))).containsExactly(h(0), h(1), h(2), h(4));
	}

	@Test
	void sortsBySpend() {
		this.proxy.setSpend(this.keys.get(1), 3.0);
		this.proxy.setSpend(this.keys.get(2), 7.0);

		assertThat(hashes(list("?sort_by=spend&sort_order=desc")).subList(0, 2)).containsExactly(h(2), h(1));
	}

	@Test
	void unknownSortColumnIs400EvenTheDocumentedUserId() {
		ProxyClient.Response response = this.client.get("/key/list?sort_by=user_id");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.error().get("message").asString()).isEqualTo("{'error': 'Invalid sort column. Must be one "
				+ "of: spend, max_budget, created_at, updated_at, token, key_alias'}");
		assertThat(response.error().get("type").asString()).isEqualTo("internal_server_error");
	}

	@Test
	void unknownSortOrderIs400() {
		ProxyClient.Response response = this.client.get("/key/list?sort_by=spend&sort_order=up");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.error().get("message").asString())
			.isEqualTo("{'error': \"Invalid sort order. Must be 'asc' or 'desc'\"}");
	}

	@Test
	void fourStatusesAreValid() {
		ProxyClient.Response response = this.client.get("/key/list?status=blocked");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.error().get("message").asString()).isEqualTo(
				"{'error': \"Invalid status value. Supported: 'active', 'expired', 'revoked', 'deleted'.\"}");
		for (String status : List.of("active", "expired", "revoked", "deleted")) {
			assertThat(this.client.get("/key/list?status=" + status).status()).isEqualTo(200);
		}
	}

	@Test
	void pageAndSizeOutOfRangeAre422() {
		ProxyClient.Response page = this.client.get("/key/list?page=0");
		ProxyClient.Response size = this.client.get("/key/list?size=101");
		ProxyClient.Response notNumber = this.client.get("/key/list?size=ten");

		assertThat(page.status()).isEqualTo(422);
		assertThat(page.body()).isEqualTo("{\"detail\":[{\"type\":\"greater_than_equal\",\"loc\":[\"query\",\"page\"],"
				+ "\"msg\":\"Input should be greater than or equal to 1\",\"input\":\"0\",\"ctx\":{\"ge\":1}}]}");
		assertThat(size.status()).isEqualTo(422);
		assertThat(size.json().get("detail").get(0).get("type").asString()).isEqualTo("less_than_equal");
		assertThat(size.json().get("detail").get(0).get("ctx").get("le").intValue()).isEqualTo(100);
		assertThat(notNumber.json().get("detail").get(0).get("type").asString()).isEqualTo("int_parsing");
	}

	@Test
	void sizeBoundsAreInclusive() {
		assertThat(list("?size=1").get("keys")).hasSize(1);
		assertThat(list("?size=100").get("total_pages").intValue()).isEqualTo(1);
	}

}
