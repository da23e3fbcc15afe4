package org.openmrs.module.addonmarket.standalone.security;

import org.openmrs.module.addonmarket.standalone.users.SignInService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;

/**
 * How the standalone server signs users in (docs/decisions/0002-standalone-sign-in.md): a sign-in form that opens
 * a session (cookie HttpOnly, SameSite=Lax, new id on sign-in, CSRF token for state-changing calls) and HTTP Basic
 * for API clients (stateless, no CSRF). The chain authenticates and lets every request through: which request
 * needs which privilege is decided by the module's services, as in OpenMRS.
 */
@Configuration
@EnableWebSecurity
public class StandaloneSecurity {

	public static final String SIGN_IN_PATH = "/login";

	public static final String SIGN_OUT_PATH = "/logout";

	public static final String SESSION_COOKIE = "JSESSIONID";

	@Bean
	public SecurityFilterChain signInChain(HttpSecurity http, SignInService signIns, SecurityAnswers answers,
	        IdentityFilter identityFilter) throws Exception {
		AntPathRequestMatcher signIn = new AntPathRequestMatcher(SIGN_IN_PATH, "POST");
		// One provider, given here rather than as a bean, so that a failed attempt is counted exactly once.
		http.authenticationManager(new ProviderManager(new PasswordSignIn(signIns)))
		        .securityContext(context -> context.requireExplicitSave(true)
		                .securityContextRepository(new SessionUnlessBasic(new DelegatingSecurityContextRepository(
		                        new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository()))))
		        .sessionManagement(sessions -> sessions.requireExplicitAuthenticationStrategy(true)
		                .sessionFixation(fixation -> fixation.changeSessionId()).enableSessionUrlRewriting(false))
		        .csrf(csrf -> csrf.csrfTokenRepository(new HttpSessionCsrfTokenRepository())
		                .csrfTokenRequestHandler(new CsrfTokenHeaders()).requireCsrfProtectionMatcher(new CsrfRequirement(signIn)))
		        .httpBasic(basic -> basic.authenticationEntryPoint(answers))
		        .formLogin(form -> form.loginPage(SIGN_IN_PATH).loginProcessingUrl(SIGN_IN_PATH).successHandler(answers)
		                .failureHandler(answers))
		        .logout(logout -> logout.logoutRequestMatcher(new AntPathRequestMatcher(SIGN_OUT_PATH, "POST"))
		                .logoutSuccessHandler(answers).deleteCookies(SESSION_COOKIE))
		        .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(answers).accessDeniedHandler(answers))
		        .requestCache(cache -> cache.disable())
		        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
		        .addFilterAfter(identityFilter, AuthorizationFilter.class);
		return http.build();
	}
}
