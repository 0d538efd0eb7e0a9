package dev.litellm.spring.internal;

/**
 * A client setting is missing or malformed. Its message names the setting and never repeats the API key.
 */
public final class InvalidSettingException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String setting;

	private final Kind kind;

	private final String problem;

	InvalidSettingException(String setting, Kind kind, String problem) {
		super(setting + " " + problem);
		this.setting = setting;
		this.kind = kind;
		this.problem = problem;
	}

	/**
	 * The setting's name, as the builder names it.
	 * @return for example {@code baseUrl}
	 */
	public String setting() {
		return this.setting;
	}

	/**
	 * What is wrong.
	 * @return the kind of problem
	 */
	public Kind kind() {
		return this.kind;
	}

	/**
	 * What is wrong, in words, without the setting's name.
	 * @return for example {@code is not set}
	 */
	public String problem() {
		return this.problem;
	}

	/**
	 * The kinds of problem.
	 */
	public enum Kind {

		/** The setting is not set. */
		MISSING,

		/** The setting's value is malformed. */
		MALFORMED,

		/** The URL carries credentials or a query string. */
		CREDENTIALS

	}

}
