package dev.litellm.spring.keys;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /key/delete}: the keys to delete, named either by key (raw or hash) or by alias, never
 * both. The proxy answers 404 only when none of them exists; otherwise it echoes the whole list.
 *
 * @param keys the keys to delete, or {@code null} when deleting by alias
 * @param keyAliases the aliases to delete, or {@code null} when deleting by key
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteKeysRequest(@Nullable List<String> keys,
		@JsonProperty("key_aliases") @Nullable List<String> keyAliases) {

	/**
	 * Create a request; use {@link #ofKeys(Collection)} or {@link #ofAliases(Collection)}.
	 * @param keys the keys to delete
	 * @param keyAliases the aliases to delete
	 * @throws IllegalArgumentException unless exactly one of the two is a non-empty list of non-blank values
	 */
	public DeleteKeysRequest {
		if ((keys == null) == (keyAliases == null)) {
			throw new IllegalArgumentException("keys and key_aliases: exactly one of them must be given");
		}
		if (keys != null) {
			keys = checked("keys", keys);
		}
		if (keyAliases != null) {
			keyAliases = checked("key_aliases", keyAliases);
		}
	}

	/**
	 * Delete keys by key.
	 * @param keys raw keys or hashes
	 * @return the request
	 * @throws IllegalArgumentException if there are none, or one is null, blank or holds whitespace
	 */
	public static DeleteKeysRequest ofKeys(String... keys) {
		if (keys == null) {
			throw new IllegalArgumentException("keys must not be null");
		}
		return ofKeys(Arrays.asList(keys));
	}

	/**
	 * Delete keys by key.
	 * @param keys raw keys or hashes
	 * @return the request
	 * @throws IllegalArgumentException if there are none, or one is null, blank or holds whitespace
	 */
	public static DeleteKeysRequest ofKeys(Collection<String> keys) {
		return new DeleteKeysRequest(new ArrayList<>(KeyArguments.requireCollection("keys", keys)), null);
	}

	/**
	 * Delete keys by alias.
	 * @param keyAliases key aliases
	 * @return the request
	 * @throws IllegalArgumentException if there are none, or one is null, blank or holds whitespace
	 */
	public static DeleteKeysRequest ofAliases(String... keyAliases) {
		if (keyAliases == null) {
			throw new IllegalArgumentException("key_aliases must not be null");
		}
		return ofAliases(Arrays.asList(keyAliases));
	}

	/**
	 * Delete keys by alias.
	 * @param keyAliases key aliases
	 * @return the request
	 * @throws IllegalArgumentException if there are none, or one is null, blank or holds whitespace
	 */
	public static DeleteKeysRequest ofAliases(Collection<String> keyAliases) {
		return new DeleteKeysRequest(null, new ArrayList<>(KeyArguments.requireCollection("key_aliases", keyAliases)));
	}

	private static List<String> checked(String field, List<String> values) {
		if (values.isEmpty()) {
			throw new IllegalArgumentException(field + " must not be empty");
		}
		for (String value : values) {
			KeyArguments.requireKey(field, value);
		}
		return List.copyOf(values);
	}

	@Override
	public String toString() {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		fields.put("keys", this.keys);
		fields.put("keyAliases", this.keyAliases);
		return KeyArguments.describe("DeleteKeysRequest", fields);
	}

}
