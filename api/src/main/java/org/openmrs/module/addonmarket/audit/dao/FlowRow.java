package org.openmrs.module.addonmarket.audit.dao;

/**
 * Access events of a period counted by add-on, operation, resource type, outcome, reason, scope and destination.
 *
 * @param addonId the add-on
 * @param operation read, search, create, update or egress
 * @param resourceType the resource type, or null
 * @param outcome PERMIT, DENY or ERROR
 * @param reasonCode the reason code, or null
 * @param scope the deciding scope, or null
 * @param egressDestination the destination of an egress, or null
 * @param events how many events
 */
public record FlowRow(String addonId, String operation, String resourceType, String outcome, String reasonCode,
        String scope, String egressDestination, long events) {
}
