package dev.litellm.samples.keyvending;

import java.time.OffsetDateTime;
import java.util.List;

import dev.litellm.spring.keys.GenerateKeyResponse;
import dev.litellm.spring.keys.KeyInfo;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The JSON documents of the key vending API. Keys are named by their hash ({@code token}) in URLs; a raw key
 * appears only once, in the answer that created it.
 */
final class KeyVendingApi {

	/** A LiteLLM duration: a whole number and s, m, h, d, w or mo. */
	static final String DURATION = "^\\d+(s|m|h|d|w|mo)$";

	private KeyVendingApi() {
	}

	/**
	 * Issue a key for the admin's team.
	 *
	 * @param alias an alias unique within the team, for example {@code platform-ci}
	 * @param models the models the key may call (at most 50)
	 * @param maxBudget the budget in USD per budget period
	 * @param budgetDuration how often the budget resets, for example {@code 30d}
	 * @param expiresIn how long until the key expires, for example {@code 90d}; none for never
	 */
	record IssueKey(@NotBlank @Size(max = 100) String alias,
			@NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 100) String> models,
			@NotNull @PositiveOrZero Double maxBudget, @NotBlank @Pattern(regexp = DURATION) String budgetDuration,
			@Nullable @Pattern(regexp = DURATION) String expiresIn) {
	}

	/**
	 * Rotate a key.
	 *
	 * @param gracePeriod how long the old key keeps working, for example {@code 24h}; none to end it at once
	 */
	record RotateKey(@Nullable @Pattern(regexp = DURATION) String gracePeriod) {
	}

	/**
	 * A new key: the only document that carries the secret.
	 *
	 * @param key the secret, shown once
	 * @param token the key's hash, its name in this API
	 * @param alias the alias
	 * @param team the team
	 * @param expires when it expires, or none for never
	 */
	record IssuedKey(String key, String token, @Nullable String alias, @Nullable String team,
			@Nullable OffsetDateTime expires) {

		static IssuedKey of(GenerateKeyResponse response, @Nullable String alias) {
			String token = (response.tokenId() != null) ? response.tokenId() : response.token();
			return new IssuedKey(response.key(), String.valueOf(token), alias, response.teamId(), response.expires());
		}

		@Override
		public String toString() {
			return "IssuedKey[token=" + this.token + ", alias=" + this.alias + "]";
		}

	}

	/**
	 * A key, without its secret.
	 *
	 * @param token the key's hash
	 * @param alias the alias
	 * @param team the team
	 * @param models the models it may call
	 * @param spend its spend so far, in USD
	 * @param maxBudget its budget, in USD
	 * @param budgetDuration how often the budget resets
	 * @param blocked whether it is blocked
	 * @param expires when it expires
	 */
	record KeySummary(String token, @Nullable String alias, @Nullable String team, @Nullable List<String> models,
			@Nullable Double spend, @Nullable Double maxBudget, @Nullable String budgetDuration, boolean blocked,
			@Nullable OffsetDateTime expires) {

		static KeySummary of(String token, @Nullable String alias, KeyInfo info) {
			return new KeySummary(token, alias, info.teamId(), info.models(), info.spend(), info.maxBudget(),
					info.budgetDuration(), Boolean.TRUE.equals(info.blocked()), info.expires());
		}

	}

	/**
	 * One page of the team's keys.
	 *
	 * @param keys the keys on this page
	 * @param page this page's number, from 1
	 * @param totalPages how many pages there are
	 * @param totalCount how many keys the team has
	 */
	record KeyPage(List<KeySummary> keys, int page, int totalPages, int totalCount) {
	}

}
