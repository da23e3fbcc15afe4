package org.openmrs.module.addonmarket.runtime;

import java.util.Objects;

import org.openmrs.module.addonmarket.host.Actor;

/**
 * Who is behind one call an add-on makes through {@code ctx}: the installation that runs, the run it belongs to, why,
 * for whom and about which patient. The runtime fills it in; the add-on never chooses any of it. It has the fields of
 * the access gateway's {@code AccessContext}, so that the gateway can serve {@link DataPort} directly.
 *
 * @param installationUuid the installation whose add-on makes the call
 * @param invocationId the run, one per action, trigger or schedule
 * @param purpose why, e.g. {@code action:trend} or {@code trigger:onReading}
 * @param user the user who ran the action, or null for triggers and schedules
 * @param patientId the patient the run is for, or null
 */
public record RuntimeCall(String installationUuid, String invocationId, String purpose, Actor user, String patientId) {

	public RuntimeCall {
		Objects.requireNonNull(installationUuid, "installationUuid");
		Objects.requireNonNull(invocationId, "invocationId");
		Objects.requireNonNull(purpose, "purpose");
	}
}
