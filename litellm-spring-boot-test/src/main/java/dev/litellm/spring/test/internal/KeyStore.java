package dev.litellm.spring.test.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The proxy's database as the fake keeps it: the key rows by hash (aliases included), the archive of deleted keys,
 * the old keys still valid during a grace period, soft-budget rows and object permissions.
 * <p>
 * Thread-safe through its own monitor: the request handler holds it for the whole of a request; the public methods
 * take it themselves.
 */
public final class KeyStore {

	/** An old key kept valid after a regeneration with a grace period. */
	private record GracePeriod(String activeToken, Instant revokeAt) {
	}

	private final RandomIds ids = new RandomIds();

	private final Map<String, TableRow> keys = new LinkedHashMap<>();

	private final List<TableRow> deletedKeys = new ArrayList<>();

	private final Map<String, GracePeriod> gracePeriods = new HashMap<>();

	private final Map<String, TableRow> budgets = new HashMap<>();

	private final Map<String, ObjectNode> objectPermissions = new HashMap<>();

	/** Forgets every key, deleted key, budget and permission. */
	public synchronized void reset() {
		this.keys.clear();
		this.deletedKeys.clear();
		this.gracePeriods.clear();
		this.budgets.clear();
		this.objectPermissions.clear();
	}

	/**
	 * How many keys exist (not counting deleted ones).
	 *
	 * @return the count
	 */
	public synchronized int keyCount() {
		return this.keys.size();
	}

	/**
	 * Whether a key exists.
	 *
	 * @param keyOrHash the raw key or its hash
	 * @return {@code true} when it exists
	 */
	public synchronized boolean hasKey(String keyOrHash) {
		return this.keys.containsKey(VirtualKeys.hashIfNeeded(keyOrHash));
	}

	/**
	 * Sets the spend of a key, as the proxy does when the key is used.
	 *
	 * @param keyOrHash the raw key or its hash
	 * @param spend the new spend
	 * @throws IllegalArgumentException when the key does not exist
	 */
	public synchronized void setSpend(String keyOrHash, double spend) {
		TableRow row = this.keys.get(VirtualKeys.hashIfNeeded(keyOrHash));
		if (row == null) {
			throw new IllegalArgumentException("No such key");
		}
		row.set("spend", Json.nodes().numberNode(spend));
	}

	RandomIds ids() {
		return this.ids;
	}

	// ---------------------------------------------------------------- key rows

	@Nullable TableRow key(String hash) {
		return this.keys.get(hash);
	}

	/** The row a presented key authenticates as: its own, or during a grace period the row that replaced it. */
	@Nullable TableRow keyForAuthentication(String hash, Instant now) {
		TableRow row = this.keys.get(hash);
		if (row == null) {
			GracePeriod grace = this.gracePeriods.get(hash);
			if (grace != null && grace.revokeAt().isAfter(now)) {
				row = this.keys.get(grace.activeToken());
			}
		}
		return row;
	}

	/** Every key row, in insertion order. */
	List<TableRow> keys() {
		return new ArrayList<>(this.keys.values());
	}

	void putKey(String hash, TableRow row) {
		this.keys.put(hash, row);
	}

	void removeKey(String hash) {
		this.keys.remove(hash);
	}

	/** Whether another key than {@code exceptToken} already has this alias. */
	boolean aliasTaken(String alias, @Nullable String exceptToken) {
		for (TableRow row : this.keys.values()) {
			if (alias.equals(row.string("key_alias")) && !row.string("token").equals(exceptToken)) {
				return true;
			}
		}
		return false;
	}

	/** Keeps an old key valid until {@code revokeAt}, as the key that replaced it. */
	void keepDuringGracePeriod(String oldHash, String newHash, Instant revokeAt) {
		this.gracePeriods.put(oldHash, new GracePeriod(newHash, revokeAt));
	}

	// ---------------------------------------------------------------- deleted keys

