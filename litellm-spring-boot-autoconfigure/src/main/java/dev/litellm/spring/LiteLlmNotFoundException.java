package dev.litellm.spring;

/**
 * The key (or the keys, or aliases) does not exist. Besides a plain 404 this covers the proxy's other spellings
 * of "no such key", such as {@code /key/update}'s 401 "user key does not exist in db".
 */
public class LiteLlmNotFoundException extends LiteLlmApiException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception from a decoded error response.
	 * @param error the decoded error
	 */
	public LiteLlmNotFoundException(LiteLlmError error) {
		super(error);
	}

}
