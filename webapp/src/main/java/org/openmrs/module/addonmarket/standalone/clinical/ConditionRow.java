package org.openmrs.module.addonmarket.standalone.clinical;

import java.time.Instant;

/**
 * An active problem-list condition as the standalone server stores one.
 *
 * @param uuid the condition's id
 * @param patientUuid the patient's id
 * @param condition what the patient has
 * @param onset when it began
 */
public record ConditionRow(String uuid, String patientUuid, ChronicCondition condition, Instant onset) {
}
