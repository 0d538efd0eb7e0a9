package dev.litellm.spring.benchmarks.clients;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The {@code /key/generate} body the floor client sends: the same JSON as the other clients, from a plain record.
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
public record FloorGenerateKeyRequest(String keyAlias, List<String> models, double maxBudget, String budgetDuration,
		String duration, String teamId, Map<String, Object> metadata) {
}
