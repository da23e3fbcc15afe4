package org.openmrs.module.addonmarket.standalone.security;

import java.io.IOException;
import java.util.Optional;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

import org.openmrs.module.addonmarket.standalone.StandaloneIdentity;
import org.openmrs.module.addonmarket.standalone.users.SignInService;
import org.openmrs.module.addonmarket.standalone.users.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The last filter of the security chain: tells the module's services ({@link StandaloneIdentity}) who the request
 * acts for, with the privileges their roles give now (so that an administrator's change of roles, or disabling a
 * user, takes effect on that user's next request, not at their next sign-in), and forgets it when the request ends.
 * A request without a signed-in user goes on as anonymous; the services answer 401 where they need someone.
 */
@Component
public class IdentityFilter extends OncePerRequestFilter {

	private final StandaloneIdentity identity;

	private final SignInService signIns;

	public IdentityFilter(StandaloneIdentity identity, SignInService signIns) {
		this.identity = identity;
		this.signIns = signIns;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
	        throws ServletException, IOException {
		signedIn(request).ifPresent(user -> identity.actAs(user.actor(), user.privileges()));
		try {
			chain.doFilter(request, response);
		}
		finally {
			identity.clear();
		}
	}

	private Optional<SignedInUser> signedIn(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser)) {
			return Optional.empty();
		}
		SignedInUser earlier = (SignedInUser) authentication.getPrincipal();
		Optional<SignedInUser> now = signIns.currentState(earlier.uuid());
		if (now.isEmpty()) {
			// Disabled or gone since the session began: the session ends here.
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
		}
		return now;
	}
}
