package org.openmrs.module.addonmarket.error;

/**
 * What sort of failure an error is. The web edge maps each kind to one HTTP status, in one place.
 */
public enum ErrorKind {
	/** The request is malformed: a bad parameter or body (HTTP 400). */
	BAD_REQUEST,
	/** Nobody is signed in (HTTP 401). */
	UNAUTHENTICATED,
	/** The signed-in user lacks a privilege or a duty rule forbids the act (HTTP 403). */
	FORBIDDEN,
	/** The thing asked for does not exist (HTTP 404). */
	NOT_FOUND,
	/** The request conflicts with the current state (HTTP 409). */
	CONFLICT,
	/** The request or an upload is larger than a limit allows (HTTP 413). */
	TOO_LARGE,
	/** The request is well-formed but its content is invalid (HTTP 422). */
	INVALID,
	/** The module could not complete the request through no fault of the caller (HTTP 500/503). */
	UNAVAILABLE
}
