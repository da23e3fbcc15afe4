package org.openmrs.module.addonmarket.standalone.security;

import javax.servlet.http.HttpServletRequest;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * Where a request's CSRF token is read from: the header {@code X-CSRF-TOKEN}, or {@code X-XSRF-TOKEN} as some
 * client libraries name it, or the form field {@code _csrf}. The token is made only when someone asks for it (GET
 * {@code /session}, sign-in), so that requests that never need one, e.g. HTTP Basic calls, create no session.
 */
public class CsrfTokenHeaders extends CsrfTokenRequestAttributeHandler {

	public static final String HEADER = "X-CSRF-TOKEN";

	public static final String ALTERNATE_HEADER = "X-XSRF-TOKEN";

	public static final String PARAMETER = "_csrf";

	public CsrfTokenHeaders() {
		// With a name set, Spring Security 5.8 defers loading the token until it is used.
		setCsrfRequestAttributeName(PARAMETER);
	}

	@Override
	public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
		String value = request.getHeader(HEADER);
		if (value == null) {
			value = request.getHeader(ALTERNATE_HEADER);
		}
		return value != null ? value : request.getParameter(PARAMETER);
	}
}
