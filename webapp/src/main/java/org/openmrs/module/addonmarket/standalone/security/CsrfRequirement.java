package org.openmrs.module.addonmarket.standalone.security;

import java.util.Set;

import javax.servlet.http.HttpServletRequest;

import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which requests must carry the session's CSRF token: those that change something and could ride on a browser's
 * session cookie. Exempt are reads, requests signed in with HTTP Basic ({@link BasicAuthorization}) and requests
 * that carry no session cookie at all (nothing to ride on; they act as anonymous). Signing in always needs the
 * token, so that a foreign page cannot sign a browser in as the attacker (login CSRF).
 */
public final class CsrfRequirement implements RequestMatcher {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final RequestMatcher signIn;

	/** @param signIn matches the sign-in request, which needs the token even without a session cookie */
	public CsrfRequirement(RequestMatcher signIn) {
		this.signIn = signIn;
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		if (SAFE_METHODS.contains(request.getMethod()) || BasicAuthorization.isPresent(request)) {
			return false;
		}
		return signIn.matches(request) || request.getRequestedSessionId() != null;
	}
}
