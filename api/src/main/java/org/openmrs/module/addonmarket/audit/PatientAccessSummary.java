package org.openmrs.module.addonmarket.audit;

import java.time.Instant;
import java.util.Set;

/**
 * One add-on's dealings with one patient's chart over a period: the answer to "which add-ons touched this chart".
 *
 * @param addonId the add-on
 * @param resourceTypes the resource types it read, searched, created or updated (or tried to)
 * @param permitted how many of its calls were permitted
 * @param denied how many were denied
 * @param failed how many ended in an error
 * @param recordsReleased how many records it was given or wrote
 * @param firstAccess its first call in the period
 * @param lastAccess its last call in the period
 */
public record PatientAccessSummary(String addonId, Set<String> resourceTypes, long permitted, long denied, long failed,
        long recordsReleased, Instant firstAccess, Instant lastAccess) {

	public PatientAccessSummary {
		resourceTypes = Set.copyOf(resourceTypes);
	}
}
