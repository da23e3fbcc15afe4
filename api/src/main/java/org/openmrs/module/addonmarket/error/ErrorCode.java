package org.openmrs.module.addonmarket.error;

import java.util.Locale;

/**
 * Every error the module reports, with a stable code that clients and support staff can rely on and a message key
 * for translation. Codes are never reused or renumbered; a test fails the build if two share a code.
 */
public enum ErrorCode {

	INTERNAL("ADDON-0001", ErrorKind.UNAVAILABLE),
	NOT_SIGNED_IN("ADDON-0002", ErrorKind.UNAUTHENTICATED),
	PRIVILEGE_REQUIRED("ADDON-0003", ErrorKind.FORBIDDEN),
	BAD_PARAMETER("ADDON-0004", ErrorKind.BAD_REQUEST),
	NOT_FOUND("ADDON-0005", ErrorKind.NOT_FOUND),
	STORAGE_UNAVAILABLE("ADDON-0006", ErrorKind.UNAVAILABLE),
	CONCURRENT_CHANGE("ADDON-0007", ErrorKind.CONFLICT),

	PUBLISHER_NAME_INVALID("ADDON-0101", ErrorKind.INVALID),
	PUBLISHER_EXISTS("ADDON-0102", ErrorKind.CONFLICT),
	PUBLISHER_NOT_FOUND("ADDON-0103", ErrorKind.NOT_FOUND),

	// Standalone users (webapp)
	SIGN_IN_FAILED("ADDON-0901", ErrorKind.UNAUTHENTICATED),
	ACCOUNT_LOCKED("ADDON-0902", ErrorKind.UNAUTHENTICATED),
	ACCOUNT_DISABLED("ADDON-0903", ErrorKind.UNAUTHENTICATED),
	CSRF_TOKEN_INVALID("ADDON-0904", ErrorKind.FORBIDDEN),
	USERNAME_INVALID("ADDON-0910", ErrorKind.INVALID),
	USERNAME_TAKEN("ADDON-0911", ErrorKind.CONFLICT),
	PASSWORD_INVALID("ADDON-0912", ErrorKind.INVALID),
	USER_NOT_FOUND("ADDON-0913", ErrorKind.NOT_FOUND),
	DISPLAY_NAME_INVALID("ADDON-0914", ErrorKind.INVALID),
	ROLE_NAME_INVALID("ADDON-0920", ErrorKind.INVALID),
	ROLE_EXISTS("ADDON-0921", ErrorKind.CONFLICT),
	ROLE_NOT_FOUND("ADDON-0922", ErrorKind.NOT_FOUND),
	ROLE_UNKNOWN("ADDON-0923", ErrorKind.INVALID),
	PRIVILEGE_UNKNOWN("ADDON-0924", ErrorKind.INVALID),
	ROLE_DESCRIPTION_INVALID("ADDON-0925", ErrorKind.INVALID);

	private final String code;

	private final ErrorKind kind;

	ErrorCode(String code, ErrorKind kind) {
		this.code = code;
		this.kind = kind;
	}

	/** @return the stable code, e.g. {@code ADDON-0101} */
	public String code() {
		return code;
	}

	public ErrorKind kind() {
		return kind;
	}

	/** @return the key of this error's message in messages.properties */
	public String messageKey() {
		return "addonmarket.error." + name().toLowerCase(Locale.ROOT).replace('_', '.');
	}
}
