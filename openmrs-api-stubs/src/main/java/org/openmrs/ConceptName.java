// Checked against openmrs-core (api/src/main/java/org/openmrs/ConceptName.java, 2.x line and the 2.9 development line):
// getName() is declared in ConceptName.
package org.openmrs;

/**
 * Stand-in for the OpenMRS platform class of the same name, holding only the members the omod uses. Compile-only:
 * the platform's own class is used at run time.
 */
public class ConceptName extends BaseOpenmrsObject {

	ConceptName() {
	}

	/** Stand-in for the platform's name text. */
	public String getName() {
		throw new UnsupportedOperationException("stub");
	}
}
