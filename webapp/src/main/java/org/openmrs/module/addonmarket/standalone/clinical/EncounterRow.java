package org.openmrs.module.addonmarket.standalone.clinical;

import java.time.Instant;

/**
 * A finished visit as the standalone server stores one.
 *
 * @param uuid the encounter's id
 * @param patientUuid the patient's id
 * @param type the kind of visit
 * @param start when it began
 * @param end when it ended
 */
public record EncounterRow(String uuid, String patientUuid, VisitType type, Instant start, Instant end) {
}
