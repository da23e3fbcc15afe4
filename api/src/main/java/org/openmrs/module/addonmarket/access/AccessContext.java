package org.openmrs.module.addonmarket.access;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.host.Actor;

/**
 * Who is calling the gateway, for whom and why: one run of an add-on's action, trigger or schedule.
 *
 * @param installationUuid the installation the add-on runs as
 * @param invocationId the run, so that a whole run can be followed in the audit log
 * @param purpose why it runs, e.g. {@code action:trend} or {@code trigger:onReading}, or null
 * @param user the user behind the run, or null for a background run (a trigger or a schedule)
 * @param patientId the patient the run is for (the action's or the trigger's), or null
 */
public record AccessContext(String installationUuid, String invocationId, String purpose, Actor user,
        String patientId) {

	/** @throws AddonMarketException ACCESS_REQUEST_INVALID when the installation or the invocation is missing */
	public AccessContext {
		if (installationUuid == null || installationUuid.isBlank()) {
			throw new AddonMarketException(ErrorCode.ACCESS_REQUEST_INVALID,
			        "An access context names the installation the add-on runs as", "installationUuid");
		}
		if (invocationId == null || invocationId.isBlank()) {
			throw new AddonMarketException(ErrorCode.ACCESS_REQUEST_INVALID,
			        "An access context names the run (invocation id) it belongs to", "invocationId");
		}
		patientId = patientId == null || patientId.isBlank() ? null : patientId;
	}

	/** @return the audit log's actor: the user's uuid, or {@code system} for a background run */
	public String actor() {
		return user == null ? "system" : user.uuid();
	}
}
