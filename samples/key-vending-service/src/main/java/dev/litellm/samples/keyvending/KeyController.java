package dev.litellm.samples.keyvending;

import java.net.URI;
import java.security.Principal;

import dev.litellm.samples.keyvending.KeyVendingApi.IssueKey;
import dev.litellm.samples.keyvending.KeyVendingApi.IssuedKey;
import dev.litellm.samples.keyvending.KeyVendingApi.KeyPage;
import dev.litellm.samples.keyvending.KeyVendingApi.KeySummary;
import dev.litellm.samples.keyvending.KeyVendingApi.RotateKey;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The key vending API, scoped to the signed-in admin's team. Keys are addressed by their hash.
 */
@RestController
@RequestMapping("/api/keys")
class KeyController {

	/** A key's hash as the proxy stores and this API reports it: lower-case hex, so other spellings are refused. */
	private static final String TOKEN = "^[a-f0-9]{64}$";

	private final KeyVendingService service;

	private final TeamDirectory teams;

	KeyController(KeyVendingService service, TeamDirectory teams) {
		this.service = service;
		this.teams = teams;
	}

	@PostMapping
	ResponseEntity<IssuedKey> issue(Principal admin, @Valid @RequestBody IssueKey request) {
		IssuedKey issued = this.service.issue(this.teams.teamOf(admin), request);
		return ResponseEntity.created(URI.create("/api/keys/" + issued.token())).body(issued);
	}

	@GetMapping
	KeyPage list(Principal admin, @RequestParam(defaultValue = "1") @Min(1) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return this.service.list(this.teams.teamOf(admin), page, size);
	}

	@GetMapping("/{token}")
	KeySummary get(Principal admin, @PathVariable @Pattern(regexp = TOKEN) String token) {
		return this.service.get(this.teams.teamOf(admin), token);
	}

	@PostMapping("/{token}/rotate")
	RotatedKey rotate(Principal admin, @PathVariable @Pattern(regexp = TOKEN) String token,
			@Valid @RequestBody(required = false) @Nullable RotateKey request) {
		return this.service.rotate(this.teams.teamOf(admin), token, (request != null) ? request : new RotateKey(null));
	}

	@PostMapping("/{token}/block")
	KeySummary block(Principal admin, @PathVariable @Pattern(regexp = TOKEN) String token) {
		return this.service.block(this.teams.teamOf(admin), token);
	}

	@PostMapping("/{token}/unblock")
	KeySummary unblock(Principal admin, @PathVariable @Pattern(regexp = TOKEN) String token) {
		return this.service.unblock(this.teams.teamOf(admin), token);
	}

	@DeleteMapping("/{token}")
	ResponseEntity<Void> revoke(Principal admin, @PathVariable @Pattern(regexp = TOKEN) String token) {
		this.service.revoke(this.teams.teamOf(admin), token);
		return ResponseEntity.noContent().build();
	}

}
