package dev.litellm.spring.test.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * How the fake proxy is set up: its master key, its clock and its Enterprise licence, each with the configured
 * value that {@link #reset()} restores.
 */
public final class ProxySettings {

	private final String initialMasterKey;

	private final Clock initialClock;

	private final boolean initialLicensed;

	private volatile String masterKey;

	private volatile Clock clock;

	private volatile boolean licensed;

	/**
	 * Creates the settings of a fake proxy.
	 *
	 * @param masterKey the master key
	 * @param clock the clock for expiry, grace periods and timestamps
	 * @param licensed whether Enterprise features (virtual-key regeneration, premium fields) are enabled
	 */
	public ProxySettings(String masterKey, Clock clock, boolean licensed) {
		this.initialMasterKey = masterKey;
		this.initialClock = clock;
		this.initialLicensed = licensed;
		this.masterKey = masterKey;
		this.clock = clock;
		this.licensed = licensed;
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

	/** Restores the configured master key, clock and licence. */
	public void reset() {
		this.masterKey = this.initialMasterKey;
		this.clock = this.initialClock;
		this.licensed = this.initialLicensed;
	}

	/** "Now" as the proxy's Python sees it: to the microsecond. */
	Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