	/** {@code _persist_deleted_verification_tokens}: the row as {@code LiteLLM_DeletedVerificationToken} keeps it. */
	void archive(TableRow row, Caller caller, @Nullable String changedBy, Instant now) {
		TableRow deleted = row.copy();
		deleted.set("id", Json.nodes().stringNode(this.ids.uuid()));
		// The model that carries the row drops these columns before it is saved.
		deleted.set("organization_id", null);
		deleted.set("budget_id", null);
		deleted.set("budget_limits", null);
		deleted.set("policies", Json.array());
		deleted.set("deleted_at", TableRow.stored(now));
		deleted.set("deleted_by", caller.userId() == null ? null : Json.nodes().stringNode(caller.userId()));
		deleted.set("deleted_by_api_key", Json.nodes().stringNode(caller.apiKeyHash()));
		deleted.set("litellm_changed_by", changedBy == null ? null : Json.nodes().stringNode(changedBy));
		this.deletedKeys.add(deleted);
	}

	/** The newest archived row of a hash, if the key was ever deleted or regenerated. */
	@Nullable TableRow deletedKey(String hash) {
		for (int i = this.deletedKeys.size() - 1; i >= 0; i--) {
			if (hash.equals(this.deletedKeys.get(i).string("token"))) {
				return this.deletedKeys.get(i);
			}
		}
		return null;
	}

	/** The archived rows, oldest first. */
	List<TableRow> deletedKeys() {
		return this.deletedKeys;
	}

	// ---------------------------------------------------------------- budgets and object permissions

	/** Creates the {@code LiteLLM_BudgetTable} row of a soft budget and returns its id. */
	String createBudget(double softBudget, Caller caller, Instant now) {
		String id = this.ids.uuid();
		TableRow budget = newBudget(id, caller.userId() != null ? caller.userId() : Caller.PROXY_ADMIN_NAME, now);
		budget.set("soft_budget", Json.nodes().numberNode(softBudget));
		return id;
	}

	/**
	 * Adds an empty {@code LiteLLM_BudgetTable} row, as {@code /budget/new} would, unless one has this id.
	 *
	 * @param budgetId the budget id
	 * @param now the time of creation
	 */
	public synchronized void addBudget(String budgetId, Instant now) {
		if (!this.budgets.containsKey(budgetId)) {
			newBudget(budgetId, Caller.PROXY_ADMIN_NAME, now);
		}
	}

	private TableRow newBudget(String id, String by, Instant now) {
		TableRow budget = new TableRow();
		budget.set("budget_id", Json.nodes().stringNode(id));
		budget.set("model_max_budget", Json.object());
		budget.set("allowed_models", Json.array());
		budget.set("created_at", TableRow.stored(now));
		budget.set("updated_at", TableRow.stored(now));
		budget.set("created_by", Json.nodes().stringNode(by));
		budget.set("updated_by", Json.nodes().stringNode(by));
		this.budgets.put(id, budget);
		return budget;
	}

	boolean hasBudget(String id) {
		return this.budgets.containsKey(id);
	}

	@Nullable TableRow budget(String id) {
		return this.budgets.get(id);
	}

	/** Saves an object permission, under a new id or replacing an existing one, and returns its id. */
	String savePermission(@Nullable String existingId, ObjectNode permission) {
		String id = existingId != null ? existingId : this.ids.uuid();
		ObjectNode stored = Json.object();
		stored.put("object_permission_id", id);
		for (String field : RequestModels.OBJECT_PERMISSION_FIELDS) {
			JsonNode value = permission.get(field);
			if (value != null && !value.isNull()) {
				stored.set(field, value);
			}
			else {
				boolean nullable = field.equals("mcp_tool_permissions") || field.equals("mcp_tool_search_enabled");
				stored.set(field, nullable ? Json.nodes().nullNode() : Json.array());
			}
		}
		this.objectPermissions.put(id, stored);
		return id;
	}

	/** The object permission of a key row, if it has one. */
	@Nullable JsonNode permissionOf(TableRow row) {
		String id = row.string("object_permission_id");
		return id == null ? null : this.objectPermissions.get(id);
	}

}
