package org.openmrs.module.addonmarket.audit;

/**
 * The two sorts of event in the one audit chain.
 */
public enum AuditKind {
	/** An add-on's call through the access gateway: a read, search, create, update or egress, permitted or not. */
	ACCESS,
	/** A person's (or the system's) decision about add-ons: publish, install, grant, deny, suspend and so on. */
	GOVERNANCE
}
