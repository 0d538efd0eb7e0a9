package dev.litellm.spring.test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import dev.litellm.spring.test.internal.FakeProxyServer;
import dev.litellm.spring.test.internal.KeyStore;
import dev.litellm.spring.test.internal.ProxyRequestHandler;
import dev.litellm.spring.test.internal.ProxySettings;

/**
 * A stateful, in-memory fake of the LiteLLM proxy's virtual-key API ({@code /key/*}), served over real HTTP on a
 * loopback port. It keeps keys like the proxy's database does and answers every route with the status codes, bodies,
 * error envelopes and quirks of the real proxy, so a client can be tested end to end without one.
 * <pre>{@code
 * try (FakeLiteLlmProxy proxy = FakeLiteLlmProxy.builder().masterKey("sk-test-master").start()) {
 *     // point the client at proxy.baseUrl() with proxy.masterKey()
 *     proxy.failOnce("/key/generate", 503);      // inject a fault
 *     ...
 *     assertThat(proxy.lastRequest().changedBy()).isEqualTo("alice");
 * }
 * }</pre>
 * What it models: the master key and the virtual keys it generates (both authenticate; virtual keys act as
 * non-admin callers without a user, so they may read their own info and health), key rows with every column,
 * the deleted-keys table, grace periods after regeneration, budget rows (those of soft budgets and those added with
 * {@link #addBudget(String)}) and object permissions. Teams, users, organizations and projects are not modeled: any
 * id is accepted and stored as given; only the admins of a team can be registered
 * ({@link FakeLiteLlmProxyBuilder#teamAdmin(String, String)}), for the routes a team admin may call.
 * The Enterprise licence is on by default; {@link FakeLiteLlmProxyBuilder#enterpriseLicensed(boolean)} turns it off,
 * which makes virtual-key regeneration fail with the proxy's 500. It behaves like the newest proxy it models unless
 * {@link FakeLiteLlmProxyBuilder#version(ProxyVersion)} picks an older release.
 * <p>
 * Thread-safe. Every request is recorded ({@link #requests()}); faults can be injected per path
 * ({@link #inject(String, Fault)}). Time comes from a {@link Clock} that tests can replace ({@link #setClock(Clock)},
 * {@link #advanceClock(Duration)}) to exercise expiry and grace periods.
 */
public final class FakeLiteLlmProxy implements AutoCloseable {

	/** The master key used when none is configured. */
	public static final String DEFAULT_MASTER_KEY = "sk-fake-master-key";

	private final ProxySettings settings;

	private final KeyStore store = new KeyStore();

	private final FakeProxyServer server;

	FakeLiteLlmProxy(ProxySettings settings, int port) {
		this.settings = settings;
		this.server = new FakeProxyServer(new ProxyRequestHandler(this.settings, this.store), this.settings, port);
	}

	/**
	 * Creates a fake with the default settings: an ephemeral port, {@link #DEFAULT_MASTER_KEY}, the system UTC
	 * clock, Enterprise features on, {@link ProxyVersion#LATEST}. Call {@link #start()} before use.
	 */
	public FakeLiteLlmProxy() {
		this(builder().settings(), 0);
	}

	/**
	 * Starts building a fake.
	 *
	 * @return a builder with the default settings
	 */
	public static FakeLiteLlmProxyBuilder builder() {
		return new FakeLiteLlmProxyBuilder();
	}

	/**
	 * Binds the server to the loopback interface and starts answering requests.
	 *
	 * @return this fake
	 * @throws IllegalStateException when it is already running
	 */
	public FakeLiteLlmProxy start() {
		this.server.start();
		return this;
	}

	/**
	 * Stops the server. The state is kept; the fake can be started again (on a new ephemeral port when configured
	 * with port 0).
	 */
	@Override
	public void close() {
		this.server.close();
	}

	/**
	 * Whether the server is running.
	 *
	 * @return {@code true} between {@link #start()} and {@link #close()}
	 */
	public boolean isRunning() {
		return this.server.isRunning();
	}

