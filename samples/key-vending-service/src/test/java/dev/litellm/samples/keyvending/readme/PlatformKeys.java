package dev.litellm.samples.keyvending.readme;

import java.util.List;
import java.util.stream.Stream;

import dev.litellm.spring.keys.BulkKeyUpdate;
import dev.litellm.spring.keys.BulkUpdateKeysResponse;
import dev.litellm.spring.keys.GenerateKeyRequest;
import dev.litellm.spring.keys.KeyAliasQuery;
import dev.litellm.spring.keys.KeyManagementOperations;
import dev.litellm.spring.keys.TeamKeysUpdate;

import org.springframework.stereotype.Service;

// The README's platform example, verbatim.
@Service
class PlatformKeys {

	private final KeyManagementOperations keys;

	PlatformKeys(KeyManagementOperations keys) {
		this.keys = keys;
	}

	String ciKey(String team) {
		return this.keys.generateServiceAccountKey(GenerateKeyRequest.builder()
			.keyAlias(team + "-ci")
			.teamId(team)
			.build()).key();
	}

	List<String> raiseBudgets(List<String> keyHashes) {
		BulkUpdateKeysResponse result = this.keys.bulkUpdateKeys(keyHashes.stream()
			.map((hash) -> BulkKeyUpdate.builder(hash).maxBudget(200.0).build())
			.toList());
		// Keys not updated, including those of a later call of 500 that failed as a whole.
		return result.failedUpdates().stream().map(BulkUpdateKeysResponse.FailedUpdate::failedReason).toList();
	}

	void raiseTeamBudget(String team) {
		this.keys.bulkUpdateTeamKeys(TeamKeysUpdate.builder(team).allKeysInTeam().maxBudget(500.0).build());
	}

	double settleDispute(String key) {
		return this.keys.resetSpend(key, 0.0).previousSpend();
	}

	List<String> aliasPicker(String search) {
		try (Stream<String> aliases = this.keys.streamKeyAliases(KeyAliasQuery.builder().search(search).build())) {
			return aliases.limit(20).toList();
		}
	}

}
