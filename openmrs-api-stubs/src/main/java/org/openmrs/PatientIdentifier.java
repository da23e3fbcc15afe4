// Checked against openmrs-core (api/src/main/java/org/openmrs/PatientIdentifier.java, 2.x line and the 2.9 development
// line): the three getters are declared in PatientIdentifier.
package org.openmrs;

/**
 * Stand-in for the OpenMRS platform class of the same name, holding only the members the omod uses. Compile-only:
 * the platform's own class is used at run time.
 */
public class PatientIdentifier extends BaseOpenmrsData {

	PatientIdentifier() {
	}

	/** Stand-in for the platform's identifier text. */
	public String getIdentifier() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's type of identifier. */
	public PatientIdentifierType getIdentifierType() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's whether this is the patient's preferred identifier. */
	public Boolean getPreferred() {
		throw new UnsupportedOperationException("stub");
	}
}
