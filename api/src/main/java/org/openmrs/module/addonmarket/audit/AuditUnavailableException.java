package org.openmrs.module.addonmarket.audit;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;

/**
 * The audit log could not record an event. Whoever asked to append it must treat the act as not done: the access
 * gateway releases no data (fail closed).
 */
public class AuditUnavailableException extends AddonMarketException {

	private static final long serialVersionUID = 1L;

	public AuditUnavailableException(String message, Throwable cause) {
		super(ErrorCode.AUDIT_UNAVAILABLE, message, null, cause);
	}
}
