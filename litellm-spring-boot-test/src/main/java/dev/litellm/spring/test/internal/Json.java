package dev.litellm.spring.test.internal;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one Jackson mapper of the fake and small tree helpers.
 */
final class Json {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private Json() {
	}

	static ObjectNode object() {
		return NODES.objectNode();
	}

	static ArrayNode array() {
		return NODES.arrayNode();
	}

	static JsonNodeFactory nodes() {
		return NODES;
	}

	static JsonNode read(String text) {
		return MAPPER.readTree(text);
	}

	static String write(JsonNode node) {
		return MAPPER.writeValueAsString(node);
	}

	/** Python truthiness of a JSON value. */
	static boolean truthy(JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return false;
		}
		if (node.isBoolean()) {
			return node.booleanValue();
		}
		if (node.isNumber()) {
			return node.doubleValue() != 0;
		}
		if (node.isString()) {
			return !node.stringValue().isEmpty();
		}
		return !node.isEmpty();
	}

}
