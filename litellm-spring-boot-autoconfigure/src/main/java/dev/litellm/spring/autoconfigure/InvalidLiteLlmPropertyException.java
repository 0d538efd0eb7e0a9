package dev.litellm.spring.autoconfigure;

/**
 * A {@code litellm.*} property is missing or malformed. Reported at startup by
 * {@link InvalidLiteLlmPropertyFailureAnalyzer}; its message never contains the API key.
 */
class InvalidLiteLlmPropertyException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	private final String property;

	private final String action;

	InvalidLiteLlmPropertyException(String property, String problem, String action) {
		super(property + " " + problem);
		this.property = property;
		this.action = action;
	}

	String getProperty() {
		return this.property;
	}

	String getAction() {
		return this.action;
	}

}
