// Checked against openmrs-core (api/src/main/java/org/openmrs/PatientIdentifierType.java, 2.x line and the 2.9
// development line): extends BaseChangeableOpenmrsMetadata (a BaseOpenmrsMetadata); only inherited members are used.
package org.openmrs;

/**
 * Stand-in for the OpenMRS platform class of the same name, holding only the members the omod uses. Compile-only:
 * the platform's own class is used at run time.
 */
public class PatientIdentifierType extends BaseOpenmrsMetadata {

	PatientIdentifierType() {
	}
}
