package dev.litellm.spring.keys;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The new key of a {@link RotationStrategy#REPLACE} rotation: a copy of every setting of the old key, its spend
 * and its expiry, with the link between the two in their metadata.
 *
 * <p>The settings the proxy keeps in a key's metadata travel with the metadata: per-model, MCP and tag limits
 * ({@code model_rpm_limit}, {@code mcp_rpm_limit}, {@code tag_rpm_limit}, ...), guardrails, policies and prompts,
 * {@code end_user_budget_id}, the output-token estimates, {@code disable_global_guardrails},
 * {@code enable_prompt_caching} and {@code throttle_on_budget_exceeded}. The others are columns and are copied one
 * by one.
 */
final class KeySuccessor {

	/** On the new key: the old key's hash. */
	static final String PREVIOUS_TOKEN = "rotation_previous_token";

	/** On the old key: the new key's hash. */
	static final String NEXT_TOKEN = "rotation_next_token";

	/** On the new key until it carries the alias: the alias it takes over, so an interrupted move can finish. */
	static final String PENDING_ALIAS = "rotation_pending_alias";

	private KeySuccessor() {
	}

	/**
	 * The request that creates the new key.
	 * @param old the old key's record
	 * @param oldHash the old key's hash
	 * @param newKey the new secret
	 * @param now the proxy's time, as well as known
	 */
	static GenerateKeyRequest generateRequest(KeyInfo old, String oldHash, String newKey, Instant now) {
		GenerateKeyRequest.Builder builder = GenerateKeyRequest.builder().key(newKey);
		Map<String, @Nullable Object> copied = new LinkedHashMap<>();
		copied.put("spend", old.spend());
		copied.put("max_budget", old.maxBudget());
		copied.put("budget_duration", old.budgetDuration());
		copied.put("budget_id", old.budgetId());
		copied.put("budget_limits", budgetLimits(old.budgetLimits()));
		copied.put("budget_fallbacks", nonEmpty(old.budgetFallbacks()));
		copied.put("tpd_limit", old.tpdLimit());
		copied.put("key_type", old.keyType());
		copied.put("models", old.models());
		copied.put("aliases", old.aliases());
		copied.put("config", old.config());
		copied.put("user_id", old.userId());
		copied.put("team_id", old.teamId());
		copied.put("agent_id", old.agentId());
		copied.put("project_id", old.projectId());
		copied.put("organization_id", old.organizationId());
		copied.put("permissions", old.permissions());
		copied.put("max_parallel_requests", old.maxParallelRequests());
		copied.put("tpm_limit", old.tpmLimit());
		copied.put("rpm_limit", old.rpmLimit());
		copied.put("allowed_cache_controls", old.allowedCacheControls());
		copied.put("allowed_routes", old.allowedRoutes());
		copied.put("model_max_budget", nonEmpty(old.modelMaxBudget()));
		copied.put("router_settings", nonEmpty(old.routerSettings()));
		copied.put("access_group_ids", old.accessGroupIds());
		copied.put("object_permission", objectPermission(old.objectPermission()));
		copied.put("blocked", old.blocked());
		if (Boolean.TRUE.equals(old.autoRotate())) {
			copied.put("auto_rotate", true);
			copied.put("rotation_interval", old.rotationInterval());
		}
		copied.forEach((name, value) -> {
			if (value != null) {
				builder.field(name, value);
			}
		});
		builder.metadata(metadata(old, oldHash));
		Duration duration = remaining(old, now);
		if (duration != null) {
			builder.duration(duration);
		}
		return builder.build();
	}

	/**
	 * How long the old key has left, in whole seconds (at least one), or {@code null} if it never expires.
	 */
	static @Nullable Duration remaining(KeyInfo old, Instant now) {
		if (old.expires() == null) {
			return null;
		}
		long seconds = Duration.between(now, old.expires().toInstant()).toSeconds();
		return Duration.ofSeconds(Math.max(1, seconds));
	}

	/** The new key's metadata: the old key's, linked back to it, carrying the alias it is to take over. */
	private static Map<String, @Nullable Object> metadata(KeyInfo old, String oldHash) {
		Map<String, @Nullable Object> metadata = new LinkedHashMap<>();
		if (old.metadata() != null) {
			metadata.putAll(old.metadata());
		}
		metadata.remove(NEXT_TOKEN);
		metadata.remove(PENDING_ALIAS);
		metadata.put(PREVIOUS_TOKEN, oldHash);
		if (old.keyAlias() != null) {
			metadata.put(PENDING_ALIAS, old.keyAlias());
		}
		return metadata;
	}

	/** The old key's metadata with the link to the new key. */
	static Map<String, @Nullable Object> linkedToSuccessor(KeyInfo old, String newHash) {
		Map<String, @Nullable Object> metadata = new LinkedHashMap<>();
		if (old.metadata() != null) {
			metadata.putAll(old.metadata());
		}
		metadata.put(NEXT_TOKEN, newHash);
		return metadata;
	}

	/** The new key's metadata once it carries the alias. */
	static Map<String, @Nullable Object> withoutPendingAlias(@Nullable Map<String, Object> metadata) {
		Map<String, @Nullable Object> copy = new LinkedHashMap<>();
		if (metadata != null) {
			copy.putAll(metadata);
		}
		copy.remove(PENDING_ALIAS);
		return copy;
	}

	static @Nullable String text(@Nullable Map<String, Object> metadata, String name) {
		return (metadata != null && metadata.get(name) instanceof String value) ? value : null;
	}

	/** The old key's windows as a request sends them; the proxy sets each new window's reset time itself. */
	private static @Nullable List<BudgetLimit> budgetLimits(@Nullable List<BudgetLimitEntry> windows) {
		return (windows != null && !windows.isEmpty())
				? windows.stream().map(BudgetLimitEntry::toBudgetLimit).toList() : null;
	}

	private static <V> @Nullable Map<String, V> nonEmpty(@Nullable Map<String, V> map) {
		return (map != null && !map.isEmpty()) ? map : null;
	}

	/** The permission's settings without the id of the old key's row, so the new key gets a row of its own. */
	private static @Nullable Map<String, Object> objectPermission(@Nullable Map<String, Object> permission) {
		if (permission == null || permission.isEmpty()) {
			return null;
		}
		Map<String, Object> settings = new LinkedHashMap<>(permission);
		settings.keySet().removeAll(List.of("object_permission_id", "created_at", "updated_at"));
		return settings;
	}

}
