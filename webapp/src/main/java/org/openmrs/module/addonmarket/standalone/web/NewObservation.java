package org.openmrs.module.addonmarket.standalone.web;

import java.math.BigDecimal;

/**
 * A measurement a clinician records for a patient, e.g.
 * {@code {"code": "http://loinc.org|8480-6", "value": 185, "unit": "mm[Hg]"}}.
 *
 * @param code what was measured, as system|code
 * @param value the value
 * @param unit its UCUM unit, e.g. {@code mm[Hg]}
 * @param effective when it was measured (a FHIR dateTime with offset, or a date), or null for now
 */
public record NewObservation(String code, BigDecimal value, String unit, String effective) {
}
