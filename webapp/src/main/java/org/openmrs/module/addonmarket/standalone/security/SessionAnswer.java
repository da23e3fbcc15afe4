package org.openmrs.module.addonmarket.standalone.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;

import org.openmrs.module.addonmarket.host.Actor;
import org.openmrs.module.addonmarket.web.SessionBody;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What the sign-in and {@code GET /session} answer: the user, their privileges and, for a browser session, the
 * CSRF token that state-changing requests must send back (also in the {@code X-CSRF-TOKEN} response header, so that
 * a client that is not yet signed in can read it from the 401 answer and sign in with it).
 */
final class SessionAnswer {

	private SessionAnswer() {
	}

	/**
	 * @return the session's CSRF token, made and stored in the session now if it has none; empty for HTTP Basic
	 *         requests, which need none and must not create a session
	 */
	static Optional<CsrfToken> csrfToken(HttpServletRequest request) {
		if (BasicAuthorization.isPresent(request)) {
			return Optional.empty();
		}
		return Optional.ofNullable((CsrfToken) request.getAttribute(CsrfToken.class.getName()));
	}

	/** @return the body: {@code {"uuid", "username", "displayName", "privileges": [...], "csrf"?: {...}}} */
	static Map<String, Object> body(Actor actor, Set<String> privileges, Optional<CsrfToken> csrf) {
		Map<String, Object> body = SessionBody.of(actor, privileges);
		csrf.ifPresent(token -> {
			Map<String, Object> csrfView = new LinkedHashMap<>();
			csrfView.put("headerName", CsrfTokenHeaders.HEADER);
			csrfView.put("parameterName", CsrfTokenHeaders.PARAMETER);
			csrfView.put("token", token.getToken());
			body.put("csrf", csrfView);
		});
		return body;
	}

	/** @return the answer with the CSRF token added as a response header, when there is one */
	static ResponseEntity<String> withCsrfHeader(ResponseEntity<String> answer, Optional<CsrfToken> csrf) {
		if (csrf.isEmpty()) {
			return answer;
		}
		return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
		        .header(CsrfTokenHeaders.HEADER, csrf.get().getToken()).body(answer.getBody());
	}
}
