package dev.litellm.spring.test.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The key routes of newer proxies besides the bulk updates: {@code POST /key/service-account/generate},
 * {@code POST /key/{key}/reset_spend}, {@code GET /key/aliases} and {@code POST /v2/key/info}.
 */
final class PlatformKeyHandlers {

	private final ProxySettings settings;

	private final KeyStore store;

	private final KeyCreationHandlers creation;

	PlatformKeyHandlers(ProxySettings settings, KeyStore store, KeyCreationHandlers creation) {
		this.settings = settings;
		this.store = store;
		this.creation = creation;
	}

	// ---------------------------------------------------------------- /key/service-account/generate

	/**
	 * {@code /key/generate} for a team's key: {@code team_id} required, no {@code user_id}, and
	 * {@code metadata.service_account_id} set to the alias or a random id.
	 */
	ProxyResponse serviceAccountGenerate(RouteCall call) {
		if (!(call.body() instanceof ObjectNode body)) {
			return this.creation.generate(call);
		}
		JsonNode team = body.get("team_id");
		if (team == null || !team.isString() || team.stringValue().isBlank()) {
			return ProxyErrors.detailError(400,
					"team_id is required for service account keys. Please specify `team_id` in the request body.");
		}
		ObjectNode data = body.deepCopy();
		data.remove("user_id");
		ObjectNode metadata = data.get("metadata") instanceof ObjectNode given ? given : data.putObject("metadata");
		JsonNode alias = data.get("key_alias");
		metadata.put("service_account_id",
				(alias != null && alias.isString()) ? alias.stringValue() : this.store.ids().uuid());
		return this.creation.generate(
				new RouteCall(call.request(), call.pathVariables(), data, call.caller(), call.now()));
	}

	// ---------------------------------------------------------------- /key/{key}/reset_spend

	/**
	 * {@code reset_key_spend_fn}: the key (404), then the value ({@code _validate_reset_spend_value}, 400), then the
	 * caller ({@code _check_proxy_or_team_admin_for_key}: a proxy admin or an admin of the key's team, else 403). Its
	 * errors are {@code HTTPException}s re-raised as they are: {@code {"detail":{"error":...}}}. Newer proxies also
	 * restart the key's {@code budget_limits} windows from now.
	 */
	ProxyResponse resetSpend(RouteCall call) {
		ObjectNode data = RequestModels.validate(call.body(),
				KeyBulkHandlers.fields("reset_to", RequestModels.Kind.FLOAT), Set.of("reset_to"));
		if (((ObjectNode) call.body()).get("reset_to").isBoolean()) {
			ArrayNode errors = Json.array();
			errors.add(RequestModels.error("float_type", List.of("body", "reset_to"), "Input should be a valid number",
					((ObjectNode) call.body()).get("reset_to"), null));
			throw ApiError.validation(errors);
		}
		String key = call.pathVariable("key");
		TableRow row = this.store.key(key.contains("sk") ? VirtualKeys.sha256(key) : key);
		if (row == null) {
			return ProxyErrors.detailError(404, "Key " + key + " not found.");
		}
		double resetTo = data.get("reset_to").doubleValue();
		Double spend = row.number("spend");
		double previous = (spend != null) ? spend : 0.0;
		// The proxy also caps reset_to at the max_budget of the key's budget row; the fake's rows have none.
		Double maxBudget = row.number("max_budget");
		if (resetTo < 0) {
			return ProxyErrors.detailError(400, "reset_to must be >= 0");
		}
		if (resetTo > previous) {
			return ProxyErrors.detailError(400, "reset_to (" + PythonRepr.floatStr(resetTo)
					+ ") must be <= current spend (" + PythonRepr.floatStr(previous) + ")");
		}
		if (maxBudget != null && resetTo > maxBudget) {
			return ProxyErrors.detailError(400, "reset_to (" + PythonRepr.floatStr(resetTo) + ") must be <= budget ("
					+ PythonRepr.floatStr(maxBudget) + ")");
		}
		if (!KeyAdmins.proxyOrTeamAdmin(call.caller(), row.string("team_id"), this.settings.teamAdmins())) {
			return ProxyErrors.detailError(403, "You must be a proxy admin or team admin to reset key spend");
		}
		row.set("spend", Json.nodes().numberNode(resetTo));
		if (this.settings.latest()) {
			BudgetWindows.restart(row, call.now());
		}
		ObjectNode out = Json.object();
		out.put("key_hash", row.string("token"));
		out.put("spend", resetTo);
		out.put("previous_spend", previous);
		if (maxBudget != null) {
			out.put("max_budget", maxBudget);
		}
		else {
			out.putNull("max_budget");
		}
		Instant resetAt = row.time("budget_reset_at");
		if (resetAt != null) {
			out.put("budget_reset_at", PythonRepr.isoformat(resetAt));
		}
		else {
			out.putNull("budget_reset_at");
		}
		return ProxyResponse.ok(out);
	}

