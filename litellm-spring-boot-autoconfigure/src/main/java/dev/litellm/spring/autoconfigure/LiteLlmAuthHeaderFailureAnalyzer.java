package dev.litellm.spring.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/**
 * Explains a {@code litellm.auth-header} (or {@code litellm.clients.<name>.auth-header}) that names no header the
 * client can send, with the spellings the documentation uses rather than the enum's constants. Ordered ahead of
 * Spring Boot's generic analysis of binding failures.
 */
class LiteLlmAuthHeaderFailureAnalyzer extends AbstractFailureAnalyzer<BindException> implements Ordered {

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, BindException cause) {
		String property = cause.getName().toString();
		if (!property.startsWith("litellm.") || !property.endsWith(".auth-header")) {
			return null;
		}
		ConfigurationProperty bound = cause.getProperty();
		Object value = (bound != null) ? bound.getValue() : null;
		// The value of a header name is no secret, but a key pasted into the wrong property would be.
		String shown = (value == null || String.valueOf(value).contains("sk-")) ? ""
				: " '" + value + "'";
		String origin = (bound != null && bound.getOrigin() != null) ? " (from " + bound.getOrigin() + ")" : "";
		String description = "The LiteLLM client could not be configured: " + property + " has the value" + shown
				+ origin + ", which is not a header the client can send.";
		String action = "Set " + property + " to authorization (the default: 'Authorization: Bearer <key>') or"
				+ " x-litellm-api-key ('x-litellm-api-key: Bearer <key>').";
		return new FailureAnalysis(description, action, cause);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
