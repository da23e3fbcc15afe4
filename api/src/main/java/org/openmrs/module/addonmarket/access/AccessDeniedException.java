package org.openmrs.module.addonmarket.access;

import org.openmrs.module.addonmarket.access.decision.AccessDecision;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;

/**
 * The gateway refused a call (ACCESS_DENIED, 403). The denial is in the audit log before this is thrown.
 */
public class AccessDeniedException extends AddonMarketException {

	private static final long serialVersionUID = 1L;

	private final transient AccessDecision decision;

	public AccessDeniedException(AccessDecision decision) {
		super(ErrorCode.ACCESS_DENIED, decision.reason().code() + ": " + decision.text());
		this.decision = decision;
	}

	/** @return the denial, with its reason code and text */
	public AccessDecision getDecision() {
		return decision;
	}
}
