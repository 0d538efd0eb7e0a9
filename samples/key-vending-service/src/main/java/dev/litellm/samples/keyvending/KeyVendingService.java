package dev.litellm.samples.keyvending;

import java.util.List;
import java.util.Map;

import dev.litellm.samples.keyvending.KeyVendingApi.IssueKey;
import dev.litellm.samples.keyvending.KeyVendingApi.IssuedKey;
import dev.litellm.samples.keyvending.KeyVendingApi.KeyPage;
import dev.litellm.samples.keyvending.KeyVendingApi.KeySummary;
import dev.litellm.samples.keyvending.KeyVendingApi.RotateKey;
import dev.litellm.spring.keys.DeleteKeysRequest;
import dev.litellm.spring.keys.GenerateKeyRequest;
import dev.litellm.spring.keys.KeyInfo;
import dev.litellm.spring.keys.KeyListQuery;
import dev.litellm.spring.keys.KeyListResponse;
import dev.litellm.spring.keys.KeyManagementOperations;
import dev.litellm.spring.keys.RotateKeyRequest;
import dev.litellm.spring.keys.RotationStrategy;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Team-scoped key management on {@link KeyManagementOperations}. An admin sees and changes only their team's
 * keys: another team's key is reported as not found. Aliases are unique per team: at the proxy, where they are
 * unique across all keys, each is stored with its team as prefix ({@code platform/ci}), so a taken alias never
 * tells an admin about another team's keys. The audit actor of every write is the signed-in admin, which the
 * starter takes from Spring Security.
 */
@Service
class KeyVendingService {

	private final KeyManagementOperations keys;

	KeyVendingService(KeyManagementOperations keys) {
		this.keys = keys;
	}

	IssuedKey issue(String team, IssueKey request) {
		GenerateKeyRequest.Builder generate = GenerateKeyRequest.builder()
			.keyAlias(proxyAlias(team, request.alias()))
			.teamId(team)
			.models(request.models())
			.maxBudget(request.maxBudget())
			.budgetDuration(request.budgetDuration())
			.metadata(Map.of("issued_by", "key-vending-service"));
		if (request.expiresIn() != null) {
			generate.duration(request.expiresIn());
		}
		return IssuedKey.of(this.keys.generateKey(generate.build()), teamAlias(team, request.alias()));
	}

	KeyPage list(String team, int page, int size) {
		KeyListResponse response = this.keys.listKeys(
				KeyListQuery.builder().teamId(team).page(page).size(size).returnFullObject(true).build());
		List<KeySummary> summaries = response.keys()
			.stream()
			.map((info) -> summary(team, String.valueOf(info.token()), info))
			.toList();
		return new KeyPage(summaries, page, orZero(response.totalPages()), orZero(response.totalCount()));
	}

	KeySummary get(String team, String token) {
		return summary(team, token, ownedKey(team, token));
	}

	/**
	 * Rotate with {@link RotationStrategy#AUTO}: regenerated on a licensed proxy, replaced by a new key with the
	 * same settings and spend on any other; either way the old key keeps working for the grace period.
	 */
	RotatedKey rotate(String team, String token, RotateKey request) {
		KeyInfo owned = ownedKey(team, token);
		RotateKeyRequest rotate = RotateKeyRequest.builder()
			.gracePeriod((request.gracePeriod() != null) ? request.gracePeriod() : "0s")
			.strategy(RotationStrategy.AUTO)
			.build();
		return RotatedKey.of(this.keys.rotateKey(token, rotate), teamAlias(team, owned.keyAlias()));
	}

	KeySummary block(String team, String token) {
		ownedKey(team, token);
		return summary(team, token, this.keys.blockKey(token));
	}

	KeySummary unblock(String team, String token) {
		ownedKey(team, token);
		return summary(team, token, this.keys.unblockKey(token));
	}

	void revoke(String team, String token) {
		ownedKey(team, token);
		this.keys.deleteKeys(DeleteKeysRequest.ofKeys(token));
	}

	private KeyInfo ownedKey(String team, String token) {
		KeyInfo info = this.keys.keyInfo(token).info();
		// Newer proxies answer for a deleted key too, with its archived record: it is no key the team still has.
		if (!team.equals(info.teamId()) || "deleted".equals(info.status())) {
			throw new KeyNotOwnedException();
		}
		return info;
	}

	private static KeySummary summary(String team, String token, KeyInfo info) {
		return KeySummary.of(token, teamAlias(team, info.keyAlias()), info);
	}

	private static String proxyAlias(String team, String alias) {
		return team + "/" + alias;
	}

	/**
	 * The alias as the team knows it: the proxy's alias without the team prefix.
	 */
	private static @Nullable String teamAlias(String team, @Nullable String proxyAlias) {
		String prefix = proxyAlias(team, "");
		return (proxyAlias != null && proxyAlias.startsWith(prefix)) ? proxyAlias.substring(prefix.length()) : proxyAlias;
	}

	private static int orZero(Integer value) {
		return (value != null) ? value : 0;
	}

	/**
	 * The key exists but belongs to another team; answered like a missing key.
	 */
	static class KeyNotOwnedException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		KeyNotOwnedException() {
			super("No such key in your team", null, false, false);
		}

	}

}
