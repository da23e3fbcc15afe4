package org.openmrs.module.addonmarket.audit;

import java.util.Map;
import java.util.Set;

/**
 * What the audit log shows an add-on did with data over a period.
 *
 * @param resourceTypesRead resource types it was permitted to read or search
 * @param resourceTypesWritten resource types it was permitted to create or update
 * @param distinctPatients how many different patients' charts it touched (permitted or not)
 * @param egressDestinations where it sent data, or tried to
 * @param permitted how many calls were permitted
 * @param denied how many were denied
 * @param failed how many ended in an error
 * @param denialsByReason denied calls counted by reason code ({@code unspecified} when none was given)
 * @param scopesUsed the scopes that permitted at least one call
 */
public record ObservedFlow(Set<String> resourceTypesRead, Set<String> resourceTypesWritten, long distinctPatients,
        Set<String> egressDestinations, long permitted, long denied, long failed, Map<String, Long> denialsByReason,
        Set<String> scopesUsed) {

	public ObservedFlow {
		resourceTypesRead = Set.copyOf(resourceTypesRead);
		resourceTypesWritten = Set.copyOf(resourceTypesWritten);
		egressDestinations = Set.copyOf(egressDestinations);
		denialsByReason = Map.copyOf(denialsByReason);
		scopesUsed = Set.copyOf(scopesUsed);
	}
}
