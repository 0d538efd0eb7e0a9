package dev.litellm.spring.test.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.litellm.spring.test.SelfServeBudgetPolicy;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static dev.litellm.spring.test.internal.BodyFields.number;
import static dev.litellm.spring.test.internal.BodyFields.present;
import static dev.litellm.spring.test.internal.BodyFields.text;

/**
 * Who may change a key's budget on newer proxies: {@code key_budget_change.classify_key_budget_change} (does an
 * update leave the budget unchanged, tighten it, loosen it, or touch what only an admin may), the
 * {@code self_serve_budget_policy} that lets a key's owner make some of those changes without an admin
 * ({@code _owner_may_change_key_budget}), and the delegation ceiling that keeps a non-admin from granting a budget
 * above their own key's {@code max_budget} ({@code _enforce_budget_delegation_ceiling}).
 */
final class KeyBudgetChanges {

	/** {@code KeyBudgetChange}. */
	enum Change {

		UNCHANGED, TIGHTENED, LOOSENED, ADMIN_ONLY

	}

	/** A {@code budget_limits} window: its duration and cap. */
	private record Window(String duration, double maxBudget) {
	}

	private final ProxySettings settings;

	KeyBudgetChanges(ProxySettings settings) {
		this.settings = settings;
	}

	/**
	 * {@code classify_key_budget_change}: {@code spend} (not null) and {@code soft_budget} (even null) need an
	 * admin, and so does a new {@code max_budget} on a key linked to a budget row; otherwise the change of
	 * {@code max_budget} and {@code budget_limits}, loosening winning over tightening.
	 */
	static Change classify(ObjectNode data, TableRow existing) {
		Change maxBudget = maxBudgetChange(data, existing);
		boolean overridesLinkedBudget = existing.string("budget_id") != null && maxBudget != Change.UNCHANGED;
		if (present(data, "spend") != null || data.has("soft_budget") || overridesLinkedBudget) {
			return Change.ADMIN_ONLY;
		}
		Change windows = budgetLimitsChange(data, existing);
		if (maxBudget == Change.LOOSENED || windows == Change.LOOSENED) {
			return Change.LOOSENED;
		}
		if (maxBudget == Change.TIGHTENED || windows == Change.TIGHTENED) {
			return Change.TIGHTENED;
		}
		return Change.UNCHANGED;
	}

	private static Change maxBudgetChange(ObjectNode data, TableRow existing) {
		Double requested = number(data, "max_budget");
		Double stored = existing.number("max_budget");
		if (!data.has("max_budget") || Objects.equals(requested, stored)) {
			return Change.UNCHANGED;
		}
		if (requested == null) {
			return Change.LOOSENED;
		}
		return (stored == null || requested < stored) ? Change.TIGHTENED : Change.LOOSENED;
	}

	/**
	 * Window spend is counted by the exact duration string, so the windows tighten only when every stored duration
	 * survives with a cap no higher than before (the lowest cap of each duration counts); stored windows that do not
	 * read as windows count as loosened.
	 */
	private static Change budgetLimitsChange(ObjectNode data, TableRow existing) {
		if (!data.has("budget_limits")) {
			return Change.UNCHANGED;
		}
		List<Window> stored = windows(existing.json("budget_limits"));
		if (stored == null) {
			return Change.LOOSENED;
		}
		Map<String, Double> requested = capsByDuration(Objects.requireNonNull(windows(data.get("budget_limits"))));
		boolean keptOrLowered = capsByDuration(stored).entrySet()
			.stream()
			.allMatch((cap) -> requested.containsKey(cap.getKey()) && requested.get(cap.getKey()) <= cap.getValue());
		return keptOrLowered ? Change.TIGHTENED : Change.LOOSENED;
	}

	/** The windows of a {@code budget_limits} value ({@code null} and absent are none), {@code null} if malformed. */
	private static @Nullable List<Window> windows(@Nullable JsonNode value) {
		List<Window> windows = new ArrayList<>();
		if (value == null || value.isNull()) {
			return windows;
		}
		if (!value.isArray()) {
			return null;
		}
		for (JsonNode window : value) {
			JsonNode duration = window.get("budget_duration");
			JsonNode maxBudget = window.get("max_budget");
			if (duration == null || !duration.isString() || maxBudget == null || !maxBudget.isNumber()) {
				return null;
			}
			windows.add(new Window(duration.stringValue(), maxBudget.doubleValue()));
		}
		return windows;
	}

