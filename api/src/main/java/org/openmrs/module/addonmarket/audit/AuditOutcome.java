package org.openmrs.module.addonmarket.audit;

/**
 * How an audited act ended.
 */
public enum AuditOutcome {
	/** Allowed and carried out. */
	PERMIT,
	/** Refused by a rule (no grant covers it, the user lacks a privilege, the installation is suspended, ...). */
	DENY,
	/** Allowed, or not yet decided, but failed through no rule's doing (the host failed, the add-on crashed). */
	ERROR
}
