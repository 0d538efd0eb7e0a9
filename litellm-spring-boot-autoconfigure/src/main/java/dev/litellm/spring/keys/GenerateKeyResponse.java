package dev.litellm.spring.keys;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import dev.litellm.spring.internal.Secrets;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The answer of {@code POST /key/generate} and {@code POST /key/regenerate}: the new key and its settings.
 *
 * <p>{@link #key()} is the raw secret, returned only here: store it or hand it on, but never log it. Its
 * {@code toString()} masks it.
 *
 * <p>Immutable. {@link #builder()} and {@link #toBuilder()} make one, in tests for example; a field added in a
 * later version adds an accessor and a builder method and changes no existing signature.
 */
@JsonDeserialize(using = GenerateKeyResponse.Deserializer.class)
public final class GenerateKeyResponse extends KeySettingsResponse<GenerateKeyResponse.Builder> {

	private GenerateKeyResponse(Builder fields) {
		super(fields);
	}

	/**
	 * Start a response with every field unset.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Start a response from this one's fields.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		return this.fields.copy();
	}

	/** {@return the new raw key: the only time the proxy shows it (masked in {@code toString()}) (JSON {@code key})} */
	public @Nullable String key() { return this.fields.key; }
	/** {@return the key's hash on {@code /key/generate}; {@code null} on regenerate (see {@code tokenId}) (JSON {@code token})} */
	public @Nullable String token() { return this.fields.token; }
	/** {@return the key's hash (JSON {@code token_id})} */
	public @Nullable String tokenId() { return this.fields.tokenId; }
	/** {@return always {@code null} in the proxy's answer (use {@code expires}) (JSON {@code duration})} */
	public @Nullable String duration() { return this.fields.duration; }
	/** {@return the organization the key belongs to (JSON {@code organization_id})} */
	public @Nullable String organizationId() { return this.fields.organizationId; }
	/** {@return tags (kept in {@code metadata} by the proxy, so usually {@code null}) (JSON {@code tags})} */
	public @Nullable List<String> tags() { return this.fields.tags; }
	/** {@return enforced parameters (JSON {@code enforced_params})} */
	public @Nullable List<String> enforcedParams() { return this.fields.enforcedParams; }
	/** {@return allowed pass-through routes (JSON {@code allowed_passthrough_routes})} */
	public @Nullable List<String> allowedPassthroughRoutes() { return this.fields.allowedPassthroughRoutes; }
	/** {@return allowed vector store indexes (JSON {@code allowed_vector_store_indexes})} */
	public @Nullable List<Map<String, Object>> allowedVectorStoreIndexes() { return this.fields.allowedVectorStoreIndexes; }
	/** {@return how the RPM limit is enforced (JSON {@code rpm_limit_type})} */
	public @Nullable String rpmLimitType() { return this.fields.rpmLimitType; }
	/** {@return how the TPM limit is enforced (JSON {@code tpm_limit_type})} */
	public @Nullable String tpmLimitType() { return this.fields.tpmLimitType; }
	/** {@return RPM limits per model (JSON {@code model_rpm_limit})} */
	public @Nullable Map<String, Object> modelRpmLimit() { return this.fields.modelRpmLimit; }
	/** {@return TPM limits per model (JSON {@code model_tpm_limit})} */
	public @Nullable Map<String, Object> modelTpmLimit() { return this.fields.modelTpmLimit; }
	/** {@return guardrails (JSON {@code guardrails})} */
	public @Nullable List<String> guardrails() { return this.fields.guardrails; }
	/** {@return prompts (JSON {@code prompts})} */
	public @Nullable List<String> prompts() { return this.fields.prompts; }
	/** {@return the budget row, if the request created one (JSON {@code litellm_budget_table})} */
	public @Nullable Object litellmBudgetTable() { return this.fields.litellmBudgetTable; }
	/**
	 * {@return the key's state, as {@link KeyInfo#status()}: {@code null} in the proxy's answer to generate and
	 * regenerate, filled when the client rebuilt the answer from {@code /key/info} (JSON {@code status})}
	 */
	public @Nullable String status() { return this.fields.status; }
	/** {@return requests per minute per MCP server (JSON {@code mcp_rpm_limit})} */
	public @Nullable Map<String, Long> mcpRpmLimit() { return this.fields.mcpRpmLimit; }
	/** {@return requests per minute per tag (JSON {@code tag_rpm_limit})} */
	public @Nullable Map<String, Long> tagRpmLimit() { return this.fields.tagRpmLimit; }
	/** {@return the output tokens assumed for a request before its answer is known (JSON {@code default_estimated_output_tokens})} */
	public @Nullable Integer defaultEstimatedOutputTokens() { return this.fields.defaultEstimatedOutputTokens; }
	/** {@return the output tokens assumed per model (JSON {@code default_estimated_output_tokens_per_model})} */
	public @Nullable Map<String, Integer> defaultEstimatedOutputTokensPerModel() { return this.fields.defaultEstimatedOutputTokensPerModel; }
	/** {@return the budget applied to each end user of the key (JSON {@code end_user_budget_id})} */
	public @Nullable String endUserBudgetId() { return this.fields.endUserBudgetId; }
	/** {@return whether the proxy's global guardrails are off for the key (JSON {@code disable_global_guardrails})} */
	public @Nullable Boolean disableGlobalGuardrails() { return this.fields.disableGlobalGuardrails; }
	/** {@return whether the proxy adds prompt-caching markers (JSON {@code enable_prompt_caching})} */
	public @Nullable Boolean enablePromptCaching() { return this.fields.enablePromptCaching; }
	/** {@return whether the key is throttled rather than blocked once over budget (JSON {@code throttle_on_budget_exceeded})} */
	public @Nullable Boolean throttleOnBudgetExceeded() { return this.fields.throttleOnBudgetExceeded; }

	@Override
	public String toString() {
		return Secrets.mask("GenerateKeyResponse[keyName=" + this.fields.keyName
				+ ", tokenId=" + this.fields.tokenId + ", keyAlias=" + this.fields.keyAlias
				+ ", key=" + Secrets.maskKey(this.fields.key) + ", teamId=" + this.fields.teamId
				+ ", userId=" + this.fields.userId + ", expires=" + this.fields.expires + "]");
	}

	/**
	 * Builds a {@link GenerateKeyResponse}. Each method sets the accessor of the same name; {@code null} unsets it.
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	@JsonAutoDetect(fieldVisibility = Visibility.ANY)
	public static final class Builder extends KeySettingsBuilder<Builder> {

		private @Nullable String key;
		private @Nullable String token;
		private @Nullable String tokenId;
		private @Nullable String duration;
		private @Nullable String organizationId;
		private @Nullable List<String> tags;
		private @Nullable List<String> enforcedParams;
		private @Nullable List<String> allowedPassthroughRoutes;
		private @Nullable List<Map<String, Object>> allowedVectorStoreIndexes;
		private @Nullable String rpmLimitType;
		private @Nullable String tpmLimitType;
		private @Nullable Map<String, Object> modelRpmLimit;
		private @Nullable Map<String, Object> modelTpmLimit;
		private @Nullable List<String> guardrails;
		private @Nullable List<String> prompts;
		private @Nullable Object litellmBudgetTable;
		private @Nullable String status;
		private @Nullable Map<String, Long> mcpRpmLimit;
		private @Nullable Map<String, Long> tagRpmLimit;
		private @Nullable Integer defaultEstimatedOutputTokens;
		private @Nullable Map<String, Integer> defaultEstimatedOutputTokensPerModel;
		private @Nullable String endUserBudgetId;
		private @Nullable Boolean disableGlobalGuardrails;
		private @Nullable Boolean enablePromptCaching;
		private @Nullable Boolean throttleOnBudgetExceeded;

		private Builder() {
		}

		@Override
		boolean readOwnField(PropertyName name, FieldReader in) {
			switch (name) {
				case KEY -> this.key = in.string();
				case TOKEN -> this.token = in.string();
				case TOKEN_ID -> this.tokenId = in.string();
				case DURATION -> this.duration = in.string();
				case ORGANIZATION_ID -> this.organizationId = in.string();
				case TAGS -> this.tags = in.strings();
				case ENFORCED_PARAMS -> this.enforcedParams = in.strings();
				case ALLOWED_PASSTHROUGH_ROUTES -> this.allowedPassthroughRoutes = in.strings();
				case ALLOWED_VECTOR_STORE_INDEXES -> this.allowedVectorStoreIndexes = in.maps();
				case RPM_LIMIT_TYPE -> this.rpmLimitType = in.string();
				case TPM_LIMIT_TYPE -> this.tpmLimitType = in.string();
				case MODEL_RPM_LIMIT -> this.modelRpmLimit = in.map();
				case MODEL_TPM_LIMIT -> this.modelTpmLimit = in.map();
				case GUARDRAILS -> this.guardrails = in.strings();
				case PROMPTS -> this.prompts = in.strings();
				case LITELLM_BUDGET_TABLE -> this.litellmBudgetTable = in.any();
				case STATUS -> this.status = in.string();
				case MCP_RPM_LIMIT -> this.mcpRpmLimit = in.longs();
				case TAG_RPM_LIMIT -> this.tagRpmLimit = in.longs();
				case DEFAULT_ESTIMATED_OUTPUT_TOKENS -> this.defaultEstimatedOutputTokens = in.integer();
				case DEFAULT_ESTIMATED_OUTPUT_TOKENS_PER_MODEL ->
					this.defaultEstimatedOutputTokensPerModel = in.integers();
				case END_USER_BUDGET_ID -> this.endUserBudgetId = in.string();
				case DISABLE_GLOBAL_GUARDRAILS -> this.disableGlobalGuardrails = in.bool();
				case ENABLE_PROMPT_CACHING -> this.enablePromptCaching = in.bool();
				case THROTTLE_ON_BUDGET_EXCEEDED -> this.throttleOnBudgetExceeded = in.bool();
				default -> {
					return false;
				}
			}
			return true;
		}

		/** Set {@link GenerateKeyResponse#key()}; returns this builder. */
		public Builder key(@Nullable String key) { this.key = key; return this; }
		/** Set {@link GenerateKeyResponse#token()}; returns this builder. */
		public Builder token(@Nullable String token) { this.token = token; return this; }
		/** Set {@link GenerateKeyResponse#tokenId()}; returns this builder. */
		public Builder tokenId(@Nullable String tokenId) { this.tokenId = tokenId; return this; }
		/** Set {@link GenerateKeyResponse#duration()}; returns this builder. */
		public Builder duration(@Nullable String duration) { this.duration = duration; return this; }
		/** Set {@link GenerateKeyResponse#organizationId()}; returns this builder. */
		public Builder organizationId(@Nullable String organizationId) { this.organizationId = organizationId; return this; }
		/** Set {@link GenerateKeyResponse#tags()}; returns this builder. */
		public Builder tags(@Nullable List<String> tags) { this.tags = tags; return this; }
		/** Set {@link GenerateKeyResponse#enforcedParams()}; returns this builder. */
		public Builder enforcedParams(@Nullable List<String> enforcedParams) { this.enforcedParams = enforcedParams; return this; }
		/** Set {@link GenerateKeyResponse#allowedPassthroughRoutes()}; returns this builder. */
		public Builder allowedPassthroughRoutes(@Nullable List<String> allowedPassthroughRoutes) { this.allowedPassthroughRoutes = allowedPassthroughRoutes; return this; }
		/** Set {@link GenerateKeyResponse#allowedVectorStoreIndexes()}; returns this builder. */
		public Builder allowedVectorStoreIndexes(@Nullable List<Map<String, Object>> allowedVectorStoreIndexes) { this.allowedVectorStoreIndexes = allowedVectorStoreIndexes; return this; }
		/** Set {@link GenerateKeyResponse#rpmLimitType()}; returns this builder. */
		public Builder rpmLimitType(@Nullable String rpmLimitType) { this.rpmLimitType = rpmLimitType; return this; }
		/** Set {@link GenerateKeyResponse#tpmLimitType()}; returns this builder. */
		public Builder tpmLimitType(@Nullable String tpmLimitType) { this.tpmLimitType = tpmLimitType; return this; }
		/** Set {@link GenerateKeyResponse#modelRpmLimit()}; returns this builder. */
		public Builder modelRpmLimit(@Nullable Map<String, Object> modelRpmLimit) { this.modelRpmLimit = modelRpmLimit; return this; }
		/** Set {@link GenerateKeyResponse#modelTpmLimit()}; returns this builder. */
		public Builder modelTpmLimit(@Nullable Map<String, Object> modelTpmLimit) { this.modelTpmLimit = modelTpmLimit; return this; }
		/** Set {@link GenerateKeyResponse#guardrails()}; returns this builder. */
		public Builder guardrails(@Nullable List<String> guardrails) { this.guardrails = guardrails; return this; }
		/** Set {@link GenerateKeyResponse#prompts()}; returns this builder. */
		public Builder prompts(@Nullable List<String> prompts) { this.prompts = prompts; return this; }
		/** Set {@link GenerateKeyResponse#litellmBudgetTable()}; returns this builder. */
		public Builder litellmBudgetTable(@Nullable Object litellmBudgetTable) { this.litellmBudgetTable = litellmBudgetTable; return this; }
		/** Set {@link GenerateKeyResponse#status()}; returns this builder. */
		public Builder status(@Nullable String status) { this.status = status; return this; }
		/** Set {@link GenerateKeyResponse#mcpRpmLimit()}; returns this builder. */
		public Builder mcpRpmLimit(@Nullable Map<String, Long> mcpRpmLimit) { this.mcpRpmLimit = mcpRpmLimit; return this; }
		/** Set {@link GenerateKeyResponse#tagRpmLimit()}; returns this builder. */
		public Builder tagRpmLimit(@Nullable Map<String, Long> tagRpmLimit) { this.tagRpmLimit = tagRpmLimit; return this; }
		/** Set {@link GenerateKeyResponse#defaultEstimatedOutputTokens()}; returns this builder. */
		public Builder defaultEstimatedOutputTokens(@Nullable Integer defaultEstimatedOutputTokens) { this.defaultEstimatedOutputTokens = defaultEstimatedOutputTokens; return this; }
		/** Set {@link GenerateKeyResponse#defaultEstimatedOutputTokensPerModel()}; returns this builder. */
		public Builder defaultEstimatedOutputTokensPerModel(@Nullable Map<String, Integer> defaultEstimatedOutputTokensPerModel) { this.defaultEstimatedOutputTokensPerModel = defaultEstimatedOutputTokensPerModel; return this; }
		/** Set {@link GenerateKeyResponse#endUserBudgetId()}; returns this builder. */
		public Builder endUserBudgetId(@Nullable String endUserBudgetId) { this.endUserBudgetId = endUserBudgetId; return this; }
		/** Set {@link GenerateKeyResponse#disableGlobalGuardrails()}; returns this builder. */
		public Builder disableGlobalGuardrails(@Nullable Boolean disableGlobalGuardrails) { this.disableGlobalGuardrails = disableGlobalGuardrails; return this; }
		/** Set {@link GenerateKeyResponse#enablePromptCaching()}; returns this builder. */
		public Builder enablePromptCaching(@Nullable Boolean enablePromptCaching) { this.enablePromptCaching = enablePromptCaching; return this; }
		/** Set {@link GenerateKeyResponse#throttleOnBudgetExceeded()}; returns this builder. */
		public Builder throttleOnBudgetExceeded(@Nullable Boolean throttleOnBudgetExceeded) { this.throttleOnBudgetExceeded = throttleOnBudgetExceeded; return this; }

		/**
		 * Build the response.
		 * @return the immutable response
		 */
		public GenerateKeyResponse build() {
			return new GenerateKeyResponse(copy());
		}

	}

	/** Reads the response by field name. */
	static final class Deserializer extends ResponseDeserializer<Builder, GenerateKeyResponse> {

		Deserializer() {
			super(GenerateKeyResponse.class, Builder::new, GenerateKeyResponse::new);
		}

	}

}
