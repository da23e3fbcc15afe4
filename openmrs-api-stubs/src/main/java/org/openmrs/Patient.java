// Checked against openmrs-core (api/src/main/java/org/openmrs/Patient.java, 2.x line and the 2.9 development line):
// both getters are declared in Patient.
package org.openmrs;

import java.util.List;

/**
 * Stand-in for the OpenMRS platform class of the same name, holding only the members the omod uses. Compile-only:
 * the platform's own class is used at run time.
 */
public class Patient extends Person {

	Patient() {
	}

	/** Stand-in for the platform's database id, null until saved. */
	public Integer getPatientId() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's non-voided identifiers, the preferred one first. */
	public List<PatientIdentifier> getActiveIdentifiers() {
		throw new UnsupportedOperationException("stub");
	}
}
