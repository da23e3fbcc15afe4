package org.openmrs.module.addonmarket.grant;

/**
 * How a grant came about.
 */
public enum GrantKind {
	/** An administrator approved all or part of what was asked. */
	APPROVAL,
	/** A narrowing-only upgrade or rollback carried the previous approval over, narrowed to what is asked now. */
	NARROWING,
	/** A rollback re-issued the grant an earlier version had. */
	ROLLBACK,
	/** Everything was taken back: by an administrator, or on uninstall. */
	REVOCATION
}
