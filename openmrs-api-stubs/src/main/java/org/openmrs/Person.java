// Checked against openmrs-core (api/src/main/java/org/openmrs/Person.java, 2.x line and the 2.9 development line):
// Person extends BaseChangeableOpenmrsData (a BaseOpenmrsData); the three getters are declared in Person.
package org.openmrs;

import java.util.Date;

/**
 * Stand-in for the OpenMRS platform class of the same name, holding only the members the omod uses. Compile-only:
 * the platform's own class is used at run time.
 */
public class Person extends BaseOpenmrsData {

	Person() {
	}

	/** Stand-in for the platform's gender code (M, F, O, U). */
	public String getGender() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's birth date, or null. */
	public Date getBirthdate() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's preferred, non-voided name, or null. */
	public PersonName getPersonName() {
		throw new UnsupportedOperationException("stub");
	}
}
