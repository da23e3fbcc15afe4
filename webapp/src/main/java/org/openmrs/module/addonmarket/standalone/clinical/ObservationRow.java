package org.openmrs.module.addonmarket.standalone.clinical;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A measurement as the standalone server stores one.
 *
 * @param uuid the observation's id
 * @param patientUuid the patient's id
 * @param encounterUuid the visit it was taken at, or null
 * @param measurement what was measured, with its code and unit
 * @param status {@code final}, {@code preliminary} or {@code amended}
 * @param value the value, in the measurement's unit
 * @param effective when it was measured
 * @param recordedBy the uuid of the user who recorded it, or null for generated data
 */
public record ObservationRow(String uuid, String patientUuid, String encounterUuid, Measurement measurement,
        String status, BigDecimal value, Instant effective, String recordedBy) {
}
