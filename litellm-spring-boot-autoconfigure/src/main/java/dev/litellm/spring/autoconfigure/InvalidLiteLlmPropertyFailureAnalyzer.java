package dev.litellm.spring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a missing or malformed {@code litellm.*} property at startup, with the fix.
 */
class InvalidLiteLlmPropertyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidLiteLlmPropertyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidLiteLlmPropertyException cause) {
		String description = "The LiteLLM client could not be configured: " + cause.getMessage() + ".";
		String action = cause.getAction() + System.lineSeparator() + System.lineSeparator()
				+ "To run without the LiteLLM client, set litellm.enabled=false.";
		return new FailureAnalysis(description, action, cause);
	}

}
