package dev.litellm.samples.keyvending.readme;

import dev.litellm.spring.keys.GenerateKeyResponse;
import dev.litellm.spring.keys.KeyInfo;
import dev.litellm.spring.keys.KeyListQuery;
import dev.litellm.spring.keys.ReactiveKeyManagementOperations;
import dev.litellm.spring.keys.RegenerateKeyRequest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

// The README's reactive example, verbatim.
@Service
class ReactiveTeamKeys {

	private final ReactiveKeyManagementOperations keys;

	ReactiveTeamKeys(ReactiveKeyManagementOperations keys) {
		this.keys = keys;
	}

	Mono<String> rotate(String key) {
		return this.keys.regenerateKey(key, RegenerateKeyRequest.builder().gracePeriod("24h").build())
			.map(GenerateKeyResponse::key);
	}

	Flux<KeyInfo> blockedKeys(String team) {
		return this.keys.streamKeys(KeyListQuery.builder().teamId(team).build())
			.filter((info) -> Boolean.TRUE.equals(info.blocked()));
	}

}
