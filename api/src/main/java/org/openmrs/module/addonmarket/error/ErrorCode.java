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
	NOT_A_PUBLISHER_MEMBER("ADDON-0104", ErrorKind.FORBIDDEN),
	KEY_INVALID("ADDON-0105", ErrorKind.INVALID),
	KEY_EXISTS("ADDON-0106", ErrorKind.CONFLICT),
	KEY_NOT_FOUND("ADDON-0107", ErrorKind.NOT_FOUND),
	SIGNATURE_MALFORMED("ADDON-0108", ErrorKind.INVALID),
	SIGNATURE_INVALID("ADDON-0109", ErrorKind.INVALID),
	SIGNATURE_NO_TRUSTED_KEY("ADDON-0110", ErrorKind.INVALID),
	SIGNATURE_KEY_REVOKED("ADDON-0111", ErrorKind.INVALID),
	SIGNATURE_REQUIRED("ADDON-0112", ErrorKind.INVALID),
	VERSION_EXISTS("ADDON-0113", ErrorKind.CONFLICT),
	VERSION_NOT_GREATER("ADDON-0114", ErrorKind.CONFLICT),
	ADDON_NOT_FOUND("ADDON-0115", ErrorKind.NOT_FOUND),
	VERSION_NOT_FOUND("ADDON-0116", ErrorKind.NOT_FOUND),
	ADDON_OF_ANOTHER_PUBLISHER("ADDON-0117", ErrorKind.FORBIDDEN),
	ADDON_BLOCKED("ADDON-0118", ErrorKind.CONFLICT),
	VERSION_WITHDRAWN("ADDON-0119", ErrorKind.CONFLICT),
	REASON_REQUIRED("ADDON-0120", ErrorKind.INVALID),
	ADDON_NOT_BLOCKED("ADDON-0121", ErrorKind.CONFLICT),
	KEY_REVOKED("ADDON-0122", ErrorKind.CONFLICT),

	// Scopes (catalog.scope)
	SCOPE_SYNTAX("ADDON-0201", ErrorKind.INVALID),
	SCOPE_CONTEXT_UNKNOWN("ADDON-0202", ErrorKind.INVALID),
	SCOPE_RESOURCE_UNKNOWN("ADDON-0203", ErrorKind.INVALID),
	SCOPE_PERMISSIONS_INVALID("ADDON-0204", ErrorKind.INVALID),
	SCOPE_V1_FORM("ADDON-0205", ErrorKind.INVALID),
	SCOPE_PARAMETER_UNKNOWN("ADDON-0206", ErrorKind.INVALID),
	SCOPE_PARAMETER_NOT_ALLOWED("ADDON-0207", ErrorKind.INVALID),
	SCOPE_PARAMETER_DUPLICATE("ADDON-0208", ErrorKind.INVALID),
	SCOPE_PARAMETER_EMPTY("ADDON-0209", ErrorKind.INVALID),
	SCOPE_TOKEN_INVALID("ADDON-0210", ErrorKind.INVALID),
	SCOPE_ENCODING_INVALID("ADDON-0211", ErrorKind.INVALID),

	// Audit log (audit)
	AUDIT_UNAVAILABLE("ADDON-0601", ErrorKind.UNAVAILABLE),
	AUDIT_ENTRY_INVALID("ADDON-0602", ErrorKind.INVALID),
	AUDIT_QUERY_INVALID("ADDON-0603", ErrorKind.BAD_REQUEST),
	AUDIT_EXPORT_FAILED("ADDON-0604", ErrorKind.UNAVAILABLE);

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
