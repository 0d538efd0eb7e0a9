package dev.litellm.spring.test.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.litellm.spring.test.RecordedRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The request bodies of the {@code /key/*} routes as pydantic declares them, read and validated (lax mode) the way
 * FastAPI does: the result keeps only known fields that were sent, coerced to their declared type
 * ({@link LaxCoercion}); failures become a 422 {@code {"detail":[...]}} list.
 */
final class RequestModels {

	enum Kind {
		STR, FLOAT, INT, BOOL, LIST, DICT, STR_LIST, KEY_TYPE, LIMIT_TYPE, DATETIME, ROUTER_SETTINGS, OBJECT_PERMISSION,
		VECTOR_INDEXES, BUDGET_LIMITS
	}

	static final List<String> ROUTER_SETTINGS_FIELDS = List.of("routing_strategy_args", "routing_strategy",
			"model_group_retry_policy", "allowed_fails", "cooldown_time", "num_retries", "timeout", "max_retries",
			"retry_after", "fallbacks", "context_window_fallbacks", "model_group_alias");

	static final List<String> OBJECT_PERMISSION_FIELDS = List.of("mcp_servers", "mcp_access_groups",
			"mcp_tool_permissions", "mcp_toolsets", "blocked_tools", "vector_stores", "agents", "agent_access_groups",
			"models", "search_tools", "mcp_tool_search_enabled", "skills");

	/** {@code KeyRequestBase} (with {@code GenerateRequestBase}). */
	private static final Map<String, Kind> KEY_REQUEST_BASE = fields(
			"key_alias", Kind.STR, "duration", Kind.STR, "models", Kind.LIST, "spend", Kind.FLOAT,
			"max_budget", Kind.FLOAT, "user_id", Kind.STR, "team_id", Kind.STR, "agent_id", Kind.STR,
			"max_parallel_requests", Kind.INT, "metadata", Kind.DICT, "tpm_limit", Kind.INT, "rpm_limit", Kind.INT,
			"budget_duration", Kind.STR, "allowed_cache_controls", Kind.LIST, "config", Kind.DICT,
			"permissions", Kind.DICT, "model_max_budget", Kind.DICT, "model_rpm_limit", Kind.DICT,
			"model_tpm_limit", Kind.DICT, "guardrails", Kind.STR_LIST, "policies", Kind.STR_LIST,
			"prompts", Kind.STR_LIST, "blocked", Kind.BOOL, "aliases", Kind.DICT,
			"object_permission", Kind.OBJECT_PERMISSION, "key", Kind.STR, "budget_id", Kind.STR,
			"tags", Kind.STR_LIST, "enforced_params", Kind.STR_LIST, "allowed_routes", Kind.LIST,
			"allowed_passthrough_routes", Kind.LIST, "allowed_vector_store_indexes", Kind.VECTOR_INDEXES,
			"rpm_limit_type", Kind.LIMIT_TYPE, "tpm_limit_type", Kind.LIMIT_TYPE,
			"router_settings", Kind.ROUTER_SETTINGS, "access_group_ids", Kind.STR_LIST);

	static final Map<String, Kind> GENERATE = extend(KEY_REQUEST_BASE, "soft_budget", Kind.FLOAT,
			"send_invite_email", Kind.BOOL, "key_type", Kind.KEY_TYPE, "auto_rotate", Kind.BOOL,
			"rotation_interval", Kind.STR, "organization_id", Kind.STR, "project_id", Kind.STR);

	static final Map<String, Kind> UPDATE = extend(KEY_REQUEST_BASE, "temp_budget_increase", Kind.FLOAT,
			"temp_budget_expiry", Kind.DATETIME, "auto_rotate", Kind.BOOL, "rotation_interval", Kind.STR,
			"organization_id", Kind.STR);

	static final Map<String, Kind> REGENERATE = extend(GENERATE, "new_key", Kind.STR, "new_master_key", Kind.STR,
			"grace_period", Kind.STR);

	/** The {@code KeyRequestBase} fields that proxies after v1.81 added. */
	private static final Map<String, Kind> NEWER_FIELDS = fields("budget_limits", Kind.BUDGET_LIMITS,
			"budget_fallbacks", Kind.DICT, "mcp_rpm_limit", Kind.DICT, "tag_rpm_limit", Kind.DICT, "tpd_limit",
			Kind.INT, "default_estimated_output_tokens", Kind.INT, "default_estimated_output_tokens_per_model",
			Kind.DICT, "end_user_budget_id", Kind.STR, "disable_global_guardrails", Kind.BOOL,
			"enable_prompt_caching", Kind.BOOL, "throttle_on_budget_exceeded", Kind.BOOL);

	static final Map<String, Kind> GENERATE_LATEST = extend(GENERATE, NEWER_FIELDS);

	/** Newer proxies: {@code key} is optional (a {@code key_alias} may name the key), and more fields. */
	static final Map<String, Kind> UPDATE_LATEST = extend(extend(UPDATE, NEWER_FIELDS), "soft_budget", Kind.FLOAT,
			"project_id", Kind.STR);

	static final Map<String, Kind> REGENERATE_LATEST = extend(REGENERATE, NEWER_FIELDS);

	static final Map<String, Kind> KEY_REQUEST = fields("keys", Kind.STR_LIST, "key_aliases", Kind.STR_LIST);

	static final Map<String, Kind> BLOCK = fields("key", Kind.STR);

	private RequestModels() {
	}

	private static Map<String, Kind> fields(Object... pairs) {
		Map<String, Kind> result = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			result.put((String) pairs[i], (Kind) pairs[i + 1]);
		}
		return result;
	}

	private static Map<String, Kind> extend(Map<String, Kind> base, Map<String, Kind> more) {
		Map<String, Kind> result = new LinkedHashMap<>(base);
		result.putAll(more);
		return result;
	}

	private static Map<String, Kind> extend(Map<String, Kind> base, Object... pairs) {
		Map<String, Kind> result = new LinkedHashMap<>(base);
		result.putAll(fields(pairs));
		return result;
	}

	/**
	 * FastAPI's body reading: JSON when the content type says so or is missing (a decode error is a 422 before
	 * anything else), the raw text otherwise, {@code null} when there is no body.
	 *
	 * @param request the request
	 * @return the parsed JSON, the raw text, or {@code null}
	 * @throws ApiError the 422 answer to malformed JSON
	 */
	static @Nullable Object read(RecordedRequest request) {
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
			errors.add(error("json_invalid", List.of("body", position), "JSON decode error", Json.object(), ctx));
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

	/**
	 * Validates a request body.
	 *
	 * @param body the parsed JSON, the raw text of a non-JSON body, or {@code null} when there was none
	 * @param model the fields
	 * @param required the fields without a default
	 * @return the validated fields that were sent
	 * @throws ApiError the 422 answer
	 */
	static ObjectNode validate(@Nullable Object body, Map<String, Kind> model, Set<String> required) {
		ArrayNode errors = Json.array();
		if (body == null) {
			errors.add(error("missing", List.of("body"), "Field required", Json.nodes().nullNode(), null));
			throw ApiError.validation(errors);
		}
		if (!(body instanceof ObjectNode object)) {
			JsonNode input = body instanceof JsonNode node ? node : Json.nodes().stringNode((String) body);
			errors.add(error("model_attributes_type", List.of("body"),
					"Input should be a valid dictionary or object to extract fields from", input, null));
			throw ApiError.validation(errors);
		}
		ObjectNode result = Json.object();
		for (Map.Entry<String, Kind> field : model.entrySet()) {
			String name = field.getKey();
			if (!object.has(name)) {
				if (required.contains(name)) {
					errors.add(error("missing", List.of("body", name), "Field required", object, null));
				}
				continue;
			}
			JsonNode value = object.get(name);
			if (value.isNull() && !required.contains(name)) {
				result.putNull(name);
				continue;
			}
			JsonNode coerced = LaxCoercion.coerce(value, field.getValue(), List.of("body", name), errors);
			if (coerced != null) {
				result.set(name, coerced);
			}
		}
		if (!errors.isEmpty()) {
			throw ApiError.validation(errors);
		}
		return result;
	}

	/** A {@code model_validator} failure: pydantic's {@code value_error} on the whole body. */
	static ApiError valueError(JsonNode body, String message) {
		return valueError(body, List.of("body"), message);
	}

	/** A {@code model_validator} failure of the model at {@code loc}. */
	static ApiError valueError(JsonNode input, List<Object> loc, String message) {
		ArrayNode errors = Json.array();
		ObjectNode ctx = Json.object();
		ctx.set("error", Json.object());
		errors.add(error("value_error", loc, "Value error, " + message, input, ctx));
		return ApiError.validation(errors);
	}

	static ObjectNode error(String type, List<Object> loc, String msg, JsonNode input, @Nullable ObjectNode ctx) {
		ObjectNode error = Json.object();
		error.put("type", type);
		ArrayNode location = error.putArray("loc");
		for (Object part : loc) {
			if (part instanceof Integer index) {
				location.add(index);
			}
			else {
				location.add(part.toString());
			}
		}
		error.put("msg", msg);
		error.set("input", input);
		if (ctx != null) {
			error.set("ctx", ctx);
		}
		return error;
	}

}
