package org.openmrs.module.addonmarket.access.decision;

import java.util.Locale;

/**
 * Why the gateway permitted or denied a call: a stable code for auditors and for the add-on's developer. The audit
 * log stores {@link #code()}, e.g. {@code no-covering-scope}.
 */
public enum AccessReason {
	/** A granted scope covers the call. */
	COVERED(true),
	/** The destination lies under an approved egress destination. */
	EGRESS_APPROVED(true),
	/** No installation has that uuid. */
	INSTALLATION_NOT_FOUND(false),
	/** The installation is pending, disabled, suspended, denied or uninstalled: only an active one reaches data. */
	INSTALLATION_NOT_ACTIVE(false),
	/** The installation has never been granted anything. */
	NO_GRANT(false),
	/** The installation's newest grant is a revocation. */
	GRANT_REVOKED(false),
	/** The installation's grant has passed its expiry. */
	GRANT_EXPIRED(false),
	/** The gateway offers no such call, e.g. creating a Patient or reading a Notice. */
	OPERATION_NOT_SUPPORTED(false),
	/** No granted scope allows this operation on this resource type. */
	NO_COVERING_SCOPE(false),
	/** A patient/ scope outside a patient's context, or a user/ search of clinical records across patients. */
	PATIENT_REQUIRED(false),
	/** A patient/ scope reaches only the patient the add-on was invoked for. */
	PATIENT_OUT_OF_CONTEXT(false),
	/** A user/ scope reaches patients on behalf of a user, and no user is behind the call. */
	USER_SCOPE_NEEDS_USER(false),
	/** A system/ scope serves background work only, and a user is behind the call. */
	SYSTEM_SCOPE_NEEDS_NO_USER(false),
	/** A search asks for (or a new record has) codes, categories or types outside the scope's restriction. */
	PARAMETER_OUTSIDE_SCOPE(false),
	/** The user behind the call lacks the OpenMRS privilege the call needs, e.g. Get Observations. */
	USER_LACKS_PRIVILEGE(false),
	/** The destination is not under any egress destination the grant approves. */
	EGRESS_NOT_APPROVED(false),
	/** The record read lies outside every permitting scope (its code, category, type or patient). */
	RECORD_OUTSIDE_SCOPE(false),
	/** The record read is on the sensitive list and no permitting scope is granted for sensitive data. */
	SENSITIVE_WITHHELD(false);

	private final boolean permits;

	AccessReason(boolean permits) {
		this.permits = permits;
	}

	/** @return whether a decision for this reason lets the call go ahead */
	public boolean permits() {
		return permits;
	}

	/** @return the code the audit log stores, lower case with hyphens, e.g. {@code grant-expired} */
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
