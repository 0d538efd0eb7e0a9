package dev.litellm.spring.test.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The request bodies of the {@code /key/*} routes as pydantic declares them, validated (lax mode) the way FastAPI
 * does: the result keeps only known fields that were sent, coerced to their declared type; failures become a 422
 * {@code {"detail":[...]}} list.
 */
final class RequestModels {

	enum Kind {
		STR, FLOAT, INT, BOOL, LIST, DICT, STR_LIST, KEY_TYPE, LIMIT_TYPE, DATETIME, ROUTER_SETTINGS, OBJECT_PERMISSION,
		VECTOR_INDEXES
	}

	static final List<String> ROUTER_SETTINGS_FIELDS = List.of("routing_strategy_args", "routing_strategy",
			"model_group_retry_policy", "allowed_fails", "cooldown_time", "num_retries", "timeout", "max_retries",
			"retry_after", "fallbacks", "context_window_fallbacks", "model_group_alias");

	static final List<String> OBJECT_PERMISSION_FIELDS = List.of("mcp_servers", "mcp_access_groups",
			"mcp_tool_permissions", "mcp_toolsets", "blocked_tools", "vector_stores", "agents", "agent_access_groups",
			"models");

	private static final List<String> KEY_TYPES = List.of("llm_api", "management", "read_only", "default");

	private static final List<String> LIMIT_TYPES = List.of("guaranteed_throughput", "best_effort_throughput",
			"dynamic");

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

	private static Map<String, Kind> extend(Map<String, Kind> base, Object... pairs) {
		Map<String, Kind> result = new LinkedHashMap<>(base);
		result.putAll(fields(pairs));
		return result;
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
			JsonNode coerced = coerce(value, field.getValue(), List.of("body", name), errors);
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
		ArrayNode errors = Json.array();
		ObjectNode ctx = Json.object();
		ctx.set("error", Json.object());
		errors.add(error("value_error", List.of("body"), "Value error, " + message, body, ctx));
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

	private static List<Object> at(List<Object> loc, Object part) {
		List<Object> result = new java.util.ArrayList<>(loc);
		result.add(part);
		return result;
	}

	private static @Nullable JsonNode coerce(JsonNode value, Kind kind, List<Object> loc, ArrayNode errors) {
		return switch (kind) {
			case STR -> {
				if (value.isString()) {
					yield value;
				}
				errors.add(error("string_type", loc, "Input should be a valid string", value, null));
				yield null;
			}
			case FLOAT -> toFloat(value, loc, errors);
			case INT -> toInt(value, loc, errors);
			case BOOL -> toBool(value, loc, errors);
			case LIST -> {
				if (value.isArray()) {
					yield value;
				}
				errors.add(error("list_type", loc, "Input should be a valid list", value, null));
				yield null;
			}
			case DICT -> toDict(value, loc, errors);
			case STR_LIST -> {
				if (!value.isArray()) {
					errors.add(error("list_type", loc, "Input should be a valid list", value, null));
					yield null;
				}
				int before = errors.size();
				for (int i = 0; i < value.size(); i++) {
					coerce(value.get(i), Kind.STR, at(loc, i), errors);
				}
				yield errors.size() == before ? value : null;
			}
			case KEY_TYPE -> choice(value, KEY_TYPES, "enum", loc, errors);
			case LIMIT_TYPE -> choice(value, LIMIT_TYPES, "literal_error", loc, errors);
			case DATETIME -> toDatetime(value, loc, errors);
			case ROUTER_SETTINGS -> subModel(value, ROUTER_SETTINGS_FIELDS, loc, errors);
			case OBJECT_PERMISSION -> subModel(value, OBJECT_PERMISSION_FIELDS, loc, errors);
			case VECTOR_INDEXES -> {
				if (!value.isArray()) {
					errors.add(error("list_type", loc, "Input should be a valid list", value, null));
					yield null;
				}
				int before = errors.size();
				for (int i = 0; i < value.size(); i++) {
					JsonNode item = value.get(i);
					if (!item.isObject()) {
						errors.add(error("model_type", at(loc, i),
								"Input should be a valid dictionary or instance of AllowedVectorStoreIndexItem", item,
								null));
					}
					else if (!item.has("index_name") || !item.has("index_permissions")) {
						String missing = !item.has("index_name") ? "index_name" : "index_permissions";
						errors.add(error("missing", at(at(loc, i), missing), "Field required", item, null));
					}
				}
				yield errors.size() == before ? value : null;
			}
		};
	}

	private static @Nullable JsonNode toFloat(JsonNode value, List<Object> loc, ArrayNode errors) {
		if (value.isNumber()) {
			return Json.nodes().numberNode(value.doubleValue());
		}
		if (value.isBoolean()) {
			return Json.nodes().numberNode(value.booleanValue() ? 1.0 : 0.0);
		}
		if (value.isString()) {
			Double parsed = parseFloat(value.stringValue());
			if (parsed != null) {
				return Json.nodes().numberNode(parsed);
			}
			errors.add(error("float_parsing", loc,
					"Input should be a valid number, unable to parse string as a number", value, null));
			return null;
		}
		errors.add(error("float_type", loc, "Input should be a valid number", value, null));
		return null;
	}

	/** Python's {@code float(text)}: decimal or exponent notation, {@code inf}, {@code nan}. */
	private static @Nullable Double parseFloat(String text) {
		String value = text.strip().toLowerCase(Locale.ROOT);
		boolean negative = value.startsWith("-");
		String unsigned = value.startsWith("-") || value.startsWith("+") ? value.substring(1) : value;
		if (unsigned.equals("inf") || unsigned.equals("infinity")) {
			return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
		}
		if (unsigned.equals("nan")) {
			return Double.NaN;
		}
		if (!unsigned.matches("(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?")) {
			return null;
		}
		return Double.parseDouble(value);
	}

	private static @Nullable JsonNode toInt(JsonNode value, List<Object> loc, ArrayNode errors) {
		if (value.isIntegralNumber() && value.canConvertToLong()) {
			return Json.nodes().numberNode(value.longValue());
		}
		if (value.isNumber()) {
			double number = value.doubleValue();
			if (number == Math.rint(number) && !Double.isInfinite(number)) {
				return Json.nodes().numberNode((long) number);
			}
			errors.add(error("int_from_float", loc,
					"Input should be a valid integer, got a number with a fractional part", value, null));
			return null;
		}
		if (value.isBoolean()) {
			return Json.nodes().numberNode(value.booleanValue() ? 1L : 0L);
		}
		if (value.isString()) {
			try {
				return Json.nodes().numberNode(Long.parseLong(value.stringValue().strip()));
			}
			catch (NumberFormatException ex) {
				errors.add(error("int_parsing", loc,
						"Input should be a valid integer, unable to parse string as an integer", value, null));
				return null;
			}
		}
		errors.add(error("int_type", loc, "Input should be a valid integer", value, null));
		return null;
	}

	private static @Nullable JsonNode toBool(JsonNode value, List<Object> loc, ArrayNode errors) {
		if (value.isBoolean()) {
			return value;
		}
		if (value.isNumber()) {
			double number = value.doubleValue();
			if (number == 0 || number == 1) {
				return Json.nodes().booleanNode(number == 1);
			}
		}
		else if (value.isString()) {
			Boolean parsed = parseBool(value.stringValue());
			if (parsed != null) {
				return Json.nodes().booleanNode(parsed);
			}
		}
		else {
			errors.add(error("bool_type", loc, "Input should be a valid boolean", value, null));
			return null;
		}
		errors.add(error("bool_parsing", loc, "Input should be a valid boolean, unable to interpret input", value,
				null));
		return null;
	}

	/** pydantic's lax string-to-bool table. */
	static @Nullable Boolean parseBool(String text) {
		return switch (text.strip().toLowerCase(Locale.ROOT)) {
			case "1", "on", "t", "true", "y", "yes" -> Boolean.TRUE;
			case "0", "off", "f", "false", "n", "no" -> Boolean.FALSE;
			default -> null;
		};
	}

	private static @Nullable JsonNode toDict(JsonNode value, List<Object> loc, ArrayNode errors) {
		if (value.isObject()) {
			return value;
		}
		errors.add(error("dict_type", loc, "Input should be a valid dictionary", value, null));
		return null;
	}

	private static @Nullable JsonNode choice(JsonNode value, List<String> allowed, String type, List<Object> loc,
			ArrayNode errors) {
		if (value.isString() && allowed.contains(value.stringValue())) {
			return value;
		}
		StringBuilder expected = new StringBuilder();
		for (int i = 0; i < allowed.size(); i++) {
			if (i > 0) {
				expected.append(i == allowed.size() - 1 ? " or " : ", ");
			}
			expected.append('\'').append(allowed.get(i)).append('\'');
		}
		ObjectNode ctx = Json.object();
		ctx.put("expected", expected.toString());
		errors.add(error(type, loc, "Input should be " + expected, value, ctx));
		return null;
	}

	/** A datetime as pydantic parses it, returned in Python's {@code isoformat()}. */
	private static @Nullable JsonNode toDatetime(JsonNode value, List<Object> loc, ArrayNode errors) {
		if (value.isString()) {
			String text = value.stringValue().strip();
			try {
				OffsetDateTime parsed = OffsetDateTime.parse(text);
				String iso = parsed.toLocalDateTime().toString();
				String offset = parsed.getOffset().getId();
				return Json.nodes().stringNode(pythonIso(iso) + ("Z".equals(offset) ? "+00:00" : offset));
			}
			catch (DateTimeParseException ex) {
				try {
					return Json.nodes().stringNode(pythonIso(LocalDateTime.parse(text).toString()));
				}
				catch (DateTimeParseException ex2) {
					try {
						return Json.nodes().stringNode(LocalDate.parse(text) + "T00:00:00");
					}
					catch (DateTimeParseException ex3) {
						// fall through to the error below
					}
				}
			}
		}
		errors.add(error("datetime_parsing", loc, "Input should be a valid datetime", value, null));
		return null;
	}

	/** {@code LocalDateTime.toString()} drops zero seconds and pads fractions to 3/6/9 digits; Python does not. */
	private static String pythonIso(String javaIso) {
		LocalDateTime time = LocalDateTime.parse(javaIso);
		String base = String.format("%04d-%02d-%02dT%02d:%02d:%02d", time.getYear(), time.getMonthValue(),
				time.getDayOfMonth(), time.getHour(), time.getMinute(), time.getSecond());
		int micros = time.getNano() / 1000;
		return micros == 0 ? base : base + String.format(".%06d", micros);
	}

	/** A nested model with optional fields: keeps the known ones, drops the rest (pydantic's {@code extra} ignore). */
	private static @Nullable JsonNode subModel(JsonNode value, List<String> names, List<Object> loc,
			ArrayNode errors) {
		if (!value.isObject()) {
			errors.add(error("model_type", loc, "Input should be a valid dictionary or instance of a model", value,
					null));
			return null;
		}
		ObjectNode result = Json.object();
		for (String name : names) {
			if (value.has(name)) {
				result.set(name, value.get(name));
			}
		}
		return result;
	}

}
