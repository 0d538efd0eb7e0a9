package dev.litellm.spring;

/**
 * The request needs a LiteLLM Enterprise licence the proxy does not have, for example regenerating a virtual key
 * or setting {@code tags} or {@code guardrails}. The proxy reports these with 403 or 500, depending on the
 * endpoint; {@link #statusCode()} tells which.
 */
public class LiteLlmEnterpriseFeatureException extends LiteLlmApiException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception from a decoded error response.
	 * @param error the decoded error
	 */
	public LiteLlmEnterpriseFeatureException(LiteLlmError error) {
		super(error);
	}

}
