package org.openmrs.module.addonmarket.runtime;

/**
 * What one run of an add-on runs: the installation, the add-on version it runs, the handler and why, for whom.
 *
 * @param installationUuid the installation
 * @param addonId the add-on's manifest id
 * @param addonVersion the version the installation runs
 * @param kind what started it
 * @param handler the function the entry script defines
 * @param purpose e.g. {@code action:trend}
 * @param userUuid the user, or null
 * @param patientId the patient, or null
 */
public record InvocationSubject(String installationUuid, String addonId, String addonVersion, InvocationKind kind,
        String handler, String purpose, String userUuid, String patientId) {
}