	private static Map<String, Double> capsByDuration(List<Window> windows) {
		Map<String, Double> caps = new HashMap<>();
		windows.forEach((window) -> caps.merge(window.duration(), window.maxBudget(), Math::min));
		return caps;
	}

	/**
	 * The budget part of {@code _validate_update_key_data}'s admin check: a caller who is not a proxy admin may
	 * update a key without an admin's rights only when they created it and still own it (or it is a team key), and,
	 * for a budget change, only as its creator under a {@code self_serve_budget_policy} that allows the change.
	 * Anyone else must be an admin of the key's team ({@code _check_key_admin_access}), else 403.
	 *
	 * @throws HttpError 403, or 400 when {@code ceiling} lets the change through but it passes the caller's own
	 * {@code max_budget}
	 */
	void authorizeUpdate(ObjectNode data, TableRow existing, Caller caller) {
		if (!this.settings.latest() || caller.admin()) {
			return;
		}
		Change change = classify(data, existing);
		String userId = caller.userId();
		boolean creator = userId != null && userId.equals(existing.string("created_by"))
				&& userId.equals(existing.string("user_id"));
		boolean budgetChangeAllowed = change == Change.UNCHANGED
				|| (creator && ownerMayChange(change, data, existing, caller));
		if ((creator || existing.string("team_id") != null) && budgetChangeAllowed) {
			return;
		}
		if (KeyAdmins.proxyOrTeamAdmin(caller, existing.string("team_id"), this.settings.teamAdmins())) {
			return;
		}
		String route = (change == Change.UNCHANGED) ? "/key/update" : "/key/update (max_budget/spend)";
		throw HttpError.ofErrorDict(403, "Only proxy admins, team admins, or org admins can call " + route
				+ ". user_role=" + caller.role() + ", user_id=" + (userId == null ? "None" : userId));
	}

	/** {@code _owner_may_change_key_budget}. */
	private boolean ownerMayChange(Change change, ObjectNode data, TableRow existing, Caller caller) {
		SelfServeBudgetPolicy policy = this.settings.selfServeBudgetPolicy();
		if (policy == SelfServeBudgetPolicy.DISABLED || change == Change.ADMIN_ONLY) {
			return false;
		}
		if (change != Change.LOOSENED) {
			return true;
		}
		if (policy == SelfServeBudgetPolicy.LOWER_ONLY) {
			return false;
		}
		String teamId = data.has("team_id") ? text(data, "team_id") : existing.string("team_id");
		// _caller_may_generate_key: anyone may generate personal keys; of a team's members the fake knows only its
		// admins, who may.
		if (teamId != null && !this.settings.teamAdmins().isAdmin(teamId, caller.userId())) {
			return false;
		}
		Double maxBudget = data.has("max_budget") ? number(data, "max_budget") : existing.number("max_budget");
		JsonNode windows = data.has("budget_limits") ? data.get("budget_limits") : existing.json("budget_limits");
		List<Window> effective = windows(windows);
		enforceCeiling(maxBudget, effective == null ? List.of() : effective, caller);
		return true;
	}

	/**
	 * {@code _enforce_budget_delegation_ceiling} on {@code /key/generate}: a caller who is not a proxy admin may
	 * not give a new key a {@code max_budget}, or a {@code budget_limits} window, above their own key's
	 * {@code max_budget}.
	 *
	 * @throws HttpError 400
	 */
	void enforceCeiling(ObjectNode data, Caller caller) {
		if (this.settings.latest()) {
			List<Window> windows = windows(data.get("budget_limits"));
			enforceCeiling(number(data, "max_budget"), windows == null ? List.of() : windows, caller);
		}
	}

	private static void enforceCeiling(@Nullable Double maxBudget, List<Window> windows, Caller caller) {
		Double ceiling = caller.row() == null ? null : caller.row().number("max_budget");
		if (caller.admin() || ceiling == null) {
			return;
		}
		if (maxBudget != null && maxBudget > ceiling) {
			throw HttpError.ofErrorDict(400, "max_budget (" + PythonRepr.floatStr(maxBudget)
					+ ") cannot exceed the caller's own max_budget (" + PythonRepr.floatStr(ceiling) + ").");
		}
		for (Window window : windows) {
			if (window.maxBudget() > ceiling) {
				throw HttpError.ofErrorDict(400, "budget_limits entry max_budget ("
						+ PythonRepr.floatStr(window.maxBudget()) + ") cannot exceed the caller's own max_budget ("
						+ PythonRepr.floatStr(ceiling) + ").");
			}
		}
	}

}