	// ---------------------------------------------------------------- /key/aliases

	ProxyResponse aliases(RouteCall call) {
		ArrayNode errors = Json.array();
		int page = QueryParams.intParam(call.request(), "page", 1, 1, null, errors);
		int size = QueryParams.intParam(call.request(), "size", 50, 1, 100, errors);
		if (!errors.isEmpty()) {
			throw ApiError.validation(errors);
		}
		String search = QueryParams.nonEmpty(call.request(), "search");
		String teamId = QueryParams.nonEmpty(call.request(), "team_id");
		Caller caller = call.caller();
		String callerTeam = (caller.row() != null) ? caller.row().string("team_id") : null;
		Set<String> aliases = new TreeSet<>();
		for (TableRow row : this.store.keys()) {
			String alias = row.string("key_alias");
			if (alias == null || (teamId != null && !teamId.equals(row.string("team_id")))
					|| (search != null && !alias.toLowerCase(Locale.ROOT).contains(search.toLowerCase(Locale.ROOT)))) {
				continue;
			}
			if (caller.admin() || caller.apiKeyHash().equals(row.string("token"))
					|| (caller.userId() != null && caller.userId().equals(row.string("user_id")))
					|| (callerTeam != null && callerTeam.equals(row.string("team_id")))) {
				aliases.add(alias);
			}
		}
		List<String> all = new ArrayList<>(aliases);
		int from = Math.min(all.size(), (page - 1) * size);
		ObjectNode out = Json.object();
		ArrayNode onPage = out.putArray("aliases");
		all.subList(from, Math.min(all.size(), from + size)).forEach(onPage::add);
		out.put("total_count", all.size());
		out.put("current_page", page);
		out.put("total_pages", (all.size() + size - 1) / size);
		out.put("size", size);
		return ProxyResponse.ok(out);
	}

	// ---------------------------------------------------------------- /v2/key/info

	ProxyResponse infoV2(RouteCall call) {
		ObjectNode data = RequestModels.validate(call.body(), RequestModels.KEY_REQUEST, Set.of());
		JsonNode keys = data.get("keys");
		if (keys == null || keys.isNull()) {
			return ProxyErrors.detailError(400, "keys is required");
		}
		Caller caller = call.caller();
		ArrayNode info = Json.array();
		for (JsonNode key : keys) {
			TableRow row = this.store.key(VirtualKeys.hashIfNeeded(key.stringValue()));
			if (row == null) {
				continue;
			}
			if (!caller.admin() && !Objects.equals(row.string("token"), caller.apiKeyHash())
					&& (caller.userId() == null || !caller.userId().equals(row.string("user_id")))) {
				throw ApiError.onProxy(new HttpError(403, "You are not allowed to access this key's info. Your role="
						+ "None"));
			}
			ObjectNode record = ResponseModels.rawRow(row, ResponseModels.DateStyle.ISO, this.settings.latest());
			BudgetWindows.addUsage(record, row, call.now());
			info.add(record);
		}
		ObjectNode out = Json.object();
		out.set("key", keys);
		out.set("info", info);
		return ProxyResponse.ok(out);
	}

}
