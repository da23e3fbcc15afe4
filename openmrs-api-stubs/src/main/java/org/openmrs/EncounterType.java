// Checked against openmrs-core (api/src/main/java/org/openmrs/EncounterType.java, 2.x line and the 2.9 development
// line): extends BaseChangeableOpenmrsMetadata; only inherited members are used.
package org.openmrs;

/**
 * Stand-in for the OpenMRS platform class of the same name, holding only the members the omod uses. Compile-only:
 * the platform's own class is used at run time.
 */
public class EncounterType extends BaseOpenmrsMetadata {

	EncounterType() {
	}
}
