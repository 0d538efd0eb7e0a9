package dev.litellm.spring.test.internal;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static dev.litellm.spring.test.internal.BodyFields.orDefault;
import static dev.litellm.spring.test.internal.BodyFields.present;

/**
 * The key fields newer proxies let only a proxy admin set, in the order {@code /key/generate}
 * ({@code generate_key_fn}, {@code _common_key_generation_helper}) and {@code /key/update}
 * ({@code _validate_update_key_data}) check them; each refusal is an {@code HTTPException} with
 * {@code {"error": message}}. Where the proxy gates on the value the key would end up with rather than on what was
 * sent, re-sending what the key already has passes.
 */
final class AdminOnlyFields {

	/** The two fields of {@code enforce_output_token_estimates_are_admin_only}. */
	private static final List<String> OUTPUT_TOKEN_ESTIMATES = List.of("default_estimated_output_tokens",
			"default_estimated_output_tokens_per_model");

	private static final String END_USER_BUDGET_ID = "end_user_budget_id";

	private static final String THROTTLE = "throttle_on_budget_exceeded";

	private final ProxySettings settings;

	private final KeyStore store;

	private final KeyBudgetChanges budgets;

	AdminOnlyFields(ProxySettings settings, KeyStore store, KeyBudgetChanges budgets) {
		this.settings = settings;
		this.store = store;
		this.budgets = budgets;
	}

	/** The checks of {@code /key/generate}, including the delegation ceiling between them. */
	void checkGenerate(ObjectNode data, Caller caller) {
		if (!this.settings.latest()) {
			return;
		}
		requireAdminForRoutes(data, caller);
		requireAdminToEnableThrottle(data, caller, null);
		checkEndUserBudget(data, caller, null);
		requireAdminForOutputTokenEstimates(data, caller, null);
		this.budgets.enforceCeiling(data, caller);
		requireAdminForPermissions(data, caller);
		requireAdminForGuardrailOptOut(data, caller, null);
	}

	/** The checks of {@code /key/update}, before its budget authorization. */
	void checkUpdate(ObjectNode data, Caller caller, TableRow existing) {
		if (!this.settings.latest()) {
			return;
		}
		requireAdminForRoutes(data, caller);
		requireAdminForPermissions(data, caller);
		requireAdminForGuardrailOptOut(data, caller, existing);
		requireAdminToEnableThrottle(data, caller, existing);
		checkEndUserBudget(data, caller, existing);
		requireAdminForOutputTokenEstimates(data, caller, existing);
	}

	/**
	 * The checks of {@code /key/regenerate} with a body ({@code regenerate_key_fn},
	 * {@code _execute_virtual_key_regeneration}), once the key is found.
	 */
	void checkRegenerate(ObjectNode data, Caller caller, TableRow existing) {
		if (!this.settings.latest()) {
			return;
		}
		requireAdminForRoutes(data, caller);
		requireAdminForPermissions(data, caller);
		requireAdminForGuardrailOptOut(data, caller, existing);
		requireAdminForOutputTokenEstimates(data, caller, existing);
		checkEndUserBudget(data, caller, existing);
	}

	/** {@code allowed_routes} and {@code _check_passthrough_routes_caller_permission}: a non-empty value. */
	private static void requireAdminForRoutes(ObjectNode data, Caller caller) {
		if (caller.admin()) {
			return;
		}
		if (Json.truthy(orDefault(data, "allowed_routes", Json.array()))) {
			throw adminOnly("allowed_routes");
		}
		if (Json.truthy(orDefault(data, "allowed_passthrough_routes", Json.array()))) {
			throw adminOnly("allowed_passthrough_routes");
		}
		if (Json.truthy(metadataValue(data, "allowed_passthrough_routes"))) {
			throw adminOnly("metadata.allowed_passthrough_routes");
		}
	}

	/** {@code _check_permissions_caller_permission}: {@code permissions} sent at all, even empty or null. */
	private static void requireAdminForPermissions(ObjectNode data, Caller caller) {
		if (!caller.admin() && data.has("permissions")) {
			throw HttpError.ofErrorDict(403, "Only proxy admins can set `permissions`.");
		}
	}

	/** {@code _check_disable_global_guardrails_caller_permission}: opting out, unless the key already has. */
	private static void requireAdminForGuardrailOptOut(ObjectNode data, Caller caller, @Nullable TableRow existing) {
		if (caller.admin()) {
			return;
		}
		boolean optOut = Json.truthy(orDefault(data, "disable_global_guardrails", Json.nodes().booleanNode(false)))
				|| Json.truthy(metadataValue(data, "disable_global_guardrails"));
		if (optOut && !isTrue(storedMetadata(existing, "disable_global_guardrails"))) {
			throw adminOnly("disable_global_guardrails");
		}
	}