	/**
	 * The port the server listens on.
	 *
	 * @return the bound port
	 * @throws IllegalStateException when it is not running
	 */
	public int port() {
		return this.server.port();
	}

	/**
	 * The base URL to configure a client with, such as {@code http://127.0.0.1:54321}.
	 *
	 * @return the base URL, without a trailing slash
	 * @throws IllegalStateException when it is not running
	 */
	public String baseUrl() {
		return this.server.baseUrl();
	}

	/**
	 * The master key that authenticates as proxy admin. A master-key rotation through
	 * {@code /key/regenerate} with {@code new_master_key} changes it; {@link #reset()} restores it.
	 *
	 * @return the current master key
	 */
	public String masterKey() {
		return this.settings.masterKey();
	}

	/**
	 * Forgets all keys, deleted keys, recorded requests and faults, and restores the configured master key, clock,
	 * licence and team admins. The server keeps running on the same port.
	 */
	public void reset() {
		this.store.reset();
		this.settings.reset();
		this.server.forgetRequestsAndFaults();
	}

	/**
	 * The clock the fake reads "now" from.
	 *
	 * @return the clock
	 */
	public Clock clock() {
		return this.settings.clock();
	}

	/**
	 * Replaces the clock, for instance with {@link Clock#fixed} or {@link Clock#offset}, to make keys expire or
	 * grace periods end.
	 *
	 * @param clock the new clock
	 */
	public void setClock(Clock clock) {
		this.settings.setClock(Objects.requireNonNull(clock, "clock"));
	}

	/**
	 * Moves the clock forward (or back, with a negative duration).
	 *
	 * @param duration how far to move it
	 */
	public void advanceClock(Duration duration) {
		setClock(Clock.offset(clock(), duration));
	}

	/**
	 * Whether Enterprise features are enabled.
	 *
	 * @return the licence state
	 */
	public boolean isEnterpriseLicensed() {
		return this.settings.isEnterpriseLicensed();
	}

	/**
	 * Enables or disables Enterprise features. Without a licence, regenerating a virtual key answers the proxy's
	 * 500 and the premium fields ({@code tags}, {@code guardrails}, ...) answer 403.
	 *
	 * @param licensed the licence state
	 */
	public void setEnterpriseLicensed(boolean licensed) {
		this.settings.setEnterpriseLicensed(licensed);
	}

	/**
	 * The proxy release whose behaviour the fake models.
	 *
	 * @return the version
	 */
	public ProxyVersion version() {
		return this.settings.version();
	}

	/**
	 * Sets the proxy's {@code disable_custom_api_keys} setting; {@link #reset()} restores the configured value.
	 *
	 * @param disabled whether {@code /key/generate} and {@code /key/regenerate} refuse custom key values (403)
	 */
	public void setCustomApiKeysDisabled(boolean disabled) {
		this.settings.setCustomApiKeysDisabled(disabled);
	}

	/**
	 * Sets the proxy's {@code self_serve_budget_policy}, like
	 * {@link FakeLiteLlmProxyBuilder#selfServeBudgetPolicy(SelfServeBudgetPolicy)}; {@link #reset()} restores the
	 * configured value.
	 *
	 * @param policy whether key owners may change their keys' budgets without an admin
	 */
	public void setSelfServeBudgetPolicy(SelfServeBudgetPolicy policy) {
		this.settings.setSelfServeBudgetPolicy(Objects.requireNonNull(policy, "policy"));
	}

	/**
	 * Adds a budget, as the proxy's {@code /budget/new} would (the fake does not serve that route), until the next
	 * {@link #reset()}. A proxy admin may name it as a key's {@code end_user_budget_id}; an id that names no budget is
	 * refused with 400. Budgets the fake creates for a {@code soft_budget} count too.
	 *
	 * @param budgetId the budget id
	 */
	public void addBudget(String budgetId) {
		if (budgetId == null || budgetId.isBlank()) {
			throw new IllegalArgumentException("budgetId must not be blank");
		}
		this.store.addBudget(budgetId, this.settings.clock().instant());
	}

