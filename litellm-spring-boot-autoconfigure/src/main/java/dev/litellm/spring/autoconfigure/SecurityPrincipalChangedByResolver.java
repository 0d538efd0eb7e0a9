package dev.litellm.spring.autoconfigure;

import dev.litellm.spring.keys.ChangedByResolver;
import reactor.core.publisher.Mono;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Names the authenticated Spring Security principal as the actor of writes: from the Reactor context in WebFlux
 * applications, else from the calling thread, as in servlet applications that call the blocking API on the
 * request thread. Anonymous and unauthenticated callers name no one.
 */
class SecurityPrincipalChangedByResolver implements ChangedByResolver {

	@Override
	public Mono<String> resolveChangedBy() {
		return ReactiveSecurityContextHolder.getContext()
			.mapNotNull(SecurityContext::getAuthentication)
			.switchIfEmpty(Mono.fromSupplier(() -> SecurityContextHolder.getContext().getAuthentication()))
			.filter(SecurityPrincipalChangedByResolver::isAuthenticatedUser)
			.mapNotNull(Authentication::getName);
	}

	private static boolean isAuthenticatedUser(Authentication authentication) {
		return authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken);
	}

}
