package org.openmrs.module.addonmarket.install;

/**
 * Who an installation is for.
 */
public enum AudienceKind {
	/** Everyone in the organisation. */
	ORGANISATION,
	/** Everyone working at one location (by the location's uuid). */
	LOCATION,
	/** Everyone holding one role (by the role's name). */
	ROLE,
	/** One user (by the user's uuid). */
	USER
}
