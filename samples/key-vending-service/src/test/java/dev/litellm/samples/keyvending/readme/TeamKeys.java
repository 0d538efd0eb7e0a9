package dev.litellm.samples.keyvending.readme;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import dev.litellm.spring.keys.GenerateKeyRequest;
import dev.litellm.spring.keys.GenerateKeyResponse;
import dev.litellm.spring.keys.KeyInfo;
import dev.litellm.spring.keys.KeyListQuery;
import dev.litellm.spring.keys.KeyManagementOperations;
import dev.litellm.spring.keys.UpdateKeyRequest;

import org.springframework.stereotype.Service;

// The README's blocking example, verbatim.
@Service
class TeamKeys {

	private final KeyManagementOperations keys;

	TeamKeys(KeyManagementOperations keys) {
		this.keys = keys;
	}

	String issue(String team) {
		GenerateKeyResponse created = this.keys.generateKey(GenerateKeyRequest.builder()
			.keyAlias(team + "-ci")
			.teamId(team)
			.models(List.of("gpt-4o-mini"))
			.maxBudget(25.0)
			.budgetDuration("30d")
			.duration(Duration.ofDays(90))
			.build());
		return created.key(); // the secret: hand it over, never log it
	}

	List<String> aliases(String team) {
		try (Stream<KeyInfo> all = this.keys.streamKeys(KeyListQuery.builder().teamId(team).build())) {
			return all.map(KeyInfo::keyAlias).toList();
		}
	}

	void raiseBudget(String key) {
		this.keys.updateKey(UpdateKeyRequest.builder(key).maxBudget(100.0).build());
	}

}
