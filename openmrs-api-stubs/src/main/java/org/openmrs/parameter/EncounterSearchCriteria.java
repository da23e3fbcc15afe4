// Checked against openmrs-core: api/src/main/java/org/openmrs/parameter/EncounterSearchCriteria.java (since 1.12).
package org.openmrs.parameter;

/**
 * Stand-in for the OpenMRS platform class of the same name: the omod only passes one from the builder to the service.
 * Compile-only: the platform's own class is used at run time.
 */
public class EncounterSearchCriteria {

	private EncounterSearchCriteria() {
	}
}