	/**
	 * Makes a user an admin of a team, like {@link FakeLiteLlmProxyBuilder#teamAdmin(String, String)}, until the next
	 * {@link #reset()}.
	 *
	 * @param teamId the team id
	 * @param userId the user id of the admin
	 */
	public void addTeamAdmin(String teamId, String userId) {
		if (teamId == null || teamId.isBlank() || userId == null || userId.isBlank()) {
			throw new IllegalArgumentException("teamId and userId must not be blank");
		}
		this.settings.teamAdmins().add(teamId, userId);
	}

	/**
	 * The number of keys in the key table (deleted keys not counted).
	 *
	 * @return the count
	 */
	public int keyCount() {
		return this.store.keyCount();
	}

	/**
	 * Whether a key exists in the key table.
	 *
	 * @param keyOrHash the raw {@code sk-} key or its SHA-256 hash
	 * @return {@code true} when it exists
	 */
	public boolean hasKey(String keyOrHash) {
		return this.store.hasKey(keyOrHash);
	}

	/**
	 * Sets a key's spend, as the proxy does when the key is used for LLM calls.
	 *
	 * @param keyOrHash the raw key or its hash
	 * @param spend the new spend
	 * @throws IllegalArgumentException when the key does not exist
	 */
	public void setSpend(String keyOrHash, double spend) {
		this.store.setSpend(keyOrHash, spend);
	}

	/**
	 * Every request received since the start or the last {@link #reset()}, oldest first.
	 *
	 * @return an immutable snapshot
	 */
	public List<RecordedRequest> requests() {
		return this.server.requests();
	}

	/**
	 * The requests received for one path.
	 *
	 * @param path the decoded path, such as {@code /key/generate}
	 * @return an immutable snapshot, oldest first
	 */
	public List<RecordedRequest> requests(String path) {
		return this.server.requests(path);
	}

	/**
	 * The most recent request.
	 *
	 * @return the request
	 * @throws IllegalStateException when no request was received
	 */
	public RecordedRequest lastRequest() {
		return this.server.lastRequest();
	}

	/**
	 * Injects a fault on a path. Faults on the same path apply in the order they were injected; a limited fault is
	 * removed once used up.
	 *
	 * @param path the exact decoded request path, such as {@code /key/generate}
	 * @param fault the fault
	 */
	public void inject(String path, Fault fault) {
		this.server.faults().inject(path, fault);
	}

	/**
	 * Answers every request to a path with a status (and its reason phrase as a plain-text body).
	 *
	 * @param path the path
	 * @param status the HTTP status
	 */
	public void fail(String path, int status) {
		inject(path, Fault.status(status));
	}

	/**
	 * Answers the next request to a path with a status.
	 *
	 * @param path the path
	 * @param status the HTTP status
	 */
	public void failOnce(String path, int status) {
		inject(path, Fault.status(status).once());
	}

	/**
	 * Answers every request to a path with a status and a JSON body.
	 *
	 * @param path the path
	 * @param status the HTTP status
	 * @param jsonBody the body
	 */
	public void fail(String path, int status, String jsonBody) {
		inject(path, Fault.status(status).withJsonBody(jsonBody));
	}

	/**
	 * Delays every answer on a path.
	 *
	 * @param path the path
	 * @param delay the delay
	 */
	public void delay(String path, Duration delay) {
		inject(path, Fault.delay(delay));
	}

	/**
	 * Delays the next answer on a path.
	 *
	 * @param path the path
	 * @param delay the delay
	 */
	public void delayOnce(String path, Duration delay) {
		inject(path, Fault.delay(delay).once());
	}

	/**
	 * Removes every injected fault.
	 */
	public void clearFaults() {
		this.server.faults().clear();
	}

}
