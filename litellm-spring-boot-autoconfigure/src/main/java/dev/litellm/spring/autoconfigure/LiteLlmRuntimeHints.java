package dev.litellm.spring.autoconfigure;

import java.util.List;

import dev.litellm.spring.keys.DeleteKeysRequest;
import dev.litellm.spring.keys.DeleteKeysResponse;
import dev.litellm.spring.keys.GenerateKeyRequest;
import dev.litellm.spring.keys.GenerateKeyResponse;
import dev.litellm.spring.keys.KeyHealthResponse;
import dev.litellm.spring.keys.KeyInfo;
import dev.litellm.spring.keys.KeyInfoResponse;
import dev.litellm.spring.keys.KeyListResponse;
import dev.litellm.spring.keys.RegenerateKeyRequest;
import dev.litellm.spring.keys.UpdateKeyRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;

/**
 * Reflection hints for the JSON types of the key API, so that Jackson can read and write them in a native
 * image. A response is read into its builder's fields, by the deserializer its class names or through its private
 * delegating constructor, and written from the same fields; the fields a builder inherits from the package's
 * shared builder classes are
 * registered with them.
 */
class LiteLlmRuntimeHints implements RuntimeHintsRegistrar {

	static final List<Class<?>> JSON_TYPES = List.of(GenerateKeyRequest.class, UpdateKeyRequest.class,
			RegenerateKeyRequest.class, DeleteKeysRequest.class, GenerateKeyResponse.class, KeyInfo.class,
			KeyInfoResponse.class, KeyListResponse.class, DeleteKeysResponse.class, KeyHealthResponse.class,
			KeyHealthResponse.LoggingCallbackStatus.class);

	static final List<Class<?>> RESPONSE_TYPES = List.of(GenerateKeyResponse.class, GenerateKeyResponse.Builder.class,
			KeyInfo.class, KeyInfo.Builder.class, KeyInfoResponse.class, KeyInfoResponse.Builder.class,
			KeyListResponse.class, KeyListResponse.Builder.class, DeleteKeysResponse.class,
			DeleteKeysResponse.Builder.class, KeyHealthResponse.class, KeyHealthResponse.Builder.class);

	/** The deserializers that the response types name in {@code @JsonDeserialize}, which Jackson instantiates. */
	static final List<String> DESERIALIZERS = List.of(
			"dev.litellm.spring.keys.KeyListResponse$KeyListItemDeserializer",
			"dev.litellm.spring.keys.KeyInfo$Deserializer",
			"dev.litellm.spring.keys.GenerateKeyResponse$Deserializer",
			"dev.litellm.spring.keys.KeyInfoResponse$Deserializer");

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		BindingReflectionHintsRegistrar bindings = new BindingReflectionHintsRegistrar();
		bindings.registerReflectionHints(hints.reflection(), JSON_TYPES.toArray(new Class<?>[0]));
		for (Class<?> type : RESPONSE_TYPES) {
			hints.reflection()
				.registerType(type, MemberCategory.INVOKE_DECLARED_CONSTRUCTORS, MemberCategory.ACCESS_DECLARED_FIELDS,
						MemberCategory.INVOKE_PUBLIC_METHODS);
			for (Class<?> shared = type.getSuperclass(); shared.getPackage() == type.getPackage(); shared = shared
				.getSuperclass()) {
				hints.reflection().registerType(shared, MemberCategory.ACCESS_DECLARED_FIELDS);
			}
		}
		for (String deserializer : DESERIALIZERS) {
			hints.reflection()
				.registerType(TypeReference.of(deserializer), MemberCategory.INVOKE_DECLARED_CONSTRUCTORS);
		}
	}

}
