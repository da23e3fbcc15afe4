package org.openmrs.module.addonmarket.audit.dao;

/**
 * A patient's access events counted by add-on, resource type and outcome.
 *
 * @param addonId the add-on
 * @param resourceType the resource type, or null
 * @param outcome PERMIT, DENY or ERROR
 * @param events how many events
 * @param records the records released or written
 * @param firstMicros the first event's time
 * @param lastMicros the last event's time
 */
public record PatientAccessRow(String addonId, String resourceType, String outcome, long events, long records,
        long firstMicros, long lastMicros) {
}
