package org.openmrs.module.addonmarket.standalone.security;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Keeps the signed-in user in the HTTP session, except for requests that sign in with HTTP Basic: those neither
 * read a session (so a Basic header with the session's username but a wrong password cannot ride on a session
 * cookie while skipping the CSRF check) nor create one (API clients are stateless).
 */
public class SessionUnlessBasic implements SecurityContextRepository {

	private final SecurityContextRepository sessions;

	public SessionUnlessBasic(SecurityContextRepository sessions) {
		this.sessions = sessions;
	}

	/** @deprecated as in the interface; Spring Security 5.8 calls {@link #loadDeferredContext} */
	@Override
	@Deprecated
	public SecurityContext loadContext(HttpRequestResponseHolder holder) {
		if (BasicAuthorization.isPresent(holder.getRequest())) {
			return SecurityContextHolder.createEmptyContext();
		}
		return sessions.loadContext(holder);
	}

	@Override
	public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
		if (BasicAuthorization.isPresent(request)) {
			return new DeferredSecurityContext() {

				@Override
				public SecurityContext get() {
					return SecurityContextHolder.createEmptyContext();
				}

				@Override
				public boolean isGenerated() {
					return true;
				}
			};
		}
		return sessions.loadDeferredContext(request);
	}

	@Override
	public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
		if (!BasicAuthorization.isPresent(request)) {
			sessions.saveContext(context, request, response);
		}
	}

	@Override
	public boolean containsContext(HttpServletRequest request) {
		return !BasicAuthorization.isPresent(request) && sessions.containsContext(request);
	}
}
