package dev.litellm.spring.test.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.litellm.spring.test.internal.RequestModels.Kind;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static dev.litellm.spring.test.internal.RequestModels.error;

/**
 * pydantic's lax-mode coercion of one field value to its declared {@link Kind}: the coerced value, or an error
 * added to the 422 list.
 */
final class LaxCoercion {

	private static final List<String> KEY_TYPES = List.of("llm_api", "management", "read_only", "default");

	private static final List<String> LIMIT_TYPES = List.of("guaranteed_throughput", "best_effort_throughput",
			"dynamic");

	private LaxCoercion() {
	}

	private static List<Object> at(List<Object> loc, Object part) {
		List<Object> result = new ArrayList<>(loc);
		result.add(part);
		return result;
	}

	/**
	 * Coerces one value.
	 *
	 * @param value the value sent (not JSON null)
	 * @param kind its declared type
	 * @param loc where it is, for the error
	 * @param errors where a failure is added
	 * @return the coerced value, or {@code null} when it failed
	 */
	static @Nullable JsonNode coerce(JsonNode value, Kind kind, List<Object> loc, ArrayNode errors) {
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
			case ROUTER_SETTINGS -> subModel(value, RequestModels.ROUTER_SETTINGS_FIELDS, loc, errors);
			case OBJECT_PERMISSION -> subModel(value, RequestModels.OBJECT_PERMISSION_FIELDS, loc, errors);
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
			case BUDGET_LIMITS -> budgetLimits(value, loc, errors);
		};
	}

	/**
	 * {@code List[BudgetLimitEntry]}: objects with a string {@code budget_duration}, a float {@code max_budget} and
	 * an optional datetime {@code reset_at}; other fields are dropped.
	 */
	private static @Nullable JsonNode budgetLimits(JsonNode value, List<Object> loc, ArrayNode errors) {
		if (!value.isArray()) {
			errors.add(error("list_type", loc, "Input should be a valid list", value, null));
			return null;
		}
		int before = errors.size();
		ArrayNode windows = Json.array();
		for (int i = 0; i < value.size(); i++) {
			JsonNode item = value.get(i);
			if (!item.isObject()) {
				errors.add(error("model_type", at(loc, i),
						"Input should be a valid dictionary or instance of BudgetLimitEntry", item, null));
				continue;
			}
			ObjectNode window = windows.addObject();
			for (String field : List.of("budget_duration", "max_budget", "reset_at")) {
				JsonNode fieldValue = item.get(field);
				if (fieldValue == null) {
					if (!field.equals("reset_at")) {
						errors.add(error("missing", at(at(loc, i), field), "Field required", item, null));
					}
					continue;
				}
				Kind kind = switch (field) {
					case "budget_duration" -> Kind.STR;
					case "max_budget" -> Kind.FLOAT;
					default -> Kind.DATETIME;
				};
				JsonNode coerced = (fieldValue.isNull() && kind == Kind.DATETIME) ? fieldValue
						: coerce(fieldValue, kind, at(at(loc, i), field), errors);
				window.set(field, coerced);
			}
		}
		return errors.size() == before ? windows : null;
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
