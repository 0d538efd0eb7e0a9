package dev.litellm.spring.test;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.litellm.spring.test.internal.ProxySettings;

/**
 * Configures a {@link FakeLiteLlmProxy}; {@link FakeLiteLlmProxy#builder()} creates one. Reusable: every
 * {@link #build()} creates a new, independent fake.
 */
public final class FakeLiteLlmProxyBuilder {

	private int port;

	private String masterKey = FakeLiteLlmProxy.DEFAULT_MASTER_KEY;

	private Clock clock = Clock.systemUTC();

	private boolean enterpriseLicensed = true;

	private ProxyVersion version = ProxyVersion.LATEST;

	private boolean customApiKeysDisabled;

	private SelfServeBudgetPolicy selfServeBudgetPolicy = SelfServeBudgetPolicy.DISABLED;

	private final Map<String, Set<String>> teamAdmins = new HashMap<>();

	FakeLiteLlmProxyBuilder() {
	}

	/**
	 * The loopback port to listen on.
	 *
	 * @param port the port, or 0 (the default) for an ephemeral one
	 * @return this builder
	 */
	public FakeLiteLlmProxyBuilder port(int port) {
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
		}
		this.port = port;
		return this;
	}

	/**
	 * The master key.
	 *
	 * @param masterKey the key; LiteLLM master keys start with {@code sk-}
	 * @return this builder
	 */
	public FakeLiteLlmProxyBuilder masterKey(String masterKey) {
		if (masterKey == null || masterKey.isBlank()) {
			throw new IllegalArgumentException("masterKey must not be blank");
		}
		this.masterKey = masterKey;
		return this;
	}

	/**
	 * The clock for expiry, grace periods and timestamps.
	 *
	 * @param clock the clock; the default is {@link Clock#systemUTC()}
	 * @return this builder
	 */
	public FakeLiteLlmProxyBuilder clock(Clock clock) {
		this.clock = Objects.requireNonNull(clock, "clock");
		return this;
	}

	/**
	 * Whether Enterprise features are licensed (the default) or not.
	 *
	 * @param licensed the licence state
	 * @return this builder
	 */
	public FakeLiteLlmProxyBuilder enterpriseLicensed(boolean licensed) {
		this.enterpriseLicensed = licensed;
		return this;
	}

	/**
	 * The proxy release to model where releases differ.
	 *
	 * @param version the release; the default is {@link ProxyVersion#LATEST}
	 * @return this builder
	 */
	public FakeLiteLlmProxyBuilder version(ProxyVersion version) {
		this.version = Objects.requireNonNull(version, "version");
		return this;
	}

	/**
	 * The proxy's {@code disable_custom_api_keys} setting: when on, a {@code key} on {@code /key/generate} or a
	 * {@code new_key} on {@code /key/regenerate} is refused with 403.
	 *
	 * @param disabled whether custom key values are refused; off by default
	 * @return this builder
	 */
	public FakeLiteLlmProxyBuilder customApiKeysDisabled(boolean disabled) {
		this.customApiKeysDisabled = disabled;
		return this;
	}

	/**
	 * The proxy's {@code general_settings.self_serve_budget_policy}: whether the owner of a key may change its
	 * {@code max_budget} or {@code budget_limits} on {@code /key/update} without an admin (newest proxy only; on
	 * v1.81 a non-admin cannot update keys at all).
	 *
	 * @param policy the policy; the default is {@link SelfServeBudgetPolicy#DISABLED}, as on the proxy
	 * @return this builder
	 */
	public FakeLiteLlmProxyBuilder selfServeBudgetPolicy(SelfServeBudgetPolicy policy) {
		this.selfServeBudgetPolicy = Objects.requireNonNull(policy, "policy");
		return this;
	}

	/**
	 * Makes a user an admin of a team. The fake models no other part of teams; this is what the proxy's team-admin
	 * rule reads: a virtual key of this user (a key generated with this {@code user_id}) may reset the spend of the
	 * team's keys ({@code /key/{key}/reset_spend}), bulk-update the team's keys ({@code /team/key/bulk_update}) and
	 * block or unblock them, where any other non-admin caller is refused. Repeat it for more admins or teams;
	 * {@link FakeLiteLlmProxy#reset()} keeps the admins configured here.
	 *
	 * @param teamId the team id, as keys carry it in {@code team_id}
	 * @param userId the user id of the admin
	 * @return this builder
	 */
	public FakeLiteLlmProxyBuilder teamAdmin(String teamId, String userId) {
		if (teamId == null || teamId.isBlank()) {
			throw new IllegalArgumentException("teamId must not be blank");
		}
		if (userId == null || userId.isBlank()) {
			throw new IllegalArgumentException("userId must not be blank");
		}
		this.teamAdmins.computeIfAbsent(teamId, (team) -> new HashSet<>()).add(userId);
		return this;
	}

	ProxySettings settings() {
		return settings(this.version);
	}

	private ProxySettings settings(ProxyVersion release) {
		return new ProxySettings(this.masterKey, this.clock, this.enterpriseLicensed, release,
				this.customApiKeysDisabled, this.selfServeBudgetPolicy, this.teamAdmins);
	}

	/**
	 * Creates the fake without starting it.
	 *
	 * @return a new fake
	 */
	public FakeLiteLlmProxy build() {
		return new FakeLiteLlmProxy(settings(), this.port);
	}

	/** Creates and starts the fake, modelling another release than configured. */
	FakeLiteLlmProxy start(ProxyVersion release) {
		return new FakeLiteLlmProxy(settings(release), this.port).start();
	}

	/**
	 * Creates and starts the fake.
	 *
	 * @return a new running fake
	 */
	public FakeLiteLlmProxy start() {
		return build().start();
	}

}

