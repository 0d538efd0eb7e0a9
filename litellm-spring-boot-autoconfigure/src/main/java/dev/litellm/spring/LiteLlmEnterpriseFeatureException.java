package dev.litellm.spring;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The request needs a LiteLLM Enterprise licence the proxy does not have, for example regenerating a virtual key
 * or setting {@code tags} or {@code guardrails}. The proxy reports these with 403 or 500, depending on the
 * endpoint; {@link #statusCode()} tells which. When the proxy names the field or feature that needs the licence
 * ("This feature is only available for LiteLLM Enterprise users: &lt;field&gt;."), {@link #feature()} returns it.
 */
public class LiteLlmEnterpriseFeatureException extends LiteLlmApiException {

	private static final long serialVersionUID = 1L;

	private static final Pattern NAMED_FEATURE = Pattern
		.compile("only available for LiteLLM Enterprise users: (.+?)(?:\\.(?:\\s|$)|$)", Pattern.CASE_INSENSITIVE);

	/** The field or feature the proxy named. */
	private final @Nullable String feature;

	/**
	 * Create an exception from a decoded error response.
	 * @param error the decoded error
	 */
	public LiteLlmEnterpriseFeatureException(LiteLlmError error) {
		super(error);
		Matcher named = NAMED_FEATURE.matcher(error.message());
		this.feature = named.find() ? named.group(1) : null;
	}

	/**
	 * The field or feature that needs the licence, as the proxy named it, for example {@code tags} or
	 * {@code disable_global_guardrails}.
	 * @return the name, or {@code null} when the proxy's message names none (as for regeneration)
	 */
	public @Nullable String feature() {
		return this.feature;
	}

}
