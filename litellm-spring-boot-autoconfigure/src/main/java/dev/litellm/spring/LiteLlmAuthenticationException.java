package dev.litellm.spring;

/**
 * 401 Unauthorized: no key, an unknown, blocked or expired calling key, or a non-admin on an admin-only route (the proxy answers those with 401, not 403).
 */
public class LiteLlmAuthenticationException extends LiteLlmApiException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception from a decoded error response.
	 * @param error the decoded error
	 */
	public LiteLlmAuthenticationException(LiteLlmError error) {
		super(error);
	}

}
