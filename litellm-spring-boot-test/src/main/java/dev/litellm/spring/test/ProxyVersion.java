package dev.litellm.spring.test;

/**
 * The LiteLLM proxy release whose {@code /key/*} behaviour a {@link FakeLiteLlmProxy} models, where releases differ.
 */
public enum ProxyVersion {

	/**
	 * LiteLLM v1.81.14: {@code /key/update} answers 401 for an unknown key, {@code /key/block} and
	 * {@code /key/unblock} a plain-text 500, {@code /key/info} 404 for a deleted key (and no {@code status}), and
	 * {@code /key/list} knows only the {@code deleted} status.
	 */
	V1_81,

	/**
	 * The newest proxy the fake models (LiteLLM source at commit {@code 5e9d2aa6}, after v1.83.7): 404 "Key not
	 * found." on update, block and unblock, deleted keys served from the archive, and the key fields, list filters
	 * and validations added after v1.81. The default.
	 */
	LATEST;

	/**
	 * Whether this release behaves like the newest proxy.
	 *
	 * @return {@code true} for {@link #LATEST}
	 */
	public boolean isLatest() {
		return this == LATEST;
	}

}
