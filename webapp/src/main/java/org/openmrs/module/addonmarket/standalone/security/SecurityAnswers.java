package org.openmrs.module.addonmarket.standalone.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.standalone.users.SignedInUser;
import org.openmrs.module.addonmarket.web.ApiErrors;
import org.openmrs.module.addonmarket.web.ApiJson;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * The JSON answers of the security filter chain, for a single-page app and API clients, never redirects: signed in
 * (200), refused (401 with the error shape and no Basic challenge, so that browsers never show their own password
 * dialog), CSRF token missing (403), signed out (204).
 */
@Component
public class SecurityAnswers implements AuthenticationSuccessHandler, AuthenticationFailureHandler,
        AuthenticationEntryPoint, AccessDeniedHandler, LogoutSuccessHandler {

	private final ApiJson json;

	public SecurityAnswers(ApiJson json) {
		this.json = json;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
	        Authentication authentication) throws IOException {
		SignedInUser user = (SignedInUser) authentication.getPrincipal();
		Optional<CsrfToken> csrf = SessionAnswer.csrfToken(request);
		Map<String, Object> body = SessionAnswer.body(user.actor(), user.privileges(), csrf);
		write(response, SessionAnswer.withCsrfHeader(json.body(HttpStatus.OK, body), csrf));
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
	        AuthenticationException exception) throws IOException {
		refuse(response, exception);
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
	        throws IOException {
		refuse(response, exception);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
	        throws IOException {
		ErrorCode code = ErrorCode.CSRF_TOKEN_INVALID;
		write(response, json.error(ApiErrors.statusOf(code.kind()), code.code(),
		    "This request changes something and comes with a session cookie, so it must carry the session's CSRF token "
		            + "in the " + CsrfTokenHeaders.HEADER + " header (GET /ws/rest/addonmarket/v1/session gives it)",
		    null));
	}

	@Override
	public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
	        Authentication authentication) {
		response.setStatus(HttpStatus.NO_CONTENT.value());
	}

	private void refuse(HttpServletResponse response, AuthenticationException exception) throws IOException {
		ErrorCode code = exception instanceof SignInRefusedException ? ((SignInRefusedException) exception).getCode()
		        : ErrorCode.SIGN_IN_FAILED;
		String message = exception instanceof SignInRefusedException ? exception.getMessage()
		        : PasswordSignIn.WRONG_CREDENTIALS;
		write(response, json.error(ApiErrors.statusOf(code.kind()), code.code(), message, null));
	}

	private static void write(HttpServletResponse response, ResponseEntity<String> answer) throws IOException {
		response.setStatus(answer.getStatusCodeValue());
		answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		byte[] body = answer.getBody() == null ? new byte[0] : answer.getBody().getBytes(StandardCharsets.UTF_8);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}
}
