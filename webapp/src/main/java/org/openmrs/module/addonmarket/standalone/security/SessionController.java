package org.openmrs.module.addonmarket.standalone.security;

import java.util.Optional;

import javax.servlet.http.HttpServletRequest;

import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.host.Actor;
import org.openmrs.module.addonmarket.standalone.StandaloneIdentity;
import org.openmrs.module.addonmarket.web.ApiErrors;
import org.openmrs.module.addonmarket.web.ApiPaths;
import org.openmrs.module.addonmarket.web.ApiJson;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code GET /session}: who is signed in, with which privileges, and the CSRF token of the browser session. 401
 * when nobody is; the CSRF token comes in the {@code X-CSRF-TOKEN} header either way, because signing in needs it.
 */
@Controller
@RequestMapping(ApiPaths.BASE + "/session")
public class SessionController {

	private final StandaloneIdentity identity;

	private final ApiJson json;

	public SessionController(StandaloneIdentity identity, ApiJson json) {
		this.identity = identity;
		this.json = json;
	}

	@GetMapping
	public ResponseEntity<String> get(HttpServletRequest request) {
		Optional<CsrfToken> csrf = SessionAnswer.csrfToken(request);
		Optional<Actor> actor = identity.currentUser();
		ResponseEntity<String> answer;
		if (actor.isPresent()) {
			answer = json.body(HttpStatus.OK, SessionAnswer.body(actor.get(), identity.currentPrivileges(), csrf));
		}
		else {
			answer = json.error(ApiErrors.statusOf(ErrorCode.NOT_SIGNED_IN.kind()), ErrorCode.NOT_SIGNED_IN.code(),
			    "Nobody is signed in: sign in with POST /login, sending the CSRF token of this answer's "
			            + CsrfTokenHeaders.HEADER + " header, or call the API with HTTP Basic",
			    null);
		}
		return SessionAnswer.withCsrfHeader(answer, csrf);
	}
}
