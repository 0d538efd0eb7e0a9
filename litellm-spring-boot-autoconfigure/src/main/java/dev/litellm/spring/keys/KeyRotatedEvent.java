package dev.litellm.spring.keys;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A key was rotated. Carries hashes, never a secret. With the starter it is published as a Spring application
 * event after each successful {@code rotateKey}; otherwise receive it with
 * {@link ReactiveKeyManagementTemplate.Builder#rotationListener(java.util.function.Consumer)}.
 *
 * @param token the new key's hash
 * @param previousToken the old key's hash
 * @param keyAlias the alias, now on the new key, or {@code null} if the key had none
 * @param strategy the strategy used, {@link RotationStrategy#REGENERATE} or {@link RotationStrategy#REPLACE}
 * @param previousKeyExpires when the old key stops working
 */
public record KeyRotatedEvent(String token, String previousToken, @Nullable String keyAlias,
		RotationStrategy strategy, OffsetDateTime previousKeyExpires) {

}
