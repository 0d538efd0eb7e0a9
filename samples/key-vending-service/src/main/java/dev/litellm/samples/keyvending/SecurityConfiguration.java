package dev.litellm.samples.keyvending;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * HTTP Basic sign-in for the admins of {@code vending.admins}; health is public, everything else needs a
 * signed-in admin.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health/**", "/error")
				.permitAll()
				.anyRequest()
				.hasRole("TEAM_ADMIN"))
			.httpBasic(Customizer.withDefaults())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

	@Bean
	InMemoryUserDetailsManager teamAdmins(VendingProperties properties) {
		return new InMemoryUserDetailsManager(properties.admins()
			.stream()
			.map((admin) -> User.withUsername(admin.username()).password(admin.password()).roles("TEAM_ADMIN").build())
			.toList());
	}

	@Bean
	TeamDirectory teamDirectory(VendingProperties properties) {
		Map<String, String> teams = properties.admins()
			.stream()
			.collect(Collectors.toMap(VendingProperties.TeamAdmin::username, VendingProperties.TeamAdmin::team));
		return new TeamDirectory(teams);
	}

}
