package org.openmrs.module.addonmarket.standalone.security;

import static org.assertj.core.api.Assertions.assertThat;

import javax.servlet.http.HttpServletRequest;

import org.junit.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;

/**
 * The truth table of which requests need the CSRF token.
 */
public class CsrfRequirementTest {

	private final CsrfRequirement requirement = new CsrfRequirement(new AntPathRequestMatcher("/login", "POST"));

	@Test
	public void matches_shouldRequireTheTokenForAStateChangeRidingOnASessionCookie() {
		for (String method : new String[] { "POST", "PUT", "PATCH", "DELETE" }) {
			assertThat(requirement.matches(request(method, "/ws/rest/addonmarket/v1/roles", true, null))).as(method)
			        .isTrue();
		}
	}

	@Test
	public void matches_shouldNotRequireTheTokenForReads() {
		for (String method : new String[] { "GET", "HEAD", "OPTIONS", "TRACE" }) {
			assertThat(requirement.matches(request(method, "/ws/rest/addonmarket/v1/session", true, null))).as(method)
			        .isFalse();
		}
	}

	@Test
	public void matches_shouldNotRequireTheTokenForHttpBasicCalls() {
		assertThat(requirement.matches(request("POST", "/ws/rest/addonmarket/v1/roles", true, "Basic YTpi"))).isFalse();
		assertThat(requirement.matches(request("POST", "/login", false, "basic YTpi"))).isFalse();
	}

	@Test
	public void matches_shouldRequireTheTokenForABearerOrOtherSchemeWithASessionCookie() {
		assertThat(requirement.matches(request("POST", "/ws/rest/addonmarket/v1/roles", true, "Bearer x"))).isTrue();
	}

	@Test
	public void matches_shouldNotRequireTheTokenWithoutASessionCookieExceptToSignIn() {
		assertThat(requirement.matches(request("POST", "/ws/rest/addonmarket/v1/roles", false, null))).isFalse();
		assertThat(requirement.matches(request("POST", "/login", false, null))).as("login CSRF").isTrue();
	}

	private static HttpServletRequest request(String method, String path, boolean sessionCookie, String authorization) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.setServletPath(path);
		if (sessionCookie) {
			request.setRequestedSessionId("ABC123");
		}
		if (authorization != null) {
			request.addHeader("Authorization", authorization);
		}
		return request;
	}
}
