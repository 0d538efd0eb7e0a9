package dev.litellm.spring.test.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One database row: column name to value, where a value is a {@link JsonNode}, an {@link Instant} (a datetime
 * column) or absent ({@code NULL}).
 */
final class TableRow {

	private final Map<String, Object> values = new HashMap<>();

	/** A datetime as the database keeps it: to the millisecond. */
	static Instant stored(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MILLIS);
	}

	@Nullable Object get(String column) {
		return this.values.get(column);
	}

	void set(String column, @Nullable Object value) {
		if (value == null || (value instanceof JsonNode node && node.isNull())) {
			this.values.remove(column);
		}
		else {
			this.values.put(column, value);
		}
	}

	@Nullable String string(String column) {
		return this.values.get(column) instanceof JsonNode node && node.isString() ? node.stringValue() : null;
	}

	@Nullable Instant time(String column) {
		return this.values.get(column) instanceof Instant instant ? instant : null;
	}

	@Nullable JsonNode json(String column) {
		return this.values.get(column) instanceof JsonNode node ? node : null;
	}

	@Nullable Double number(String column) {
		return this.values.get(column) instanceof JsonNode node && node.isNumber() ? node.doubleValue() : null;
	}

	TableRow copy() {
		TableRow copy = new TableRow();
		this.values.forEach((column, value) -> copy.values.put(column,
				value instanceof JsonNode node ? node.deepCopy() : value));
		return copy;
	}

}
