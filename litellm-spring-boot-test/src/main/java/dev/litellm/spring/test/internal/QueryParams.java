package dev.litellm.spring.test.internal;

import java.util.List;

import dev.litellm.spring.test.RecordedRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Query parameters as FastAPI validates them: each failure is added to a 422 error list and the default is used,
 * so that every bad parameter is reported at once.
 */
final class QueryParams {

	private QueryParams() {
	}

	/** An {@code int} parameter with a default and bounds ({@code Query(ge=min, le=max)}). */
	static int intParam(RecordedRequest request, String name, int defaultValue, int min, @Nullable Integer max,
			ArrayNode errors) {
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

	/** A {@code bool} parameter, {@code false} when absent. */
	static boolean boolParam(RecordedRequest request, String name, ArrayNode errors) {
		String text = request.queryParam(name);
		if (text == null) {
			return false;
		}
		Boolean value = LaxCoercion.parseBool(text);
		if (value == null) {
			errors.add(RequestModels.error("bool_parsing", List.of("query", name),
					"Input should be a valid boolean, unable to interpret input", Json.nodes().stringNode(text),
					null));
			return false;
		}
		return value;
	}

	/** A string parameter, {@code null} when absent or empty. */
	static @Nullable String nonEmpty(RecordedRequest request, String name) {
		String value = request.queryParam(name);
		return value == null || value.isEmpty() ? null : value;
	}

}
