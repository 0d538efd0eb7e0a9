package dev.litellm.spring.test.internal;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.litellm.spring.test.RecordedRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The state and the request handling of the fake: every {@code /key/*} route of the LiteLLM proxy, with its
 * authentication, validation, responses and errors as the real proxy produces them.
 * <p>
 * Thread-safe: each request is handled under one lock; handling is short and in memory.
 */
public final class KeyManagementApi {

	/** {@code LITELLM_PROXY_ADMIN_NAME}: the user id the proxy gives the master key. */
	public static final String PROXY_ADMIN_NAME = "default_user_id";

	/** {@code CommonProxyErrors.not_premium_user}. */
	static final String NOT_PREMIUM = "You must be a LiteLLM Enterprise user to use this feature. If you have a "
			+ "license please set `LITELLM_LICENSE` in your env. Get a 7 day trial key here: "
			+ "https://www.litellm.ai/enterprise#trial. \nPricing: https://www.litellm.ai/#pricing";

	/** {@code UI_SESSION_TOKEN_TEAM_ID}: keys of this team are never listed. */
	private static final String UI_SESSION_TEAM = "litellm-dashboard";

	/** {@code LiteLLM_ManagementEndpoint_MetadataFields_Premium} that exist on key requests. */
	private static final List<String> PREMIUM_METADATA_FIELDS = List.of("tags", "guardrails", "policies", "prompts",
			"allowed_passthrough_routes");

	/** {@code LiteLLM_ManagementEndpoint_MetadataFields}. */
	private static final List<String> METADATA_FIELDS = List.of("model_rpm_limit", "model_tpm_limit",
			"rpm_limit_type", "tpm_limit_type", "enforced_params", "temp_budget_increase", "temp_budget_expiry",
			"allowed_vector_store_indexes");

	private static final List<String> SORT_COLUMNS = List.of("spend", "max_budget", "created_at", "updated_at",
			"token", "key_alias");

	private static final Pattern REGENERATE_PATH = Pattern.compile("^/key/(.+)/regenerate$");

	private static final Pattern VIRTUAL_KEY = Pattern.compile("^sk-[A-Za-z0-9_-]+$");

	private static final Pattern KEY_HASH = Pattern.compile("^[a-fA-F0-9]{64}$");

	private enum Route {
		GENERATE("POST", true), UPDATE("POST", true), DELETE("POST", true), INFO("GET", false),
		LIST("GET", false), BLOCK("POST", true), UNBLOCK("POST", true), HEALTH("POST", false),
		REGENERATE("POST", true), REGENERATE_PATH("POST", true);

		final String method;

		final boolean hasBody;

		Route(String method, boolean hasBody) {
			this.method = method;
			this.hasBody = hasBody;
		}
	}

	private static final Map<String, Route> ROUTES = Map.of("/key/generate", Route.GENERATE, "/key/update",
			Route.UPDATE, "/key/delete", Route.DELETE, "/key/info", Route.INFO, "/key/list", Route.LIST,
			"/key/block", Route.BLOCK, "/key/unblock", Route.UNBLOCK, "/key/health", Route.HEALTH,
			"/key/regenerate", Route.REGENERATE);

	/** The caller the auth dependency resolved: the master key, or a virtual key and its row. */
	private record Caller(boolean admin, String apiKeyHash, @Nullable String userId, @Nullable Row row) {
	}

	/** An old key kept valid after a regeneration with a grace period. */
	private record Deprecated(String activeToken, Instant revokeAt) {
	}

	private final Object lock = new Object();

	private final SecureRandom random = new SecureRandom();

	private final String initialMasterKey;

	private final Clock initialClock;

	private final boolean initialLicensed;

	private volatile String masterKey;

	private volatile Clock clock;

	private volatile boolean licensed;

	private final Map<String, Row> keys = new LinkedHashMap<>();

	private final List<Row> deletedKeys = new ArrayList<>();

	private final Map<String, Deprecated> deprecatedKeys = new HashMap<>();

	private final Map<String, Row> budgets = new HashMap<>();

	private final Map<String, ObjectNode> objectPermissions = new HashMap<>();

	/**
	 * Creates the state of a fake proxy.
	 *
	 * @param masterKey the master key
	 * @param clock the clock for expiry, grace periods and timestamps
	 * @param licensed whether Enterprise features (virtual-key regeneration, premium fields) are enabled
	 */
	public KeyManagementApi(String masterKey, Clock clock, boolean licensed) {
		this.initialMasterKey = masterKey;
		this.initialClock = clock;
		this.initialLicensed = licensed;
		this.masterKey = masterKey;
		this.clock = clock;
		this.licensed = licensed;
	}

	/** The current master key (a master-key regeneration changes it). */
	public String masterKey() {
		return this.masterKey;
	}

	/** The clock in use. */
	public Clock clock() {
		return this.clock;
	}

	/** Replaces the clock. */
	public void setClock(Clock clock) {
		this.clock = clock;
	}

	/** Whether Enterprise features are enabled. */
	public boolean isEnterpriseLicensed() {
		return this.licensed;
	}

	/** Enables or disables Enterprise features. */
	public void setEnterpriseLicensed(boolean licensed) {
		this.licensed = licensed;
	}

	/** Forgets every key, deleted key, budget and permission, and restores the configured settings. */
	public void reset() {
		synchronized (this.lock) {
			this.keys.clear();
			this.deletedKeys.clear();
			this.deprecatedKeys.clear();
			this.budgets.clear();
			this.objectPermissions.clear();
			this.masterKey = this.initialMasterKey;
			this.clock = this.initialClock;
			this.licensed = this.initialLicensed;
		}
	}

	/** How many keys exist (not counting deleted ones). */
	public int keyCount() {
		synchronized (this.lock) {
			return this.keys.size();
		}
	}

	/** Whether a key exists, by raw key or hash. */
	public boolean hasKey(String keyOrHash) {
		synchronized (this.lock) {
			return this.keys.containsKey(Py.hashIfNeeded(keyOrHash));
		}
	}

	/** Sets the spend of a key, as the proxy does when the key is used. */
	public void setSpend(String keyOrHash, double spend) {
		synchronized (this.lock) {
			Row row = this.keys.get(Py.hashIfNeeded(keyOrHash));
			if (row == null) {
				throw new IllegalArgumentException("No such key");
			}
			row.set("spend", Json.nodes().numberNode(spend));
		}
	}

	Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/** Database timestamps are kept to the millisecond. */
	private static Instant stored(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MILLIS);
	}

	/**
	 * Handles one request.
	 *
	 * @param request the request
	 * @return the answer
	 */
	public ProxyResponse handle(RecordedRequest request) {
		try {
			Route route = route(request);
			Object body = route.hasBody ? parseBody(request) : null;
			synchronized (this.lock) {
				Instant now = now();
				Caller caller = authenticate(request, now);
				if (!caller.admin() && route != Route.INFO && route != Route.HEALTH && route != Route.LIST) {
					throw ApiError.envelope(401, "Authentication Error, Only proxy admin can be used to generate, "
							+ "delete, update info for new keys/users/teams. Route=" + request.path()
							+ ". Your role=unknown. Your user_id=unknown", "auth_error", "None");
				}
				return switch (route) {
					case GENERATE -> generate(caller, body, now);
					case UPDATE -> update(body, now);
					case DELETE -> delete(caller, request, body, now);
					case INFO -> info(caller, request);
					case LIST -> list(caller, request);
					case BLOCK -> block(body, true, now);
					case UNBLOCK -> block(body, false, now);
					case HEALTH -> health(caller);
					case REGENERATE -> regenerate(caller, request, request.queryParam("key"), body, now);
					case REGENERATE_PATH -> {
						Matcher matcher = REGENERATE_PATH.matcher(request.path());
						matcher.matches();
						yield regenerate(caller, request, matcher.group(1), body, now);
					}
				};
			}
		}
		catch (ApiError error) {
			return error.response();
		}
		catch (RuntimeException ex) {
			// What Starlette answers for an exception nothing handled.
			return ApiError.plainServerError().response();
		}
	}

	private static Route route(RecordedRequest request) {
		Route route = ROUTES.get(request.path());
		if (route == null && REGENERATE_PATH.matcher(request.path()).matches()) {
			route = Route.REGENERATE_PATH;
		}
		if (route == null) {
			throw ApiError.detail(404, "Not Found");
		}
		if (!route.method.equalsIgnoreCase(request.method())) {
			throw ApiError.detail(405, "Method Not Allowed");
		}
		return route;
	}

	/**
	 * FastAPI's body reading: JSON when the content type says so or is missing (a decode error is a 422 before
	 * anything else), the raw text otherwise, {@code null} when there is no body.
	 */
	private static @Nullable Object parseBody(RecordedRequest request) {
		String text = request.body();
		if (text.isEmpty()) {
			return null;
		}
		String contentType = request.header("content-type");
		if (contentType != null && !isJson(contentType)) {
			return text;
		}
		try {
			JsonNode node = Json.read(text);
			return node.isNull() ? null : node;
		}
		catch (JacksonException ex) {
			int position = ex.getLocation() == null ? 0 : (int) Math.max(0, ex.getLocation().getCharOffset());
			ObjectNode ctx = Json.object();
			ctx.put("error", "Expecting value");
			ArrayNode errors = Json.array();
			errors.add(RequestModels.error("json_invalid", List.of("body", position), "JSON decode error",
					Json.object(), ctx));
			throw ApiError.validation(errors);
		}
	}

	private static boolean isJson(String contentType) {
		String media = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
		int slash = media.indexOf('/');
		if (slash < 0 || !media.substring(0, slash).equals("application")) {
			return false;
		}
		String subtype = media.substring(slash + 1);
		return subtype.equals("json") || subtype.endsWith("+json");
	}

	// ---------------------------------------------------------------- authentication

	private Caller authenticate(RecordedRequest request, Instant now) {
		String key = presentedKey(request);
		if (key == null) {
			throw ApiError.envelope(401, "Authentication Error, No api key passed in.", "auth_error", "None");
		}
		if (key.isEmpty()) {
			throw ApiError.envelope(401,
					"Authentication Error, Malformed API Key passed in. Ensure Key has `Bearer ` prefix.",
					"auth_error", "None");
		}
		if (MessageDigest.isEqual(key.getBytes(java.nio.charset.StandardCharsets.UTF_8),
				this.masterKey.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
			return new Caller(true, Py.sha256(key), PROXY_ADMIN_NAME, null);
		}
		if (!key.startsWith("sk-")) {
			throw ApiError.envelope(401, "Authentication Error, LiteLLM Virtual Key expected. Received="
					+ Py.mask(key) + ", expected to start with 'sk-'.", "auth_error", "None");
		}
		String hash = Py.sha256(key);
		Row row = this.keys.get(hash);
		if (row == null) {
			Deprecated deprecated = this.deprecatedKeys.get(hash);
			if (deprecated != null && deprecated.revokeAt().isAfter(now)) {
				row = this.keys.get(deprecated.activeToken());
			}
		}
		if (row == null) {
			throw ApiError.envelope(401, "Authentication Error, Invalid proxy server token passed. Received API Key = "
					+ Py.abbreviate(key) + ", Key Hash (Token) =" + hash
					+ ". Unable to find token in cache or `LiteLLM_VerificationTokenTable`", "token_not_found_in_db",
					"key");
		}
		JsonNode blocked = row.json("blocked");
		if (blocked != null && blocked.isBoolean() && blocked.booleanValue()) {
			throw ApiError.envelope(401,
					"Authentication Error, Key is blocked. Update via `/key/unblock` if you're admin.", "auth_error",
					"None");
		}
		Instant expires = row.time("expires");
		if (expires != null && expires.isBefore(now)) {
			throw ApiError.envelope(401, "Authentication Error - Expired Key. Key Expiry time " + Py.str(expires)
					+ " and current time " + Py.str(now), "expired_key", Py.abbreviate(key));
		}
		return new Caller(false, row.string("token"), row.string("user_id"), row);
	}

	/** {@code get_api_key}: the key from the headers, {@code ""} for a malformed one, {@code null} for none. */
	private static @Nullable String presentedKey(RecordedRequest request) {
		String custom = request.header("x-litellm-api-key");
		if (custom != null) {
			if (custom.startsWith("Bearer ")) {
				return custom.replace("Bearer ", "");
			}
			return custom.startsWith("Basic ") ? custom.replace("Basic ", "") : custom;
		}
		String authorization = request.header("authorization");
		if (authorization != null) {
			if (authorization.startsWith("Bearer ")) {
				return authorization.replace("Bearer ", "");
			}
			if (authorization.startsWith("Basic ")) {
				return authorization.replace("Basic ", "");
			}
			return authorization.startsWith("bearer ") ? authorization.replace("bearer ", "") : "";
		}
		for (String name : List.of("api-key", "x-api-key", "x-goog-api-key", "ocp-apim-subscription-key")) {
			String value = request.header(name);
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	// ---------------------------------------------------------------- error mapping per handler

	/** {@code handle_exception_on_proxy}: generate, delete, info, regenerate. */
	private static ApiError onProxy(RuntimeException ex) {
		if (ex instanceof HttpError http) {
			return ApiError.envelope(http.status(), http.detail(), "internal_server_error", "None");
		}
		if (ex instanceof PyValueError value) {
			return ApiError.envelope(500, value.getMessage(), "internal_server_error", "None");
		}
		throw ex;
	}

	// ---------------------------------------------------------------- /key/generate

	private ProxyResponse generate(Caller caller, @Nullable Object body, Instant now) {
		ObjectNode data = RequestModels.validate(body, RequestModels.GENERATE, Set.of());
		try {
			rejectNegative(data, "max_budget");
			rejectNegative(data, "soft_budget");
			String budgetId = text(data, "budget_id");
			Double softBudget = number(data, "soft_budget");
			if (softBudget != null) {
				budgetId = createBudget(softBudget, caller, now);
			}
			ObjectNode metadata = data.get("metadata") instanceof ObjectNode given ? given.deepCopy() : Json.object();
			for (String field : PREMIUM_METADATA_FIELDS) {
				JsonNode value = present(data, field);
				if (value != null) {
					requirePremium(field, value);
					metadata.set(field, value);
				}
			}
			for (String field : METADATA_FIELDS) {
				JsonNode value = present(data, field);
				if (value != null) {
					metadata.set(field, value);
				}
			}
			JsonNode allowedRoutes = orDefault(data, "allowed_routes", Json.array());
			String keyType = text(data, "key_type");
			if ("llm_api".equals(keyType) || "management".equals(keyType) || "read_only".equals(keyType)) {
				String routes = switch (keyType) {
					case "llm_api" -> "llm_api_routes";
					case "management" -> "management_routes";
					default -> "info_routes";
				};
				allowedRoutes = Json.array().add(routes);
			}
			String objectPermissionId = null;
			if (present(data, "object_permission") != null) {
				objectPermissionId = savePermission(null, (ObjectNode) data.get("object_permission"));
			}
			String alias = text(data, "key_alias");
			if (alias != null) {
				rejectDuplicateAlias(alias, null);
			}
			String customKey = text(data, "key");
			if (customKey != null && !customKey.startsWith("sk-")) {
				throw HttpError.ofErrorDict(400, "Invalid key format. LiteLLM Virtual Key must start with 'sk-'. "
						+ "Received: " + Py.mask(customKey));
			}
			String duration = text(data, "duration");
			if (duration != null && Durations.seconds(duration, now) == null) {
				throw new PyValueError("unsupported type for timedelta seconds component: NoneType");
			}
			Instant expires = Durations.expiry(duration, now);
			String budgetDuration = text(data, "budget_duration");
			Instant budgetResetAt = Durations.budgetResetAt(budgetDuration, now);
			validateModelMaxBudget(present(data, "model_max_budget"));
			JsonNode routerSettings = present(data, "router_settings") instanceof ObjectNode given
					? withoutNulls(given) : Json.object();

			String key = customKey != null ? customKey : newKey();
			String hash = Py.sha256(key);
			Row row = this.keys.get(hash);
			if (row == null) {
				row = Shapes.newKeyRow();
				row.set("token", Json.nodes().stringNode(hash));
				row.set("key_name", Json.nodes().stringNode(Py.abbreviate(key)));
				row.set("key_alias", present(data, "key_alias"));
				row.set("spend", Json.nodes().numberNode(number(data, "spend") == null ? 0.0 : number(data, "spend")));
				row.set("expires", expires == null ? null : stored(expires));
				row.set("models", orDefault(data, "models", Json.array()));
				row.set("aliases", orDefault(data, "aliases", Json.object()));
				row.set("config", orDefault(data, "config", Json.object()));
				row.set("router_settings", routerSettings);
				for (String column : List.of("user_id", "team_id", "agent_id", "project_id", "max_parallel_requests",
						"tpm_limit", "rpm_limit", "max_budget", "organization_id", "blocked")) {
					row.set(column, present(data, column));
				}
				row.set("permissions", orDefault(data, "permissions", Json.object()));
				row.set("metadata", metadata);
				row.set("budget_duration", present(data, "budget_duration"));
				row.set("budget_reset_at", budgetResetAt == null ? null : stored(budgetResetAt));
				row.set("allowed_cache_controls", orDefault(data, "allowed_cache_controls", Json.array()));
				row.set("allowed_routes", allowedRoutes);
				row.set("access_group_ids", orDefault(data, "access_group_ids", Json.array()));
				row.set("model_max_budget", orDefault(data, "model_max_budget", Json.object()));
				row.set("budget_id", budgetId == null ? null : Json.nodes().stringNode(budgetId));
				row.set("object_permission_id",
						objectPermissionId == null ? null : Json.nodes().stringNode(objectPermissionId));
				row.set("created_at", stored(now));
				row.set("updated_at", stored(now));
				if (caller.userId() != null) {
					row.set("created_by", Json.nodes().stringNode(caller.userId()));
					row.set("updated_by", Json.nodes().stringNode(caller.userId()));
				}
				applyRotation(row, data, now);
				this.keys.put(hash, row);
			}
			Row created = row;
			Map<String, Object> response = new HashMap<>();
			response.put("key_alias", present(data, "key_alias"));
			response.put("models", orDefault(data, "models", Json.array()));
			response.put("spend", Json.nodes().numberNode(number(data, "spend") == null ? 0.0 : number(data, "spend")));
			for (String field : List.of("max_budget", "user_id", "team_id", "agent_id", "max_parallel_requests",
					"tpm_limit", "rpm_limit", "budget_duration", "blocked", "organization_id", "project_id")) {
				response.put(field, present(data, field));
			}
			response.put("metadata", metadata);
			response.put("allowed_cache_controls", orDefault(data, "allowed_cache_controls", Json.array()));
			response.put("config", orDefault(data, "config", Json.object()));
			response.put("permissions", orDefault(data, "permissions", Json.object()));
			response.put("model_max_budget", orDefault(data, "model_max_budget", Json.object()));
			response.put("aliases", orDefault(data, "aliases", Json.object()));
			response.put("key", Json.nodes().stringNode(key));
			response.put("budget_id", budgetId == null ? null : Json.nodes().stringNode(budgetId));
			response.put("allowed_routes", allowedRoutes);
			response.put("router_settings", Shapes.routerConfig(routerSettings));
			response.put("access_group_ids", orDefault(data, "access_group_ids", Json.array()));
			response.put("key_name", Json.nodes().stringNode(Py.abbreviate(key)));
			response.put("expires", expires);
			response.put("token_id", Json.nodes().stringNode(hash));
			response.put("token", Json.nodes().stringNode(hash));
			if (caller.userId() != null) {
				response.put("created_by", Json.nodes().stringNode(caller.userId()));
				response.put("updated_by", Json.nodes().stringNode(caller.userId()));
			}
			response.put("created_at", created.time("created_at"));
			response.put("updated_at", created.time("updated_at"));
			return ok(Shapes.generateKeyResponse(response::get));
		}
		catch (HttpError | PyValueError ex) {
			throw onProxy(ex);
		}
	}

	private String newKey() {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		return "sk-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private String createBudget(double softBudget, Caller caller, Instant now) {
		Row budget = new Row();
		String id = UUID.randomUUID().toString();
		budget.set("budget_id", Json.nodes().stringNode(id));
		budget.set("soft_budget", Json.nodes().numberNode(softBudget));
		budget.set("model_max_budget", Json.object());
		budget.set("allowed_models", Json.array());
		budget.set("created_at", stored(now));
		budget.set("updated_at", stored(now));
		String by = caller.userId() != null ? caller.userId() : PROXY_ADMIN_NAME;
		budget.set("created_by", Json.nodes().stringNode(by));
		budget.set("updated_by", Json.nodes().stringNode(by));
		this.budgets.put(id, budget);
		return id;
	}

	private String savePermission(@Nullable String existingId, ObjectNode permission) {
		String id = existingId != null ? existingId : UUID.randomUUID().toString();
		ObjectNode stored = Json.object();
		stored.put("object_permission_id", id);
		for (String field : RequestModels.OBJECT_PERMISSION_FIELDS) {
			JsonNode value = permission.get(field);
			if (value != null && !value.isNull()) {
				stored.set(field, value);
			}
			else {
				stored.set(field, field.equals("mcp_tool_permissions") ? Json.nodes().nullNode() : Json.array());
			}
		}
		this.objectPermissions.put(id, stored);
		return id;
	}

	private @Nullable JsonNode permissionOf(Row row) {
		String id = row.string("object_permission_id");
		return id == null ? null : this.objectPermissions.get(id);
	}

	private void requirePremium(String field, JsonNode value) {
		if (!this.licensed && Json.truthy(value)) {
			throw HttpError.ofErrorDict(403, "This feature is only available for LiteLLM Enterprise users: " + field
					+ ". " + NOT_PREMIUM);
		}
	}

	private void validateModelMaxBudget(@Nullable JsonNode modelMaxBudget) {
		if (modelMaxBudget != null && !modelMaxBudget.isEmpty() && !this.licensed) {
			throw new PyValueError("Invalid model_max_budget: You must have an enterprise license to set "
					+ "model_max_budget. " + NOT_PREMIUM
					+ ". Example of valid model_max_budget: https://docs.litellm.ai/docs/proxy/users");
		}
	}

	private void rejectDuplicateAlias(String alias, @Nullable String exceptToken) {
		for (Row row : this.keys.values()) {
			if (alias.equals(row.string("key_alias")) && !row.string("token").equals(exceptToken)) {
				throw ApiError.envelope(400, "Key with alias '" + alias
						+ "' already exists. Unique key aliases across all keys are required.", "bad_request_error",
						"key_alias");
			}
		}
	}

	private static void rejectNegative(ObjectNode data, String field) {
		Double value = number(data, field);
		if (value != null && value < 0) {
			throw HttpError.ofErrorDict(400, field + " cannot be negative. Received: " + Py.floatStr(value));
		}
	}

	private static void applyRotation(Row row, ObjectNode data, Instant now) {
		JsonNode autoRotate = data.get("auto_rotate");
		String interval = text(data, "rotation_interval");
		if (autoRotate != null && Json.truthy(autoRotate) && interval != null && !interval.isEmpty()) {
			Long seconds = Durations.seconds(interval, now);
			row.set("auto_rotate", Json.nodes().booleanNode(true));
			row.set("rotation_interval", Json.nodes().stringNode(interval));
			row.set("key_rotation_at", seconds == null ? null : stored(now.plusSeconds(seconds)));
		}
	}

	// ---------------------------------------------------------------- /key/update

	private ProxyResponse update(@Nullable Object body, Instant now) {
		ObjectNode data = RequestModels.validate(body, RequestModels.UPDATE, Set.of("key"));
		if ((present(data, "temp_budget_increase") == null) != (present(data, "temp_budget_expiry") == null)) {
			throw RequestModels.valueError((JsonNode) body,
					"temp_budget_increase and temp_budget_expiry must be set together");
		}
		try {
			rejectNegative(data, "max_budget");
			String key = data.get("key").stringValue();
			Row existing = this.keys.get(Py.hashIfNeeded(key));
			if (existing == null) {
				throw new HttpError(401,
						"Authentication Error: invalid user key - user key does not exist in db. User Key=" + key);
			}
			Map<String, Object> changes = prepareUpdate(data, existing, now);
			if (changes.get("key_alias") instanceof JsonNode alias && alias.isString()) {
				rejectDuplicateAlias(alias.stringValue(), existing.string("token"));
			}
			apply(existing, changes);
			applyRotation(existing, data, now);
			existing.set("updated_at", stored(now));
			ObjectNode out = Json.object();
			out.put("key", key);
			out.setAll(Shapes.rawRow(existing, Shapes.DateStyle.ISO));
			return ok(out);
		}
		catch (HttpError ex) {
			throw ApiError.envelope(ex.status(), ex.detail(), "auth_error", "None");
		}
		catch (PyValueError ex) {
			throw ApiError.envelope(400, "Authentication Error, " + ex.getMessage(), "auth_error", "None");
		}
	}

	/**
	 * {@code prepare_key_update_data}: the column changes of an update or regenerate body. Fields that were sent
	 * change (JSON null clears), fields that were not stay; {@code metadata} is replaced, and the fields LiteLLM keeps
	 * in metadata are written into it.
	 */
	private Map<String, Object> prepareUpdate(ObjectNode data, Row existing, Instant now) {
		for (String field : PREMIUM_METADATA_FIELDS) {
			JsonNode value = present(data, field);
			if (value != null) {
				requirePremium(field, value);
			}
		}
		Map<String, Object> changes = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> field : data.properties()) {
			String name = field.getKey();
			if (name.equals("key") || name.equals("new_key") || name.equals("grace_period")
					|| METADATA_FIELDS.contains(name) || PREMIUM_METADATA_FIELDS.contains(name)) {
				continue;
			}
			changes.put(name, field.getValue());
		}
		if (changes.containsKey("duration")) {
			JsonNode duration = (JsonNode) changes.remove("duration");
			if (duration.isNull() || "-1".equals(duration.stringValue())) {
				changes.put("expires", null);
			}
			else if (!duration.stringValue().isEmpty()) {
				Instant expires = Durations.expiry(duration.stringValue(), now);
				if (expires == null) {
					throw new PyValueError("unsupported type for timedelta seconds component: NoneType");
				}
				changes.put("expires", stored(expires));
			}
		}
		if (changes.containsKey("budget_duration")) {
			JsonNode budgetDuration = (JsonNode) changes.remove("budget_duration");
			if (Json.truthy(budgetDuration)) {
				Instant resetAt = Durations.budgetResetAt(budgetDuration.stringValue(), now);
				changes.put("budget_reset_at", resetAt == null ? null : stored(resetAt));
				changes.put("budget_duration", budgetDuration);
			}
		}
		if (changes.containsKey("object_permission")) {
			JsonNode permission = (JsonNode) changes.remove("object_permission");
			if (permission instanceof ObjectNode given) {
				changes.put("object_permission_id", Json.nodes().stringNode(
						savePermission(existing.string("object_permission_id"), given)));
			}
		}
		if (changes.get("model_max_budget") instanceof JsonNode modelMaxBudget) {
			validateModelMaxBudget(modelMaxBudget);
		}
		if (changes.get("router_settings") instanceof ObjectNode routerSettings) {
			changes.put("router_settings", routerSettings);
		}
		JsonNode metadata;
		if (changes.containsKey("metadata")) {
			metadata = (JsonNode) changes.get("metadata");
		}
		else {
			JsonNode current = existing.json("metadata");
			metadata = current == null ? Json.object() : current.deepCopy();
		}
		if (metadata instanceof ObjectNode target) {
			for (String field : METADATA_FIELDS) {
				JsonNode value = present(data, field);
				if (value != null) {
					target.set(field, value);
				}
			}
			for (String field : PREMIUM_METADATA_FIELDS) {
				JsonNode value = present(data, field);
				if (value != null) {
					target.set(field, value);
				}
			}
		}
		changes.put("metadata", metadata);
		return changes;
	}

	/** Writes changes to the row's columns; unknown names are not columns and are ignored. */
	private static void apply(Row row, Map<String, Object> changes) {
		changes.forEach((column, value) -> {
			if (!Shapes.KEY_COLUMNS.contains(column) || column.equals("token")) {
				return;
			}
			boolean isNull = value == null || (value instanceof JsonNode node && node.isNull());
			if (isNull && Shapes.NON_NULL_DEFAULTS.containsKey(column)) {
				row.set(column, Shapes.NON_NULL_DEFAULTS.get(column).deepCopy());
			}
			else {
				row.set(column, value);
			}
		});
	}

	// ---------------------------------------------------------------- /key/delete

	private ProxyResponse delete(Caller caller, RecordedRequest request, @Nullable Object body, Instant now) {
		ObjectNode data = RequestModels.validate(body, RequestModels.KEY_REQUEST, Set.of());
		JsonNode keysSent = present(data, "keys");
		JsonNode aliasesSent = present(data, "key_aliases");
		if (!Json.truthy(keysSent) && !Json.truthy(aliasesSent)) {
			throw RequestModels.valueError((JsonNode) body,
					"At least one of 'keys' or 'key_aliases' must be provided.");
		}
		try {
			List<Row> found = new ArrayList<>();
			JsonNode echoed;
			if (Json.truthy(keysSent)) {
				Set<String> hashes = new java.util.HashSet<>();
				keysSent.forEach(key -> hashes.add(Py.hashIfNeeded(key.stringValue())));
				this.keys.values().stream().filter(row -> hashes.contains(row.string("token"))).forEach(found::add);
				echoed = keysSent;
			}
			else {
				Set<String> aliases = new java.util.HashSet<>();
				aliasesSent.forEach(alias -> aliases.add(alias.stringValue()));
				this.keys.values().stream().filter(row -> aliases.contains(row.string("key_alias")))
					.forEach(found::add);
				echoed = aliasesSent;
			}
			if (found.isEmpty()) {
				throw HttpError.ofErrorDict(404, "No keys found");
			}
			for (Row row : found) {
				archive(row, caller, request.changedBy(), now);
				this.keys.remove(row.string("token"));
			}
			ObjectNode out = Json.object();
			out.set("deleted_keys", echoed);
			return ok(out);
		}
		catch (HttpError | PyValueError ex) {
			throw onProxy(ex);
		}
	}

	/** {@code _persist_deleted_verification_tokens}: the row as {@code LiteLLM_DeletedVerificationToken} keeps it. */
	private void archive(Row row, Caller caller, @Nullable String changedBy, Instant now) {
		Row deleted = row.copy();
		deleted.set("id", Json.nodes().stringNode(UUID.randomUUID().toString()));
		// The model that carries the row drops these columns before it is saved.
		deleted.set("organization_id", null);
		deleted.set("budget_id", null);
		deleted.set("budget_limits", null);
		deleted.set("policies", Json.array());
		deleted.set("deleted_at", stored(now));
		deleted.set("deleted_by", caller.userId() == null ? null : Json.nodes().stringNode(caller.userId()));
		deleted.set("deleted_by_api_key", Json.nodes().stringNode(caller.apiKeyHash()));
		deleted.set("litellm_changed_by", changedBy == null ? null : Json.nodes().stringNode(changedBy));
		this.deletedKeys.add(deleted);
	}

	// ---------------------------------------------------------------- /key/info

	private ProxyResponse info(Caller caller, RecordedRequest request) {
		try {
			String key = request.queryParam("key");
			if (key == null || key.isEmpty()) {
				key = caller.apiKeyHash();
			}
			Row row = this.keys.get(Py.hashIfNeeded(key));
			if (row == null) {
				throw ApiError.envelope(404, "Key not found in database", "not_found_error", "key");
			}
			if (!caller.admin() && !row.string("token").equals(caller.apiKeyHash())
					&& !java.util.Objects.equals(row.string("user_id"), caller.userId())) {
				throw new HttpError(403, "You are not allowed to access this key's info. Your role=None");
			}
			ObjectNode info = Shapes.rawRow(row, Shapes.DateStyle.ISO);
			info.remove("token");
			String budgetId = row.string("budget_id");
			if (budgetId != null && this.budgets.containsKey(budgetId)) {
				info.set("litellm_budget_table", Shapes.budget(this.budgets.get(budgetId)));
			}
			JsonNode permission = permissionOf(row);
			if (permission != null) {
				info.set("object_permission", permission);
			}
			ObjectNode out = Json.object();
			out.put("key", key);
			out.set("info", info);
			return ok(out);
		}
		catch (HttpError | PyValueError ex) {
			throw onProxy(ex);
		}
	}

	// ---------------------------------------------------------------- /key/list

	private ProxyResponse list(Caller caller, RecordedRequest request) {
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
			String status = request.queryParam("status");
			if (status != null && !status.equals("deleted")) {
				throw HttpError.ofErrorDict(400, "Invalid status value. Currently only 'deleted' is supported.");
			}
			if (!caller.admin()) {
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
			List<Row> matching = (deleted ? this.deletedKeys : new ArrayList<>(this.keys.values())).stream()
				.filter(filter(request, includeCreatedBy))
				.sorted(order(null, "desc"))
				.sorted(order(sortBy, sortOrder.toLowerCase(Locale.ROOT)))
				.toList();
			ArrayNode items = Json.array();
			matching.stream().skip((long) (page - 1) * size).limit(size).forEach(row -> {
				if (!fullObjects) {
					items.add(row.string("token"));
				}
				else {
					items.add(deleted ? Shapes.deletedToken(row) : Shapes.userApiKeyAuth(row, permissionOf(row)));
				}
			});
			ObjectNode out = Json.object();
			out.set("keys", items);
			out.put("total_count", matching.size());
			out.put("current_page", page);
			out.put("total_pages", (matching.size() + size - 1) / size);
			return ok(out);
		}
		catch (HttpError ex) {
			throw ApiError.envelope(ex.status(), ex.detail(), "internal_server_error", "None");
		}
		catch (PyValueError ex) {
			throw ApiError.envelope(500, "Authentication Error, " + ex.getMessage(), "internal_server_error", "None");
		}
	}

	/** {@code _build_key_filter_conditions} for the proxy admin, who belongs to no team. */
	private static Predicate<Row> filter(RecordedRequest request, boolean includeCreatedBy) {
		String userId = nonEmpty(request.queryParam("user_id"));
		String keyAlias = nonEmpty(request.queryParam("key_alias"));
		String organizationId = nonEmpty(request.queryParam("organization_id"));
		String keyHash = nonEmpty(request.queryParam("key_hash"));
		String teamId = nonEmpty(request.queryParam("team_id"));
		String projectId = nonEmpty(request.queryParam("project_id"));
		String accessGroupId = nonEmpty(request.queryParam("access_group_id"));
		List<Predicate<Row>> or = new ArrayList<>();
		if (userId != null || keyAlias != null || organizationId != null || keyHash != null) {
			or.add(row -> (userId == null || userId.equals(row.string("user_id")))
					&& (keyAlias == null || keyAlias.equals(row.string("key_alias")))
					&& (organizationId == null || organizationId.equals(row.string("organization_id")))
					&& (keyHash == null || keyHash.equals(row.string("token"))));
		}
		if (includeCreatedBy && userId != null) {
			or.add(row -> userId.equals(row.string("created_by")) && row.string("team_id") == null);
		}
		Predicate<Row> visible = row -> !UI_SESSION_TEAM.equals(row.string("team_id"));
		Predicate<Row> result = or.isEmpty() ? visible : visible.and(or.stream().reduce(Predicate::or).get());
		if (teamId != null) {
			result = result.and(row -> teamId.equals(row.string("team_id")));
		}
		if (projectId != null) {
			result = result.and(row -> projectId.equals(row.string("project_id")));
		}
		if (accessGroupId != null) {
			result = result.and(row -> {
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
			});
		}
		return result;
	}

	/**
	 * The database order: by one column (PostgreSQL puts NULLs last ascending and first descending), or by
	 * {@code created_at desc, token desc} without one.
	 */
	private static Comparator<Row> order(@Nullable String sortBy, String direction) {
		if (sortBy == null) {
			Comparator<Row> byCreated = Comparator.comparing(row -> row.time("created_at"),
					Comparator.nullsLast(Comparator.<Instant>naturalOrder()));
			Comparator<Row> byToken = Comparator.comparing(row -> row.string("token"),
					Comparator.nullsLast(Comparator.<String>naturalOrder()));
			return byCreated.thenComparing(byToken).reversed();
		}
		Comparator<Row> ascending = switch (sortBy) {
			case "spend", "max_budget" -> Comparator.comparing(row -> row.number(sortBy),
					Comparator.nullsLast(Comparator.<Double>naturalOrder()));
			case "created_at", "updated_at" -> Comparator.comparing(row -> row.time(sortBy),
					Comparator.nullsLast(Comparator.<Instant>naturalOrder()));
			default -> Comparator.comparing(row -> row.string(sortBy),
					Comparator.nullsLast(Comparator.<String>naturalOrder()));
		};
		return direction.equals("asc") ? ascending : ascending.reversed();
	}

	private static int intParam(RecordedRequest request, String name, int defaultValue, int min,
			@Nullable Integer max, ArrayNode errors) {
		String text = request.queryParam(name);
		if (text == null) {
			return defaultValue;
		}
		List<Object> loc = List.of("query", name);
		JsonNode input = Json.nodes().stringNode(text);
		long value;
		try {
			value = Long.parseLong(text.strip());
		}
		catch (NumberFormatException ex) {
			errors.add(RequestModels.error("int_parsing", loc,
					"Input should be a valid integer, unable to parse string as an integer", input, null));
			return defaultValue;
		}
		if (value < min) {
			ObjectNode ctx = Json.object();
			ctx.put("ge", min);
			errors.add(RequestModels.error("greater_than_equal", loc, "Input should be greater than or equal to " + min,
					input, ctx));
			return defaultValue;
		}
		if (max != null && value > max) {
			ObjectNode ctx = Json.object();
			ctx.put("le", max);
			errors.add(RequestModels.error("less_than_equal", loc, "Input should be less than or equal to " + max,
					input, ctx));
			return defaultValue;
		}
		return (int) value;
	}

	private static boolean boolParam(RecordedRequest request, String name, ArrayNode errors) {
		String text = request.queryParam(name);
		if (text == null) {
			return false;
		}
		Boolean value = RequestModels.parseBool(text);
		if (value == null) {
			errors.add(RequestModels.error("bool_parsing", List.of("query", name),
					"Input should be a valid boolean, unable to interpret input", Json.nodes().stringNode(text),
					null));
			return false;
		}
		return value;
	}

	// ---------------------------------------------------------------- /key/block, /key/unblock

	private ProxyResponse block(@Nullable Object body, boolean blocked, Instant now) {
		ObjectNode data = RequestModels.validate(body, RequestModels.BLOCK, Set.of("key"));
		String key = data.get("key").stringValue();
		if (key.length() < 3 || key.length() > 100
				|| !(VIRTUAL_KEY.matcher(key).matches() || KEY_HASH.matcher(key).matches())) {
			throw ApiError.envelope(400, "Invalid key format.", "bad_request_error", "key");
		}
		Row row = this.keys.get(Py.hashIfNeeded(key));
		if (row == null) {
			throw ApiError.plainServerError();
		}
		row.set("blocked", Json.nodes().booleanNode(blocked));
		row.set("updated_at", stored(now));
		return ok(blocked ? Shapes.verificationToken(row, false, null)
				: Shapes.rawRow(row, Shapes.DateStyle.PYDANTIC));
	}

	// ---------------------------------------------------------------- /key/health

	private ProxyResponse health(Caller caller) {
		JsonNode metadata = caller.row() == null ? null : caller.row().json("metadata");
		ObjectNode out = Json.object();
		out.put("key", "healthy");
		JsonNode logging = metadata == null ? null : metadata.get("logging");
		if (logging == null) {
			out.putNull("logging_callbacks");
			return ok(out);
		}
		List<String> callbacks = new ArrayList<>();
		for (JsonNode callback : logging) {
			JsonNode name = callback.get("callback_name");
			if (name == null || name.isNull()) {
				throw ApiError.envelope(500, "Key health check failed: callback_name is required in key_logging",
						"internal_server_error", "None");
			}
			callbacks.add(name.asString());
		}
		ObjectNode status = out.putObject("logging_callbacks");
		ArrayNode names = status.putArray("callbacks");
		callbacks.forEach(names::add);
		status.put("status", "healthy");
		status.put("details", "No logger exceptions triggered, system is healthy. Manually check if logs were sent to "
				+ Py.listRepr(callbacks) + " ");
		return ok(out);
	}

	// ---------------------------------------------------------------- /key/regenerate

	private ProxyResponse regenerate(Caller caller, RecordedRequest request, @Nullable String pathKey,
			@Nullable Object body, Instant now) {
		ObjectNode data = body == null ? null : RequestModels.validate(body, RequestModels.REGENERATE, Set.of());
		try {
			boolean masterKeyRotation = data != null && present(data, "new_master_key") != null;
			if (!this.licensed && !masterKeyRotation) {
				throw new PyValueError("Regenerating Virtual Keys is an Enterprise feature, " + NOT_PREMIUM);
			}
			String bodyKey = data == null ? null : text(data, "key");
			String key = bodyKey != null && !bodyKey.isEmpty() ? bodyKey : pathKey;
			if (key == null || key.isEmpty()) {
				throw HttpError.ofErrorDict(400, "No key passed in.");
			}
			if (data != null && (key.equals(this.masterKey) || key.equals(Py.sha256(this.masterKey)))) {
				String newMasterKey = text(data, "new_master_key");
				if (newMasterKey == null) {
					throw HttpError.ofErrorDict(400, "New master key is required.");
				}
				this.masterKey = newMasterKey;
				return ok(masterKeyResponse(newMasterKey));
			}
			String oldHash = key.contains("sk") ? Py.sha256(key) : key;
			Row row = this.keys.get(oldHash);
			if (row == null) {
				throw HttpError.ofErrorDict(404, "Key " + key + " not found.");
			}
			archive(row, caller, request.changedBy(), now);
			String newKey = data == null ? null : text(data, "new_key");
			if (newKey != null && !newKey.startsWith("sk-")) {
				throw HttpError.ofErrorDict(400, "New key must start with 'sk-'. This is to distinguish a key hash "
						+ "(used by litellm for logging / internal logic) from the actual key.");
			}
			if (newKey == null) {
				newKey = newKey();
			}
			String newHash = Py.sha256(newKey);
			Map<String, Object> changes = data == null ? Map.of() : prepareUpdate(data, row, now);
			if (data != null) {
				String grace = text(data, "grace_period");
				Long graceSeconds = null;
				try {
					graceSeconds = grace == null ? null : Durations.seconds(grace, now);
				}
				catch (PyValueError | ArithmeticException ex) {
					// LiteLLM logs a warning and revokes the old key at once.
				}
				if (graceSeconds != null && graceSeconds > 0) {
					this.deprecatedKeys.put(oldHash, new Deprecated(newHash, now.plusSeconds(graceSeconds)));
				}
			}
			this.keys.remove(oldHash);
			row.set("token", Json.nodes().stringNode(newHash));
			row.set("key_name", Json.nodes().stringNode("sk-..." + newKey.substring(newKey.length() - 4)));
			apply(row, changes);
			row.set("updated_at", stored(now));
			this.keys.put(newHash, row);
			return ok(regeneratedResponse(row, newKey));
		}
		catch (HttpError | PyValueError ex) {
			throw onProxy(ex);
		}
	}

	/** {@code GenerateKeyResponse(**row)} after a regeneration: {@code token} is popped into {@code token_id}. */
	private static ObjectNode regeneratedResponse(Row row, String newKey) {
		Map<String, Object> values = new HashMap<>();
		for (String field : Shapes.GENERATE_KEY_RESPONSE) {
			if (Shapes.KEY_COLUMNS.contains(field)) {
				values.put(field, row.get(field));
			}
		}
		values.put("key", Json.nodes().stringNode(newKey));
		values.put("token_id", row.get("token"));
		values.remove("token");
		values.put("router_settings", Shapes.routerConfig(row.json("router_settings")));
		return Shapes.generateKeyResponse(values::get);
	}

	/** The answer to a master-key rotation: a bare {@code GenerateKeyResponse} with its defaults. */
	private static ObjectNode masterKeyResponse(String newMasterKey) {
		Map<String, Object> values = new HashMap<>();
		values.put("models", Json.array());
		values.put("spend", Json.nodes().numberNode(0));
		values.put("metadata", Json.object());
		values.put("allowed_cache_controls", Json.array());
		values.put("config", Json.object());
		values.put("permissions", Json.object());
		values.put("model_max_budget", Json.object());
		values.put("aliases", Json.object());
		values.put("allowed_routes", Json.array());
		values.put("key", Json.nodes().stringNode(newMasterKey));
		values.put("token", Json.nodes().stringNode(newMasterKey));
		values.put("key_name", Json.nodes().stringNode(newMasterKey));
		return Shapes.generateKeyResponse(values::get);
	}

	// ---------------------------------------------------------------- helpers

	private static ProxyResponse ok(JsonNode body) {
		return ProxyResponse.json(200, Json.write(body));
	}

	/** The value of a field that was sent and is not null. */
	private static @Nullable JsonNode present(ObjectNode data, String field) {
		JsonNode value = data.get(field);
		return value == null || value.isNull() ? null : value;
	}

	private static JsonNode orDefault(ObjectNode data, String field, JsonNode fallback) {
		JsonNode value = present(data, field);
		return value == null ? fallback : value;
	}

	private static @Nullable String text(ObjectNode data, String field) {
		JsonNode value = present(data, field);
		return value == null ? null : value.stringValue();
	}

	private static @Nullable Double number(ObjectNode data, String field) {
		JsonNode value = present(data, field);
		return value == null ? null : value.doubleValue();
	}

	private static @Nullable String nonEmpty(@Nullable String value) {
		return value == null || value.isEmpty() ? null : value;
	}

	/** {@code model_dump(exclude_none=True)} of a nested model. */
	private static ObjectNode withoutNulls(ObjectNode node) {
		ObjectNode copy = Json.object();
		node.properties().forEach(entry -> {
			if (!entry.getValue().isNull()) {
				copy.set(entry.getKey(), entry.getValue());
			}
		});
		return copy;
	}

}
