package org.openmrs.module.addonmarket.standalone.security;

import org.openmrs.module.addonmarket.error.ErrorCode;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in was refused, with the module's error code for the answer.
 */
public class SignInRefusedException extends AuthenticationException {

	private static final long serialVersionUID = 1L;

	private final ErrorCode code;

	public SignInRefusedException(ErrorCode code, String message) {
		super(message);
		this.code = code;
	}

	public ErrorCode getCode() {
		return code;
	}
}
