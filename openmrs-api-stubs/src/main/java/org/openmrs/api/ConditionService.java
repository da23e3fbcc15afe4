// Checked against openmrs-core: api/src/main/java/org/openmrs/api/ConditionService.java (since 2.2, and the 2.9
// development line): getConditionByUuid(String) and getAllConditions(Patient) have these signatures; both require
// Get Conditions.
package org.openmrs.api;

import java.util.List;

import org.openmrs.Condition;
import org.openmrs.Patient;

/**
 * Stand-in for the OpenMRS platform service interface of the same name, holding only the members the omod uses.
 * Compile-only: the platform's own interface is used at run time.
 */
public interface ConditionService {

	/** Stand-in for the platform's read of a condition by uuid (null when there is none). */
	Condition getConditionByUuid(String uuid);

	/** Stand-in for the platform's list of a patient's conditions, active and inactive, not voided. */
	List<Condition> getAllConditions(Patient patient);
}
