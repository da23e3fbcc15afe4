package org.openmrs.module.addonmarket.standalone.clinical;

import java.time.LocalDate;

/**
 * A patient as the standalone server stores one.
 *
 * @param uuid the patient's id (FHIR {@code Patient.id})
 * @param identifier the patient's number, unique on this server
 * @param givenName the given name
 * @param familyName the family name
 * @param gender {@code male} or {@code female} (FHIR administrative gender)
 * @param birthDate the date of birth
 */
public record PatientRow(String uuid, String identifier, String givenName, String familyName, String gender,
        LocalDate birthDate) {
}
