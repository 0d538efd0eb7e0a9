package dev.litellm.spring.keys;

/**
 * The keys the fixtures under {@code src/test/resources/proxy} are written for, with their SHA-256 hashes as the
 * proxy stores them.
 */
final class TestKeys {

	/** The key the client calls the proxy with. */
	static final String API_KEY = "sk-master-Vn4Qw8Ez2Rx6Tc1Y";

	/** The virtual key of {@code generate.json}, echoed by {@code update.json} and {@code delete.json}. */
	static final String KEY = "sk-Xq3Lm9Pz2Rt7Vb5Nc8Wd1A";

	static final String KEY_HASH = "69fee2a70dd79bacd2272135e990528963e5cd7d8c011b96f779f1a5d052bca5";

	/** The key {@code regenerate.json} rotates to. */
	static final String NEW_KEY = "sk-Fh6Ty2Ju8Ki4Lo0Pa7Sd3Q";

	static final String NEW_KEY_HASH = "6caa06d920c0d71fe5207773b6cc2db342ad79e4dee9f9117942d51cf4d6aa8b";

	/** A second live key, listed and deleted in the fixtures. */
	static final String OTHER_KEY = "sk-Jm5Nb7Vc9Xz1As3Df5Gh8K";

	static final String OTHER_KEY_HASH = "cba2929b2c48bebb00942a23138e4154bb35a44701eb7ab6884be11d0bb1ccc4";

	private TestKeys() {
	}

}
