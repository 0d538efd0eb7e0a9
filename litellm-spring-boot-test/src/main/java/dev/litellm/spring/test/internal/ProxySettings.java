package dev.litellm.spring.test.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

import dev.litellm.spring.test.ProxyVersion;
import dev.litellm.spring.test.SelfServeBudgetPolicy;

/**
 * How the fake proxy is set up: its master key, its clock, its Enterprise licence, its
 * {@code disable_custom_api_keys} and {@code self_serve_budget_policy} settings and its team admins, each with the
 * configured value that {@link #reset()} restores, and the proxy release it models.
 */
public final class ProxySettings {

	private final String initialMasterKey;

	private final Clock initialClock;

	private final boolean initialLicensed;

	private final boolean initialCustomKeysDisabled;

	private final SelfServeBudgetPolicy initialBudgetPolicy;

	private final ProxyVersion version;

	private volatile String masterKey;

	private volatile Clock clock;

	private volatile boolean licensed;

	private volatile boolean customKeysDisabled;

	private volatile SelfServeBudgetPolicy budgetPolicy;

	private final TeamAdmins teamAdmins;

	/**
	 * Creates the settings of a fake proxy.
	 *
	 * @param masterKey the master key
	 * @param clock the clock for expiry, grace periods and timestamps
	 * @param licensed whether Enterprise features (virtual-key regeneration, premium fields) are enabled
	 * @param version the proxy release to model
	 * @param customKeysDisabled the proxy's {@code disable_custom_api_keys}
	 * @param budgetPolicy the proxy's {@code self_serve_budget_policy}
	 * @param teamAdmins the user ids of the admins of each team, by team id
	 */
	public ProxySettings(String masterKey, Clock clock, boolean licensed, ProxyVersion version,
			boolean customKeysDisabled, SelfServeBudgetPolicy budgetPolicy, Map<String, Set<String>> teamAdmins) {
		this.initialMasterKey = masterKey;
		this.initialClock = clock;
		this.initialLicensed = licensed;
		this.initialCustomKeysDisabled = customKeysDisabled;
		this.initialBudgetPolicy = budgetPolicy;
		this.budgetPolicy = budgetPolicy;
		this.version = version;
		this.masterKey = masterKey;
		this.clock = clock;
		this.licensed = licensed;
		this.customKeysDisabled = customKeysDisabled;
		this.teamAdmins = new TeamAdmins(teamAdmins);
	}

	/**
	 * The admins of the fake's teams.
	 *
	 * @return the team admins
	 */
	public TeamAdmins teamAdmins() {
		return this.teamAdmins;
	}

	/**
	 * The proxy release the fake models.
	 *
	 * @return the version
	 */
	public ProxyVersion version() {
		return this.version;
	}

	/** Whether the fake behaves like the newest proxy rather than v1.81. */
	boolean latest() {
		return this.version.isLatest();
	}

	/**
	 * Whether custom key values are refused ({@code disable_custom_api_keys}).
	 *
	 * @return the setting
	 */
	public boolean customKeysDisabled() {
		return this.customKeysDisabled;
	}

	/**
	 * Sets {@code disable_custom_api_keys}.
	 *
	 * @param disabled the setting
	 */
	public void setCustomApiKeysDisabled(boolean disabled) {
		this.customKeysDisabled = disabled;
	}

	/**
	 * The proxy's {@code self_serve_budget_policy}.
	 *
	 * @return the policy
	 */
	public SelfServeBudgetPolicy selfServeBudgetPolicy() {
		return this.budgetPolicy;
	}

	/**
	 * Sets {@code self_serve_budget_policy}.
	 *
	 * @param policy the policy
	 */
	public void setSelfServeBudgetPolicy(SelfServeBudgetPolicy policy) {
		this.budgetPolicy = policy;
	}

	/**
	 * The current master key (a master-key regeneration changes it).
	 *
	 * @return the master key
	 */
	public String masterKey() {
		return this.masterKey;
	}

	void setMasterKey(String masterKey) {
		this.masterKey = masterKey;
	}

	/**
	 * The clock in use.
	 *
	 * @return the clock
	 */
	public Clock clock() {
		return this.clock;
	}

	/**
	 * Replaces the clock.
	 *
	 * @param clock the new clock
	 */
	public void setClock(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Whether Enterprise features are enabled.
	 *
	 * @return the licence state
	 */
	public boolean isEnterpriseLicensed() {
		return this.licensed;
	}

	/**
	 * Enables or disables Enterprise features.
	 *
	 * @param licensed the licence state
	 */
	public void setEnterpriseLicensed(boolean licensed) {
		this.licensed = licensed;
	}

	/** Restores the configured master key, clock, licence, custom-key and budget settings, and team admins. */
	public void reset() {
		this.teamAdmins.reset();
		this.masterKey = this.initialMasterKey;
		this.clock = this.initialClock;
		this.licensed = this.initialLicensed;
		this.customKeysDisabled = this.initialCustomKeysDisabled;
		this.budgetPolicy = this.initialBudgetPolicy;
	}

	/** "Now" as the proxy's Python sees it: to the microsecond. */
	Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
