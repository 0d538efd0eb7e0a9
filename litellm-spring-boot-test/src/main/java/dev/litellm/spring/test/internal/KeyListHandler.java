package dev.litellm.spring.test.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import dev.litellm.spring.test.RecordedRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static dev.litellm.spring.test.internal.QueryParams.boolParam;
import static dev.litellm.spring.test.internal.QueryParams.intParam;
import static dev.litellm.spring.test.internal.QueryParams.nonEmpty;

/**
 * {@code GET /key/list}: the keys (or the deleted keys) the proxy admin filters, sorts and pages through.
 */
final class KeyListHandler {

	/** {@code UI_SESSION_TOKEN_TEAM_ID}: keys of this team are never listed. */
	private static final String UI_SESSION_TEAM = "litellm-dashboard";

	private static final List<String> SORT_COLUMNS = List.of("spend", "max_budget", "created_at", "updated_at",
			"token", "key_alias");

	private static final List<String> STATUSES = List.of("active", "expired", "revoked", "deleted");

	private final ProxySettings settings;

	private final KeyStore store;

	KeyListHandler(ProxySettings settings, KeyStore store) {
		this.settings = settings;
		this.store = store;
	}

	ProxyResponse list(RouteCall call) {
		RecordedRequest request = call.request();
		ArrayNode errors = Json.array();
		int page = intParam(request, "page", 1, 1, null, errors);
		int size = intParam(request, "size", 10, 1, 100, errors);
		boolean returnFullObject = boolParam(request, "return_full_object", errors);
		boolParam(request, "include_team_keys", errors);
		boolean includeCreatedBy = boolParam(request, "include_created_by_keys", errors);
		if (!errors.isEmpty()) {
			throw ApiError.validation(errors);
		}
		try {
			boolean latest = this.settings.latest();
			String status = request.queryParam("status");
			if (status != null && !latest && !status.equals("deleted")) {
				throw HttpError.ofErrorDict(400, "Invalid status value. Currently only 'deleted' is supported.");
			}
			if (status != null && latest && !STATUSES.contains(status)) {
				throw HttpError.ofErrorDict(400,
						"Invalid status value. Supported: 'active', 'expired', 'revoked', 'deleted'.");
			}
			Caller caller = call.caller();
			boolean ownKeysOnly = latest && caller.internalUser();
			if (!caller.admin() && !ownKeysOnly) {
				throw ApiError.envelope(403, "You are not authorized to access this endpoint. No 'user_id' is "
						+ "associated with your API key.", "bad_request_error", "user_id");
			}
			String sortBy = request.queryParam("sort_by");
			String sortOrder = request.queryParam("sort_order") == null ? "desc" : request.queryParam("sort_order");
			if (sortBy != null) {
				if (!SORT_COLUMNS.contains(sortBy)) {
					throw HttpError.ofErrorDict(400,
							"Invalid sort column. Must be one of: " + String.join(", ", SORT_COLUMNS));
				}
				if (!List.of("asc", "desc").contains(sortOrder.toLowerCase(Locale.ROOT))) {
					throw HttpError.ofErrorDict(400, "Invalid sort order. Must be 'asc' or 'desc'");
				}
			}
			List<String> expand = request.query().getOrDefault("expand", List.of());
			boolean fullObjects = returnFullObject || expand.contains("user");
			boolean deleted = "deleted".equals(status);
			List<TableRow> matching = (deleted ? this.store.deletedKeys() : this.store.keys()).stream()
				.filter(filter(request, includeCreatedBy,
						latest && "true".equalsIgnoreCase(request.queryParam("substring_matching"))))
				.filter(latest ? newerFilters(request, status, call.now()) : (row) -> true)
				.filter((row) -> !ownKeysOnly || caller.owns(row))
				.sorted(order(null, "desc"))
				.sorted(order(sortBy, sortOrder.toLowerCase(Locale.ROOT)))
				.toList();
			ArrayNode items = Json.array();
			matching.stream().skip((long) (page - 1) * size).limit(size).forEach(row -> {
				if (!fullObjects) {
					items.add(row.string("token"));
				}
				else {
					items.add(deleted ? ResponseModels.deletedToken(row, latest)
							: ResponseModels.userApiKeyAuth(row, this.store.permissionOf(row), latest));
				}
			});
			ObjectNode out = Json.object();
			out.set("keys", items);
			out.put("total_count", matching.size());
			out.put("current_page", page);
			out.put("total_pages", (matching.size() + size - 1) / size);
			return ProxyResponse.ok(out);
		}
		catch (HttpError ex) {
			throw ApiError.envelope(ex.status(), ex.detail(), "internal_server_error", "None");
		}
		catch (PythonValueError ex) {
			throw ApiError.envelope(500, "Authentication Error, " + ex.getMessage(), "internal_server_error", "None");
		}
	}

