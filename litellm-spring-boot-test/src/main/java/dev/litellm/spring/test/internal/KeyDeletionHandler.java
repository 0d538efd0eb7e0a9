package dev.litellm.spring.test.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static dev.litellm.spring.test.internal.BodyFields.present;

/**
 * {@code POST /key/delete}: deletes keys by key (or hash) or by alias, archiving each deleted row.
 */
final class KeyDeletionHandler {

	private final ProxySettings settings;

	private final KeyStore store;

	KeyDeletionHandler(ProxySettings settings, KeyStore store) {
		this.settings = settings;
		this.store = store;
	}

	ProxyResponse delete(RouteCall call) {
		ObjectNode data = RequestModels.validate(call.body(), RequestModels.KEY_REQUEST, Set.of());
		JsonNode keysSent = present(data, "keys");
		JsonNode aliasesSent = present(data, "key_aliases");
		if (!Json.truthy(keysSent) && !Json.truthy(aliasesSent)) {
			throw RequestModels.valueError((JsonNode) call.body(),
					"At least one of 'keys' or 'key_aliases' must be provided.");
		}
		try {
			List<TableRow> found;
			JsonNode echoed;
			if (Json.truthy(keysSent)) {
				Set<String> hashes = new HashSet<>();
				keysSent.forEach(key -> hashes.add(VirtualKeys.hashIfNeeded(key.stringValue())));
				found = this.store.keys().stream().filter(row -> hashes.contains(row.string("token"))).toList();
				echoed = keysSent;
			}
			else {
				Set<String> aliases = new HashSet<>();
				aliasesSent.forEach(alias -> aliases.add(alias.stringValue()));
				found = this.store.keys().stream().filter(row -> aliases.contains(row.string("key_alias"))).toList();
				echoed = aliasesSent;
			}
			if (found.isEmpty()) {
				throw HttpError.ofErrorDict(404, "No keys found");
			}
			if (found.stream().anyMatch((row) -> !call.caller().owns(row))) {
				// Newer proxies: an internal user may delete only their own keys.
				throw new HttpError(403, "You are not authorized to delete this key");
			}
			for (TableRow row : found) {
				this.store.archive(row, call.caller(), call.request().changedBy(), call.now());
				this.store.removeKey(row.string("token"));
			}
			ObjectNode out = Json.object();
			out.set("deleted_keys", echoed);
			return ProxyResponse.ok(out);
		}
		catch (HttpError | PythonValueError ex) {
			throw ApiError.onProxy(ex);
		}
	}

}
