// Checked against openmrs-core (api/src/main/java/org/openmrs/PersonName.java, 2.x line and the 2.9 development line):
// the three getters are declared in PersonName.
package org.openmrs;

/**
 * Stand-in for the OpenMRS platform class of the same name, holding only the members the omod uses. Compile-only:
 * the platform's own class is used at run time.
 */
public class PersonName extends BaseOpenmrsData {

	PersonName() {
	}

	/** Stand-in for the platform's given name. */
	public String getGivenName() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's middle name. */
	public String getMiddleName() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's family name. */
	public String getFamilyName() {
		throw new UnsupportedOperationException("stub");
	}
}
