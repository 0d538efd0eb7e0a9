package dev.litellm.spring.benchmarks.clients;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.litellm.spring.benchmarks.stub.StubBodies;

/**
 * The request values every client sends, and the checks every client's decoded responses must pass.
 */
public final class StandardRequests {

	/** {@code key_alias} of the generate request. */
	public static final String KEY_ALIAS = "payments-prod";

	/** {@code models} of the generate request. */
	public static final List<String> MODELS = List.of("gpt-4o", "gpt-4o-mini");

	/** {@code max_budget} of the generate request. */
	public static final double MAX_BUDGET = 10.0;

	/** {@code budget_duration} of the generate request. */
	public static final String BUDGET_DURATION = "30d";

	/** {@code duration} of the generate request. */
	public static final String DURATION = "90d";

	/** {@code team_id} of the generate request. */
	public static final String TEAM_ID = "team-payments";

	/** {@code metadata} of the generate request. */
	public static final Map<String, Object> METADATA = Map.of("owner", "platform-team@example.com", "cost_center",
			"cc-1000");

	private StandardRequests() {
	}

	/**
	 * The {@code key} query parameter of {@code /key/info}: the hash, never the raw key.
	 * @return the SHA-256 hex of {@link StubBodies#INFO_KEY}, computed per call as a client would
	 */
	public static String infoKeyHash() {
		return StubBodies.sha256Hex(StubBodies.INFO_KEY);
	}

	/**
	 * Collects verification failures.
	 */
	public static final class Checks {

		private final List<String> problems = new ArrayList<>();

		/**
		 * Records a problem unless the condition holds.
		 * @param condition what must be true
		 * @param description what was checked
		 * @return this
		 */
		public Checks check(boolean condition, String description) {
			if (!condition) {
				this.problems.add(description);
			}
			return this;
		}

		/**
		 * Runs a check that may throw, recording the exception as a problem.
		 * @param operation the operation's name
		 * @param check the check
		 * @return this
		 */
		public Checks run(String operation, Runnable check) {
			try {
				check.run();
			}
			catch (RuntimeException ex) {
				String message = String.valueOf(ex.getMessage());
				this.problems.add(operation + " failed: " + ex.getClass().getSimpleName() + ": "
						+ message.substring(0, Math.min(300, message.length())));
			}
			return this;
		}

		/**
		 * The problems found.
		 * @return the problems
		 */
		public List<String> problems() {
			return List.copyOf(this.problems);
		}

	}

}
