package org.openmrs.module.addonmarket.standalone.security;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.standalone.users.SignInOutcome;
import org.openmrs.module.addonmarket.standalone.users.SignInService;
import org.openmrs.module.addonmarket.standalone.users.SignedInUser;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Checks a username and password, from the sign-in form or an HTTP Basic header, with the {@link SignInService}.
 * The principal of the result is the {@link SignedInUser}.
 */
public class PasswordSignIn implements AuthenticationProvider {

	static final String WRONG_CREDENTIALS = "Wrong username or password";

	private final SignInService signIns;

	public PasswordSignIn(SignInService signIns) {
		this.signIns = signIns;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		Object credentials = attempt.getCredentials();
		SignInOutcome outcome = signIns.signIn(attempt.getName(), credentials == null ? "" : credentials.toString());
		switch (outcome.result()) {
			case SIGNED_IN:
				SignedInUser user = outcome.user();
				List<GrantedAuthority> authorities = user.sortedPrivileges().stream().map(SimpleGrantedAuthority::new)
				        .collect(Collectors.toList());
				return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
			case LOCKED:
				throw new SignInRefusedException(ErrorCode.ACCOUNT_LOCKED,
				        "This account is locked after too many wrong passwords until "
				                + outcome.lockedUntil().truncatedTo(ChronoUnit.SECONDS)
				                + "; try again then or ask an administrator to unlock it");
			case DISABLED:
				throw new SignInRefusedException(ErrorCode.ACCOUNT_DISABLED,
				        "This account is disabled; ask an administrator");
			default:
				throw new SignInRefusedException(ErrorCode.SIGN_IN_FAILED, WRONG_CREDENTIALS);
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
