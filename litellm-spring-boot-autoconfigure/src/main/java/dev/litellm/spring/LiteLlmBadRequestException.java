package dev.litellm.spring;

/**
 * 400 Bad Request: invalid input, a duplicate `key_alias`, a negative budget and the like.
 */
public class LiteLlmBadRequestException extends LiteLlmApiException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception from a decoded error response.
	 * @param error the decoded error
	 */
	public LiteLlmBadRequestException(LiteLlmError error) {
		super(error);
	}

}
