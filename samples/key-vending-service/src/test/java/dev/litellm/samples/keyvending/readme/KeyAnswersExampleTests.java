package dev.litellm.samples.keyvending.readme;

import dev.litellm.spring.keys.GenerateKeyRequest;
import dev.litellm.spring.keys.KeyManagementOperations;
import dev.litellm.spring.test.AutoConfigureFakeLiteLlm;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the README's response-info example against the fake proxy.
 */
@SpringBootTest
@AutoConfigureFakeLiteLlm
class KeyAnswersExampleTests {

	@Autowired
	KeyManagementOperations keys;

	@Autowired
	KeyAnswers keyAnswers;

	@Test
	void responseInfoExampleReadsTheStatusAndTheBody() {
		String token = this.keys.generateKey(GenerateKeyRequest.builder().keyAlias("answers").build()).token();

		assertThat(this.keyAnswers.describe(token)).startsWith("200 answers ");
	}

}
