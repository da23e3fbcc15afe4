package org.openmrs.module.addonmarket.host;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Something that happened in the clinical record, told to the module after it committed.
 *
 * @param type {@code Observation.created}, {@code Encounter.created} or {@code Patient.created}
 * @param resource the new resource as FHIR R4 JSON
 * @param patientId the patient it belongs to
 * @param userUuid who caused it, or null when it came from no user
 * @param at when it was committed
 */
public record ClinicalEvent(String type, ObjectNode resource, String patientId, String userUuid, Instant at) {
}
