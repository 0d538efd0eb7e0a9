package dev.litellm.samples.keyvending.readme;

import java.time.Duration;

import dev.litellm.spring.keys.KeyManagementOperations;
import dev.litellm.spring.keys.KeyRotation;
import dev.litellm.spring.keys.KeyRotationException;
import dev.litellm.spring.keys.RotateKeyRequest;

/**
 * The README's rotation example.
 */
class CredentialRotation {

	private final KeyManagementOperations keys;

	CredentialRotation(KeyManagementOperations keys) {
		this.keys = keys;
	}

	KeyRotation rotate(String token) {
		RotateKeyRequest request = RotateKeyRequest.builder()
			.gracePeriod(Duration.ofHours(24)) // the old key keeps working for a day
			.build(); // RotationStrategy.AUTO
		try {
			return this.keys.rotateKey(token, request);
		}
		catch (KeyRotationException ex) {
			// ex.step() failed; repeating with the same new key finishes the rotation
			return this.keys.rotateKey(token, RotateKeyRequest.builder()
				.gracePeriod(Duration.ofHours(24))
				.newKey(ex.newKey())
				.build());
		}
	}

}
