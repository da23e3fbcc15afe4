package org.openmrs.module.addonmarket.runtime;

import java.util.Objects;

import org.openmrs.module.addonmarket.host.Actor;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One run of an add-on to make.
 *
 * @param installationUuid the installation to run; it must be ACTIVE
 * @param kind what started the run
 * @param name for an ACTION the action's id (its handler comes from the manifest); for a TRIGGER or a SCHEDULE the
 *            handler the manifest names
 * @param user the user it runs for, or null (triggers and schedules run with no user)
 * @param patientId the patient it runs for (required by actions whose context is {@code patient}), or null
 * @param event for a trigger, the clinical event's resource (FHIR R4 JSON); else null
 */
public record InvocationRequest(String installationUuid, InvocationKind kind, String name, Actor user,
        String patientId, ObjectNode event) {

	public InvocationRequest {
		Objects.requireNonNull(installationUuid, "installationUuid");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(name, "name");
		event = event == null ? null : event.deepCopy();
	}

	/** @return a run of an action for a user, about a patient (or null for a user-context action) */
	public static InvocationRequest action(String installationUuid, String actionId, Actor user, String patientId) {
		return new InvocationRequest(installationUuid, InvocationKind.ACTION, actionId, user, patientId, null);
	}

	/** @return a run of a trigger's handler for a clinical event about a patient */
	public static InvocationRequest trigger(String installationUuid, String handler, String patientId,
	        ObjectNode event) {
		return new InvocationRequest(installationUuid, InvocationKind.TRIGGER, handler, null, patientId, event);
	}

	/** @return a run of a schedule's handler */
	public static InvocationRequest schedule(String installationUuid, String handler) {
		return new InvocationRequest(installationUuid, InvocationKind.SCHEDULE, handler, null, null, null);
	}

	/** @return what the access log records as the purpose, e.g. {@code action:trend} */
	public String purpose() {
		return kind.purpose(name);
	}

	@Override
	public ObjectNode event() {
		return event == null ? null : event.deepCopy();
	}
}
