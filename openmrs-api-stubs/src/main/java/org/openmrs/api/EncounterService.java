// Checked against openmrs-core: api/src/main/java/org/openmrs/api/EncounterService.java (2.x line and the 2.9
// development line): getEncounterByUuid(String), getEncounters(EncounterSearchCriteria) (since 1.12) and
// getEncounterTypeByUuid(String) have these signatures.
package org.openmrs.api;

import java.util.List;

import org.openmrs.Encounter;
import org.openmrs.EncounterType;
import org.openmrs.parameter.EncounterSearchCriteria;

/**
 * Stand-in for the OpenMRS platform service interface of the same name, holding only the members the omod uses.
 * Compile-only: the platform's own interface is used at run time.
 */
public interface EncounterService {

	/** Stand-in for the platform's read of an encounter by uuid (null when there is none). */
	Encounter getEncounterByUuid(String uuid);

	/** Stand-in for the platform's encounter search. */
	List<Encounter> getEncounters(EncounterSearchCriteria encounterSearchCriteria);

	/** Stand-in for the platform's read of an encounter type by uuid (null when there is none). */
	EncounterType getEncounterTypeByUuid(String uuid);
}
