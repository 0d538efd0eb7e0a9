package dev.litellm.spring.keys;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The fields that {@code /key/generate} and {@code /key/regenerate} share beyond those of
 * {@link KeyRequestBuilder}: the proxy's regenerate request extends its generate request.
 *
 * @param <B> the concrete builder type
 */
public abstract class NewKeyRequestBuilder<B extends NewKeyRequestBuilder<B>> extends KeyRequestBuilder<B> {

	private static final Set<String> KEY_TYPES = Set.of("llm_api", "management", "read_only", "default");

	NewKeyRequestBuilder(boolean nullClears) {
		super(nullClears);
	}

	/**
	 * Whether the proxy emails the key's user an invitation ({@code send_invite_email}).
	 * @param sendInviteEmail {@code true} to send one
	 * @return this builder
	 */
	public B sendInviteEmail(@Nullable Boolean sendInviteEmail) {
		return set("send_invite_email", sendInviteEmail);
	}

	/**
	 * What the key may be used for ({@code key_type}).
	 * @param keyType {@code llm_api}, {@code management}, {@code read_only} or {@code default}
	 * @return this builder
	 * @throws IllegalArgumentException for any other type
	 */
	public B keyType(@Nullable String keyType) {
		return put("key_type", keyType);
	}

	/**
	 * The project the key belongs to ({@code project_id}).
	 * @param projectId the project id
	 * @return this builder
	 */
	public B projectId(@Nullable String projectId) {
		return set("project_id", projectId);
	}

	@Override
	Object checked(String jsonName, Object value) {
		if ("key_type".equals(jsonName)) {
			return KeyArguments.requireOneOf("key_type", KeyArguments.string("key_type", value), KEY_TYPES);
		}
		return super.checked(jsonName, value);
	}

}
