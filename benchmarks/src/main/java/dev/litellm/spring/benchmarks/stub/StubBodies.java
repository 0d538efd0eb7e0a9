package dev.litellm.spring.benchmarks.stub;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The bodies the stub serves, shaped field by field like the real proxy's (see {@code litellm-proxy-api.md}):
 * the raw-row {@code /key/info} envelope with Python {@code isoformat()} datetimes ({@code +00:00}), the full
 * {@code GenerateKeyResponse} with pydantic datetimes ({@code Z}, trailing zeros trimmed) and a
 * {@code router_settings} object of nulls, and {@code /key/list} pages of full {@code UserAPIKeyAuth} objects.
 */
public final class StubBodies {

	/** The master key every client sends. */
	public static final String MASTER_KEY = "sk-master-benchmark-0000";

	/** The raw key the {@code keyInfo} benchmark asks about; the clients send its SHA-256 hash. */
	public static final String INFO_KEY = "sk-Qm9vZ3lfYmVuY2htYXJrX2tleV9pbmZvX3Rlc3Q";

	/** Keys per {@code /key/list} page. */
	public static final int PAGE_SIZE = 100;

	/** The total the streaming mode reports: 1,000 pages of 100 keys. */
	public static final int STREAM_TOTAL = 100_000;

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	/** pydantic trims trailing zeros from the fraction, so the list mixes 3-, 2- and 6-digit fractions. */
	private static final String[] Z_TIMES = { "2026-03-10T09:15:42.318Z", "2026-03-11T17:02:05.64Z",
			"2026-03-12T08:45:00.301857Z", "2026-03-13T23:59:59.9Z", "2026-03-14T00:00:00Z" };

	private final byte[] keyInfo;

	private final byte[] generateKey;

	private final byte[] listPage;

	private StubBodies() {
		this.keyInfo = encode(keyInfoEnvelope());
		this.generateKey = encode(generateKeyResponse());
		this.listPage = encode(listPage(1, PAGE_SIZE, 1_000));
	}

	/**
	 * Builds every fixed body once.
	 * @return the encoded bodies
	 */
	public static StubBodies create() {
		return new StubBodies();
	}

	/**
	 * The {@code GET /key/info} body.
	 * @return the encoded envelope (shared; do not modify)
	 */
	public byte[] keyInfo() {
		return this.keyInfo;
	}

	/**
	 * The {@code POST /key/generate} body.
	 * @return the encoded response (shared; do not modify)
	 */
	public byte[] generateKey() {
		return this.generateKey;
	}

	/**
	 * The {@code GET /key/list?page=1&size=100&return_full_object=true} body.
	 * @return the encoded page (shared; do not modify)
	 */
	public byte[] listPage() {
		return this.listPage;
	}

	/**
	 * Encodes one page of the streaming listing: distinct tokens per page, aliases numbered from 0 across pages.
	 * @param page the 1-based page
	 * @param size keys per page
	 * @return the encoded page; empty {@code keys} past the end
	 */
	public static byte[] streamPage(int page, int size) {
		int totalPages = (STREAM_TOTAL + size - 1) / size;
		return encode(listPage(page, size, totalPages, STREAM_TOTAL));
	}

	/**
	 * The SHA-256 hex digest the proxy uses as a key's token.
	 * @param rawKey the raw key
	 * @return 64 lowercase hex digits
	 */
	public static String sha256Hex(String rawKey) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(rawKey.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] encode(Object value) {
		return MAPPER.writeValueAsBytes(value);
	}

