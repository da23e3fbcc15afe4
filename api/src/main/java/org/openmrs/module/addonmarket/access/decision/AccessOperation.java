package org.openmrs.module.addonmarket.access.decision;

import org.openmrs.module.addonmarket.audit.AuditOperation;
import org.openmrs.module.addonmarket.catalog.scope.Permission;

/**
 * What an add-on asks the gateway to do, with the scope permission that allows it and the name the audit log
 * gives it.
 */
public enum AccessOperation {
	/** One record by id: needs {@code r}. */
	READ(Permission.READ, AuditOperation.READ),
	/** Records matching parameters: needs {@code s}. */
	SEARCH(Permission.SEARCH, AuditOperation.SEARCH),
	/** A new record: needs {@code c}. */
	CREATE(Permission.CREATE, AuditOperation.CREATE),
	/** A request to a place outside the EHR: needs an approved egress destination, no scope. */
	EGRESS(null, AuditOperation.EGRESS);

	private final Permission permission;

	private final String auditName;

	AccessOperation(Permission permission, String auditName) {
		this.permission = permission;
		this.auditName = auditName;
	}

	/** @return the scope permission that allows it, or null for egress, which scopes do not govern */
	public Permission permission() {
		return permission;
	}

	/** @return the operation as the audit log names it, e.g. {@code search} */
	public String auditName() {
		return auditName;
	}
}
