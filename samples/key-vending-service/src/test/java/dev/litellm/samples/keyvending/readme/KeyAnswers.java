package dev.litellm.samples.keyvending.readme;

import dev.litellm.spring.keys.KeyInfo;
import dev.litellm.spring.keys.KeyInfoResponse;
import dev.litellm.spring.keys.KeyManagementOperations;
import dev.litellm.spring.keys.LiteLlmResponse;

import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Service;

// The README's response-info example, verbatim.
@Service
class KeyAnswers {

	private final KeyManagementOperations keys;

	KeyAnswers(KeyManagementOperations keys) {
		this.keys = keys;
	}

	String describe(String keyHash) {
		LiteLlmResponse<KeyInfoResponse> answer = keys.withResponseInfo().keyInfo(keyHash);
		HttpStatusCode status = answer.statusCode();
		long proxyTime = answer.headers().getDate();
		KeyInfo info = answer.body().info();
		return status.value() + " " + info.keyAlias() + " " + (proxyTime > 0);
	}

}
