package dev.litellm.spring.autoconfigure;

import java.util.List;

import dev.litellm.spring.keys.GenerateKeyResponse;
import dev.litellm.spring.keys.KeyInfo;
import dev.litellm.spring.keys.KeyListResponse;
import dev.litellm.spring.keys.UpdateKeyRequest;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LiteLlmRuntimeHints}.
 */
class LiteLlmRuntimeHintsTests {

	@Test
	void isRegisteredInAotFactories() {
		assertThat(SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class)).anyMatch(LiteLlmRuntimeHints.class::isInstance);
	}

	@Test
	void registersEveryJsonTypeForBinding() {
		RuntimeHints hints = new RuntimeHints();
		new LiteLlmRuntimeHints().registerHints(hints, getClass().getClassLoader());
		for (Class<?> type : LiteLlmRuntimeHints.JSON_TYPES) {
			assertThat(RuntimeHintsPredicates.reflection().onType(type)).as(type.getName()).accepts(hints);
		}
	}

	@Test
	void registersResponseAccessorsConstructorsAndFields() throws ReflectiveOperationException {
		RuntimeHints hints = new RuntimeHints();
		new LiteLlmRuntimeHints().registerHints(hints, getClass().getClassLoader());
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(GenerateKeyResponse.class.getMethod("key")))
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(KeyInfo.class.getMethod("organizationId")))
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(UpdateKeyRequest.class.getMethod("fields")))
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection()
			.onType(KeyListResponse.class)
			.withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection()
			.onType(KeyInfo.Builder.class)
			.withMemberCategories(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS, MemberCategory.ACCESS_DECLARED_FIELDS))
			.accepts(hints);
		// KeyInfo's own fields, the settings it shares with GenerateKeyResponse, and the unknown fields
		Class<?> keyInfoFields = KeyInfo.Builder.class.getSuperclass();
		Class<?> keySettings = keyInfoFields.getSuperclass();
		assertThat(RuntimeHintsPredicates.reflection().onFieldAccess(keyInfoFields.getDeclaredField("organizationId")))
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onFieldAccess(keySettings.getDeclaredField("keyAlias")))
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection()
			.onFieldAccess(keySettings.getSuperclass().getDeclaredField("additionalProperties"))).accepts(hints);
		for (String deserializer : List.of("dev.litellm.spring.keys.KeyListResponse$KeyListItemDeserializer",
				"dev.litellm.spring.keys.KeyInfo$Deserializer",
				"dev.litellm.spring.keys.GenerateKeyResponse$Deserializer",
				"dev.litellm.spring.keys.KeyInfoResponse$Deserializer")) {
			Class.forName(deserializer);
			assertThat(RuntimeHintsPredicates.reflection()
				.onType(TypeReference.of(deserializer))
				.withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).accepts(hints);
		}
	}

}
