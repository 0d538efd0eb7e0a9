package dev.litellm.spring.keys;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.litellm.spring.internal.Secrets;
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
	 */
	public static DeleteKeysRequest ofKeys(String... keys) {
		return ofKeys(Arrays.asList(keys));
	}

	/**
	 * Delete keys by key.
	 * @param keys raw keys or hashes
	 * @return the request
	 */
	public static DeleteKeysRequest ofKeys(Collection<String> keys) {
		return new DeleteKeysRequest(new ArrayList<>(keys), null);
	}

	/**
	 * Delete keys by alias.
	 * @param keyAliases key aliases
	 * @return the request
	 */
	public static DeleteKeysRequest ofAliases(String... keyAliases) {
		return ofAliases(Arrays.asList(keyAliases));
	}

	/**
	 * Delete keys by alias.
	 * @param keyAliases key aliases
	 * @return the request
	 */
	public static DeleteKeysRequest ofAliases(Collection<String> keyAliases) {
		return new DeleteKeysRequest(null, new ArrayList<>(keyAliases));
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
		return Secrets.mask("DeleteKeysRequest[keys=" + this.keys + ", keyAliases=" + this.keyAliases + "]");
	}

}