	private static HttpError adminOnly(String field) {
		return HttpError.ofErrorDict(403, "Only proxy admins can set `" + field + "` on a key.");
	}

	/** {@code throttle_on_budget_exceeded}: only an admin may enable it; disabling or keeping it passes. */
	private static void requireAdminToEnableThrottle(ObjectNode data, Caller caller, @Nullable TableRow existing) {
		if (!caller.admin() && isTrue(present(data, THROTTLE)) && !isTrue(storedMetadata(existing, THROTTLE))) {
			throw HttpError.ofErrorDict(403, "Only proxy admins can enable throttle_on_budget_exceeded on a key.");
		}
	}

	/**
	 * {@code _validate_end_user_budget_id_change}: the requested id is the field, else the one in a sent
	 * {@code metadata} (which replaces the stored metadata, so one without it asks for {@code ""}, no budget). A
	 * change needs a proxy admin, and a non-empty id must name a budget the fake knows.
	 */
	private void checkEndUserBudget(ObjectNode data, Caller caller, @Nullable TableRow existing) {
		String requested = requestedEndUserBudgetId(data);
		String current = endUserBudgetId(storedMetadata(existing, END_USER_BUDGET_ID));
		if (requested == null || requested.equals(current == null ? "" : current)) {
			return;
		}
		if (!caller.admin()) {
			throw HttpError.ofErrorDict(403, "Only proxy admins can set end_user_budget_id on a key.");
		}
		if (!requested.isEmpty() && !this.store.hasBudget(requested)) {
			throw HttpError.ofErrorDict(400, "end_user_budget_id=" + requested + " does not match any budget.");
		}
	}

	private static @Nullable String requestedEndUserBudgetId(ObjectNode data) {
		JsonNode field = present(data, END_USER_BUDGET_ID);
		if (field != null) {
			return field.stringValue();
		}
		if (present(data, "metadata") == null) {
			return null;
		}
		String inMetadata = endUserBudgetId(metadataValue(data, END_USER_BUDGET_ID));
		return inMetadata == null ? "" : inMetadata;
	}

	private static @Nullable String endUserBudgetId(@Nullable JsonNode value) {
		return (value != null && value.isString() && !value.stringValue().isEmpty()) ? value.stringValue() : null;
	}

	/**
	 * {@code enforce_output_token_estimates_are_admin_only}: the estimates the key would end up with (the field,
	 * else a sent {@code metadata}'s value, else the stored one) must equal the stored ones unless a proxy admin
	 * asks, so setting, changing and clearing them are refused while re-sending them passes.
	 */
	private static void requireAdminForOutputTokenEstimates(ObjectNode data, Caller caller,
			@Nullable TableRow existing) {
		if (caller.admin()) {
			return;
		}
		for (String field : OUTPUT_TOKEN_ESTIMATES) {
			JsonNode stored = storedMetadata(existing, field);
			JsonNode resulting;
			if (present(data, field) != null) {
				resulting = data.get(field);
			}
			else if (present(data, "metadata") != null) {
				resulting = metadataValue(data, field);
			}
			else {
				resulting = stored;
			}
			if (!Objects.equals(withoutNull(resulting), withoutNull(stored))) {
				throw HttpError.ofErrorDict(403, "Only proxy admins can set default_estimated_output_tokens or "
						+ "default_estimated_output_tokens_per_model on a key. They decide how many output tokens "
						+ "the rate limiter reserves for a request that omits max_tokens.");
			}
		}
	}

	private static @Nullable JsonNode withoutNull(@Nullable JsonNode value) {
		return (value == null || value.isNull()) ? null : value;
	}

	private static @Nullable JsonNode metadataValue(ObjectNode data, String field) {
		JsonNode metadata = present(data, "metadata");
		return (metadata instanceof ObjectNode object) ? object.get(field) : null;
	}

	private static @Nullable JsonNode storedMetadata(@Nullable TableRow existing, String field) {
		JsonNode metadata = (existing == null) ? null : existing.json("metadata");
		return (metadata instanceof ObjectNode object) ? object.get(field) : null;
	}

	private static boolean isTrue(@Nullable JsonNode value) {
		return value != null && value.isBoolean() && value.booleanValue();
	}

}
