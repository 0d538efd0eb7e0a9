package dev.litellm.spring.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link WireLog}'s masking.
 */
class WireLogTests {

	private static final String API_KEY = "master-key-without-prefix-0001";

	private static final String HASH = "a".repeat(64);

	private final WireLog wireLog = new WireLog("dev.litellm.spring.test.wire", API_KEY);

	@Test
	void maskBodyHidesSecretFieldsButKeepsHashes() {
		String masked = this.wireLog.maskBody("{\"key\":\"sk-abcdefghijklmnopqrstuv\",\"new_master_key\":\"plain\","
				+ "\"token\":\"" + HASH + "\",\"api_key\":\"" + HASH + "\"}");
		assertThat(masked).doesNotContain("sk-abcdefghijklmnopqrstuv")
			.doesNotContain("\"plain\"")
			.contains("\"new_master_key\":\"****\"")
			.contains("\"token\":\"" + HASH + "\"")
			.contains("\"api_key\":\"" + HASH + "\"");
	}

	@Test
	void maskHidesRawKeysAnywhereAndTheApiKeyWhateverItsForm() {
		assertThat(this.wireLog.mask("failed for sk-abcdefghijklmnopqrstuv with Bearer " + API_KEY))
			.doesNotContain("sk-abcdefghijklmnopqrstuv")
			.doesNotContain(API_KEY)
			.contains("Bearer ****");
	}

	@Test
	void maskApiKeyLeavesOtherTextAlone() {
		assertThat(this.wireLog.maskApiKey("sk-abcdefghijklmnopqrstuv")).isEqualTo("sk-abcdefghijklmnopqrstuv");
	}

	@Test
	void summaryNamesTheFailureAndItsRootCauseOnly() {
		Exception failure = new IllegalStateException("sk-abcdefghijklmnopqrstuv",
				new java.io.IOException("sk-abcdefghijklmnopqrstuv"));
		assertThat(WireLog.summary(failure)).isEqualTo("IllegalStateException caused by IOException");
	}

}
