package dev.litellm.spring.test;

/**
 * The proxy's {@code general_settings.self_serve_budget_policy}: whether the owner of a key (an internal user who
 * created the key and still owns it) may change its budget ({@code max_budget}, {@code budget_limits}) on
 * {@code /key/update} without being an admin. Changes to {@code spend} or {@code soft_budget}, and a new
 * {@code max_budget} on a key linked to a budget row, always need an admin. Modeled by the newest proxy only.
 */
public enum SelfServeBudgetPolicy {

	/** Every budget change needs a proxy admin or an admin of the key's team: the proxy's default. */
	DISABLED,

	/**
	 * The owner may tighten the budget: lower {@code max_budget} or set a first one, keep or lower every stored
	 * {@code budget_limits} window (adding windows is allowed).
	 */
	LOWER_ONLY,

	/**
	 * As {@link #LOWER_ONLY}, and the owner may also loosen the budget when they could have created the key with the
	 * new budget: no value above the owner's own key's {@code max_budget} (400 otherwise), and for a team key only
	 * when they may generate the team's keys (the fake knows only team admins).
	 */
	CEILING

}