	/** {@code _build_key_filter_conditions} for the proxy admin, who belongs to no team. */
	private static Predicate<TableRow> filter(RecordedRequest request, boolean includeCreatedBy, boolean substrings) {
		String userId = nonEmpty(request, "user_id");
		String keyAlias = nonEmpty(request, "key_alias");
		String organizationId = nonEmpty(request, "organization_id");
		String keyHash = nonEmpty(request, "key_hash");
		String teamId = nonEmpty(request, "team_id");
		String projectId = nonEmpty(request, "project_id");
		String accessGroupId = nonEmpty(request, "access_group_id");
		List<Predicate<TableRow>> or = new ArrayList<>();
		if (userId != null || keyAlias != null || organizationId != null || keyHash != null) {
			or.add(row -> (userId == null || (substrings ? contains(row.string("user_id"), userId)
					: userId.equals(row.string("user_id"))))
					&& (keyAlias == null || (substrings ? contains(row.string("key_alias"), keyAlias)
							: keyAlias.equals(row.string("key_alias"))))
					&& (organizationId == null || organizationId.equals(row.string("organization_id")))
					&& (keyHash == null || keyHash.equals(row.string("token"))));
		}
		if (includeCreatedBy && userId != null) {
			or.add(row -> userId.equals(row.string("created_by")) && row.string("team_id") == null);
		}
		Predicate<TableRow> visible = row -> !UI_SESSION_TEAM.equals(row.string("team_id"));
		Predicate<TableRow> result = or.isEmpty() ? visible : visible.and(or.stream().reduce(Predicate::or).get());
		if (teamId != null) {
			result = result.and(row -> teamId.equals(row.string("team_id")));
		}
		if (projectId != null) {
			result = result.and(row -> projectId.equals(row.string("project_id")));
		}
		if (accessGroupId != null) {
			result = result.and(row -> inAccessGroup(row, accessGroupId));
		}
		return result;
	}

	/**
	 * The filters of newer proxies: {@code status} other than {@code deleted}, {@code expires}, {@code agent_id},
	 * {@code search} (the token, or part of the alias ignoring case) and {@code substring_matching} (which makes
	 * {@code key_alias} and, for the proxy admin, {@code user_id} match a part).
	 */
	private static Predicate<TableRow> newerFilters(RecordedRequest request, @Nullable String status, Instant now) {
		String expires = nonEmpty(request, "expires");
		String agentId = nonEmpty(request, "agent_id");
		String search = nonEmpty(request, "search");
		Predicate<TableRow> result = (row) -> true;
		if (status != null && !status.equals("deleted")) {
			result = result.and((row) -> status.equals(KeyReadHandlers.status(row, false, now)));
		}
		if (expires != null) {
			result = result.and((row) -> {
				Instant at = row.time("expires");
				boolean expired = at != null && at.isBefore(now);
				return expires.equals("expired") == expired;
			});
		}
		if (agentId != null) {
			result = result.and((row) -> agentId.equals(row.string("agent_id")));
		}
		if (search != null) {
			result = result.and((row) -> search.equals(row.string("token")) || contains(row.string("key_alias"), search));
		}
		return result;
	}

	private static boolean contains(@Nullable String value, String part) {
		return value != null && value.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
	}

	private static boolean inAccessGroup(TableRow row, String accessGroupId) {
		JsonNode groups = row.json("access_group_ids");
		if (groups == null) {
			return false;
		}
		for (JsonNode group : groups) {
			if (accessGroupId.equals(group.asString())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The database order: by one column (PostgreSQL puts NULLs last ascending and first descending), or by
	 * {@code created_at desc, token desc} without one.
	 */
	private static Comparator<TableRow> order(@Nullable String sortBy, String direction) {
		if (sortBy == null) {
			Comparator<TableRow> byCreated = Comparator.comparing(row -> row.time("created_at"),
					Comparator.nullsLast(Comparator.<Instant>naturalOrder()));
			Comparator<TableRow> byToken = Comparator.comparing(row -> row.string("token"),
					Comparator.nullsLast(Comparator.<String>naturalOrder()));
			return byCreated.thenComparing(byToken).reversed();
		}
		Comparator<TableRow> ascending = switch (sortBy) {
			case "spend", "max_budget" -> Comparator.comparing(row -> row.number(sortBy),
					Comparator.nullsLast(Comparator.<Double>naturalOrder()));
			case "created_at", "updated_at" -> Comparator.comparing(row -> row.time(sortBy),
					Comparator.nullsLast(Comparator.<Instant>naturalOrder()));
			default -> Comparator.comparing(row -> row.string(sortBy),
					Comparator.nullsLast(Comparator.<String>naturalOrder()));
		};
		return direction.equals("asc") ? ascending : ascending.reversed();
	}

}
