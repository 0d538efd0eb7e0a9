package dev.litellm.spring;

/**
 * 403 Forbidden: the calling key may not touch this key, team or user.
 */
public class LiteLlmPermissionDeniedException extends LiteLlmApiException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception from a decoded error response.
	 * @param error the decoded error
	 */
	public LiteLlmPermissionDeniedException(LiteLlmError error) {
		super(error);
	}

}
