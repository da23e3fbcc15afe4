package org.openmrs.module.addonmarket.standalone.security;

import java.util.Locale;

import javax.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * Whether a request signs in with HTTP Basic, as API clients do. Such a request is exempt from the CSRF check and
 * never uses or creates a session: a browser cannot be made to attach this header to a cross-site request, because
 * the server never asks for Basic (no {@code WWW-Authenticate: Basic}), so browsers neither prompt for nor cache
 * Basic credentials, and no CORS is allowed.
 */
public final class BasicAuthorization {

	private static final String PREFIX = "basic ";

	private BasicAuthorization() {
	}

	/** @return whether the request carries an {@code Authorization: Basic ...} header */
	public static boolean isPresent(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.length() >= PREFIX.length()
		        && header.substring(0, PREFIX.length()).toLowerCase(Locale.ROOT).equals(PREFIX);
	}
}
