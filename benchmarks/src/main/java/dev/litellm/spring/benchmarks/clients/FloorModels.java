package dev.litellm.spring.benchmarks.clients;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Minimal records the floor client decodes into with Jackson 3: the fields a typed key-management client maps,
 * snake_case on the wire, unknown fields ignored (Jackson 3's default).
 */
public final class FloorModels {

	private FloorModels() {
	}

	/**
	 * One key's record, as {@code /key/info}'s {@code info}, list items and block bodies carry it.
	 * @param token the hash
	 * @param keyName the masked key
	 * @param keyAlias the alias
	 * @param spend spend so far
	 * @param maxBudget the budget
	 * @param expires the expiry
	 * @param models allowed models
	 * @param aliases model aliases
	 * @param config config
	 * @param userId the owner
	 * @param teamId the team
	 * @param projectId the project
	 * @param maxParallelRequests the parallel-request limit
	 * @param metadata metadata
	 * @param tpmLimit tokens per minute
	 * @param rpmLimit requests per minute
	 * @param budgetDuration the budget period
	 * @param budgetResetAt the next budget reset
	 * @param allowedCacheControls allowed cache controls
	 * @param allowedRoutes allowed routes
	 * @param permissions permissions
	 * @param modelSpend spend per model
	 * @param modelMaxBudget budget per model
	 * @param softBudgetCooldown soft-budget cooldown flag
	 * @param blocked whether the key is blocked
	 * @param litellmBudgetTable the joined budget row
	 * @param orgId the organization (list items)
	 * @param organizationId the organization (raw rows)
	 * @param createdAt creation time
	 * @param createdBy creator
	 * @param updatedAt update time
	 * @param updatedBy updater
	 * @param lastActive last use
	 * @param objectPermissionId the object-permission id
	 * @param objectPermission the object permission
	 * @param accessGroupIds access groups
	 * @param rotationCount rotations so far
	 * @param autoRotate auto-rotation flag
	 * @param rotationInterval the rotation interval
	 * @param lastRotationAt the last rotation
	 * @param keyRotationAt the next rotation
	 * @param routerSettings router settings
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	public record KeyInfo(@Nullable String token, @Nullable String keyName, @Nullable String keyAlias,
			@Nullable Double spend, @Nullable Double maxBudget, @Nullable OffsetDateTime expires,
			@Nullable List<String> models, @Nullable Map<String, Object> aliases, @Nullable Map<String, Object> config,
			@Nullable String userId, @Nullable String teamId, @Nullable String projectId,
			@Nullable Integer maxParallelRequests, @Nullable Map<String, Object> metadata, @Nullable Long tpmLimit,
			@Nullable Long rpmLimit, @Nullable String budgetDuration, @Nullable OffsetDateTime budgetResetAt,
			@Nullable List<Object> allowedCacheControls, @Nullable List<Object> allowedRoutes,
			@Nullable Map<String, Object> permissions, @Nullable Map<String, Object> modelSpend,
			@Nullable Map<String, Object> modelMaxBudget, @Nullable Boolean softBudgetCooldown,
			@Nullable Boolean blocked, @Nullable Map<String, Object> litellmBudgetTable, @Nullable String orgId,
			@Nullable String organizationId, @Nullable OffsetDateTime createdAt, @Nullable String createdBy,
			@Nullable OffsetDateTime updatedAt, @Nullable String updatedBy, @Nullable OffsetDateTime lastActive,
			@Nullable String objectPermissionId, @Nullable Map<String, Object> objectPermission,
			@Nullable List<String> accessGroupIds, @Nullable Integer rotationCount, @Nullable Boolean autoRotate,
			@Nullable String rotationInterval, @Nullable OffsetDateTime lastRotationAt,
			@Nullable OffsetDateTime keyRotationAt, @Nullable Map<String, Object> routerSettings) {
	}

	/**
	 * The {@code /key/info} envelope.
	 * @param key the key as passed (here, its hash)
	 * @param info the key's record
	 */
	public record KeyInfoResponse(@Nullable String key, @Nullable KeyInfo info) {
	}

	/**
	 * A {@code /key/list} page.
	 * @param keys the keys
	 * @param totalCount keys in all pages
	 * @param currentPage this page
	 * @param totalPages the number of pages
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	public record KeyListResponse(@Nullable List<KeyInfo> keys, @Nullable Integer totalCount,
			@Nullable Integer currentPage, @Nullable Integer totalPages) {
	}

	/**
	 * The {@code /key/generate} request the benchmark sends.
	 * @param keyAlias the alias
	 * @param models allowed models
	 * @param maxBudget the budget
	 * @param budgetDuration the budget period
	 * @param duration the key's lifetime
	 * @param teamId the team
	 * @param metadata metadata
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record GenerateKeyRequest(@Nullable String keyAlias, @Nullable List<String> models,
			@Nullable Double maxBudget, @Nullable String budgetDuration, @Nullable String duration,
			@Nullable String teamId, @Nullable Map<String, Object> metadata) {
	}

	/**
	 * The {@code /key/generate} response.
	 * @param key the raw key
	 * @param keyName the masked key
	 * @param keyAlias the alias
	 * @param tokenId the hash
	 * @param token the hash
	 * @param expires the expiry
	 * @param models allowed models
	 * @param spend spend
	 * @param maxBudget the budget
	 * @param userId the owner
	 * @param teamId the team
	 * @param organizationId the organization
	 * @param projectId the project
	 * @param metadata metadata
	 * @param budgetDuration the budget period
	 * @param budgetId the budget row
	 * @param tpmLimit tokens per minute
	 * @param rpmLimit requests per minute
	 * @param maxParallelRequests the parallel-request limit
	 * @param allowedRoutes allowed routes
	 * @param routerSettings router settings
	 * @param litellmBudgetTable the budget row
	 * @param createdBy creator
	 * @param updatedBy updater
	 * @param createdAt creation time
	 * @param updatedAt update time
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	public record GenerateKeyResponse(@Nullable String key, @Nullable String keyName, @Nullable String keyAlias,
			@Nullable String tokenId, @Nullable String token, @Nullable OffsetDateTime expires,
			@Nullable List<String> models, @Nullable Double spend, @Nullable Double maxBudget,
			@Nullable String userId, @Nullable String teamId, @Nullable String organizationId,
			@Nullable String projectId, @Nullable Map<String, Object> metadata, @Nullable String budgetDuration,
			@Nullable String budgetId, @Nullable Long tpmLimit, @Nullable Long rpmLimit,
			@Nullable Integer maxParallelRequests, @Nullable List<Object> allowedRoutes,
			@Nullable Map<String, Object> routerSettings, @Nullable Map<String, Object> litellmBudgetTable,
			@Nullable String createdBy, @Nullable String updatedBy, @Nullable OffsetDateTime createdAt,
			@Nullable OffsetDateTime updatedAt) {
	}

}