	private static Map<String, Object> keyInfoEnvelope() {
		Map<String, Object> info = new LinkedHashMap<>();
		// Raw Prisma row in schema.prisma column order, minus "token", with model_dump() datetimes.
		info.put("key_name", "sk-...info");
		info.put("key_alias", "payments-prod");
		info.put("soft_budget_cooldown", false);
		info.put("spend", 12.345678901234);
		info.put("expires", "2026-06-08T09:15:42.318000+00:00");
		info.put("models", List.of("gpt-4o", "gpt-4o-mini", "claude-sonnet-4"));
		info.put("aliases", Map.of());
		info.put("config", Map.of());
		info.put("router_settings", Map.of());
		info.put("user_id", "user-7f3c2a");
		info.put("team_id", "team-payments");
		info.put("agent_id", null);
		info.put("project_id", null);
		info.put("permissions", Map.of());
		info.put("max_parallel_requests", 20);
		info.put("metadata", metadata(0));
		info.put("blocked", null);
		info.put("tpm_limit", 100000);
		info.put("rpm_limit", 600);
		info.put("max_budget", 100.0);
		info.put("budget_duration", "30d");
		info.put("budget_reset_at", "2026-04-01T00:00:00+00:00");
		info.put("allowed_cache_controls", List.of());
		info.put("allowed_routes", List.of());
		info.put("policies", List.of());
		info.put("access_group_ids", List.of());
		info.put("model_spend", Map.of("gpt-4o", 10.5, "gpt-4o-mini", 1.845678901234));
		info.put("model_max_budget", Map.of());
		info.put("budget_id", "budget-3b1f");
		info.put("organization_id", "org-acme");
		info.put("object_permission_id", "objperm-91c2");
		info.put("created_at", "2026-03-10T09:15:42.318000+00:00");
		info.put("created_by", "default_user_id");
		info.put("updated_at", "2026-03-12T14:03:11.907000+00:00");
		info.put("updated_by", "default_user_id");
		info.put("last_active", "2026-03-20T18:44:09.512000+00:00");
		info.put("rotation_count", 0);
		info.put("auto_rotate", false);
		info.put("rotation_interval", null);
		info.put("last_rotation_at", null);
		info.put("key_rotation_at", null);
		info.put("budget_limits", null);
		Map<String, Object> budget = new LinkedHashMap<>();
		budget.put("budget_id", "budget-3b1f");
		budget.put("max_budget", 100.0);
		budget.put("soft_budget", 80.0);
		budget.put("max_parallel_requests", null);
		budget.put("tpm_limit", null);
		budget.put("rpm_limit", null);
		budget.put("model_max_budget", null);
		budget.put("budget_duration", "30d");
		budget.put("budget_reset_at", "2026-04-01T00:00:00+00:00");
		budget.put("created_at", "2026-03-10T09:15:42.318000+00:00");
		budget.put("created_by", "default_user_id");
		budget.put("updated_at", "2026-03-10T09:15:42.318000+00:00");
		budget.put("updated_by", "default_user_id");
		info.put("litellm_budget_table", budget);
		Map<String, Object> permission = new LinkedHashMap<>();
		permission.put("object_permission_id", "objperm-91c2");
		permission.put("mcp_servers", List.of());
		permission.put("mcp_access_groups", List.of());
		permission.put("mcp_tool_permissions", Map.of());
		permission.put("vector_stores", List.of());
		permission.put("agents", List.of());
		permission.put("agent_access_groups", List.of());
		info.put("object_permission", permission);
		Map<String, Object> envelope = new LinkedHashMap<>();
		envelope.put("key", sha256Hex(INFO_KEY));
		envelope.put("info", info);
		return envelope;
	}

	private static Map<String, Object> generateKeyResponse() {
		String raw = "sk-Z2VuZXJhdGVkX2tleV9mb3JfYmVuY2htYXJrcw";
		String hash = sha256Hex(raw);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("key_alias", "payments-prod");
		body.put("duration", null);
		body.put("models", List.of("gpt-4o", "gpt-4o-mini"));
		body.put("spend", 0.0);
		body.put("max_budget", 10.0);
		body.put("user_id", null);
		body.put("team_id", "team-payments");
		body.put("agent_id", null);
		body.put("max_parallel_requests", null);
		body.put("metadata", metadata(0));
		body.put("tpm_limit", null);
		body.put("rpm_limit", null);
		body.put("budget_duration", "30d");
		body.put("allowed_cache_controls", List.of());
		body.put("config", Map.of());
		body.put("permissions", Map.of());
		body.put("model_max_budget", Map.of());
		body.put("model_rpm_limit", null);
		body.put("model_tpm_limit", null);
		body.put("guardrails", null);
		body.put("policies", null);
		body.put("prompts", null);
		body.put("blocked", null);
		body.put("aliases", Map.of());
		body.put("object_permission", null);
		body.put("key", raw);
		body.put("budget_id", null);
		body.put("tags", null);
		body.put("enforced_params", null);
		body.put("allowed_routes", List.of());
		body.put("allowed_passthrough_routes", null);
		body.put("allowed_vector_store_indexes", null);
		body.put("rpm_limit_type", null);
		body.put("tpm_limit_type", null);
		Map<String, Object> router = new LinkedHashMap<>();
		for (String field : List.of("routing_strategy_args", "routing_strategy", "model_group_retry_policy",
				"allowed_fails", "cooldown_time", "num_retries", "timeout", "max_retries", "retry_after", "fallbacks",
				"context_window_fallbacks")) {
			router.put(field, null);
		}
		router.put("model_group_alias", Map.of());
		body.put("router_settings", router);
		body.put("access_group_ids", null);
		body.put("key_name", "sk-...cnMx");
		body.put("expires", "2026-06-08T09:15:42.318Z");
		body.put("token_id", hash);
		body.put("organization_id", null);
		body.put("project_id", null);
		body.put("litellm_budget_table", null);
		body.put("token", hash);
		body.put("created_by", "default_user_id");
		body.put("updated_by", "default_user_id");
		body.put("created_at", "2026-03-10T09:15:42.64Z");
		body.put("updated_at", "2026-03-10T09:15:42.64Z");
		return body;
	}

	private static Map<String, Object> listPage(int page, int size, int totalPages) {
		return listPage(page, size, totalPages, totalPages * size);
	}

	private static Map<String, Object> listPage(int page, int size, int totalPages, int totalCount) {
		List<Object> keys = new ArrayList<>(size);
		int first = (page - 1) * size;
		int last = Math.min(first + size, totalCount);
		for (int index = first; index < last; index++) {
			keys.add(listedKey(index));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("keys", keys);
		body.put("total_count", totalCount);
		body.put("current_page", page);
		body.put("total_pages", totalPages);
		return body;
	}

	private static Map<String, Object> listedKey(int index) {
		String time = Z_TIMES[index % Z_TIMES.length];
		Map<String, Object> key = new LinkedHashMap<>();
		// LiteLLM_VerificationToken fields
		key.put("token", sha256Hex("sk-listed-" + index));
		key.put("key_name", "sk-..." + String.format("%04d", index % 10_000));
		key.put("key_alias", "stream-" + index);
		key.put("spend", 0.25 * (index % 400));
		key.put("max_budget", (index % 3 == 0) ? null : 50.0);
		key.put("expires", (index % 4 == 0) ? null : "2027-01-15T10:20:30.123Z");
		key.put("models", List.of("gpt-4o", "gpt-4o-mini"));
		key.put("aliases", Map.of());
		key.put("config", Map.of());
		key.put("user_id", "user-" + (index % 97));
		key.put("team_id", "team-" + (index % 13));
		key.put("agent_id", null);
		key.put("project_id", null);
		key.put("max_parallel_requests", null);
		key.put("metadata", metadata(index));
		key.put("tpm_limit", null);
		key.put("rpm_limit", (index % 2 == 0) ? 600 : null);
		key.put("budget_duration", "30d");
		key.put("budget_reset_at", "2026-04-01T00:00:00Z");
		key.put("allowed_cache_controls", List.of());
		key.put("allowed_routes", List.of());
		key.put("permissions", Map.of());
		key.put("model_spend", Map.of());
		key.put("model_max_budget", Map.of());
		key.put("soft_budget_cooldown", false);
		key.put("blocked", null);
		key.put("litellm_budget_table", null);
		key.put("org_id", "org-acme");
		key.put("created_at", time);
		key.put("created_by", "default_user_id");
		key.put("updated_at", time);
		key.put("updated_by", "default_user_id");
		key.put("last_active", null);
		key.put("object_permission_id", null);
		key.put("object_permission", null);
		key.put("access_group_ids", null);
		key.put("rotation_count", 0);
		key.put("auto_rotate", false);
		key.put("rotation_interval", null);
		key.put("last_rotation_at", null);
		key.put("key_rotation_at", null);
		key.put("router_settings", null);
		// UserAPIKeyAuth additions: practically always null or default in list results
		for (String field : List.of("team_spend", "team_alias", "team_tpm_limit", "team_rpm_limit", "team_max_budget",
				"team_soft_budget")) {
			key.put(field, null);
		}
		key.put("team_models", List.of());
		key.put("team_blocked", false);
		for (String field : List.of("soft_budget", "team_model_aliases", "team_member", "team_metadata",
				"team_object_permission_id", "team_member_spend", "team_member_tpm_limit", "team_member_rpm_limit",
				"end_user_id", "end_user_tpm_limit", "end_user_rpm_limit", "end_user_max_budget",
				"organization_max_budget", "organization_tpm_limit", "organization_rpm_limit", "organization_metadata",
				"last_refreshed_at", "api_key", "user_role", "allowed_model_region", "parent_otel_span",
				"rpm_limit_per_model", "tpm_limit_per_model", "user_tpm_limit", "user_rpm_limit", "user_email",
				"user_spend", "user_max_budget", "request_route", "user", "end_user_object_permission")) {
			key.put(field, null);
		}
		return key;
	}

	private static Map<String, Object> metadata(int index) {
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put("owner", "platform-team@example.com");
		metadata.put("cost_center", "cc-" + (1000 + index % 50));
		metadata.put("environment", (index % 2 == 0) ? "prod" : "staging");
		metadata.put("tags", List.of("payments", "tier-1"));
		return metadata;
	}

}
