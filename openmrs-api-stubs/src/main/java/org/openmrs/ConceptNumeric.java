// Checked against openmrs-core (api/src/main/java/org/openmrs/ConceptNumeric.java, 2.x line and the 2.9 development
// line): getUnits() is declared in ConceptNumeric.
package org.openmrs;

/**
 * Stand-in for the OpenMRS platform class of the same name, holding only the members the omod uses. Compile-only:
 * the platform's own class is used at run time.
 */
public class ConceptNumeric extends Concept {

	ConceptNumeric() {
	}

	/** Stand-in for the platform's units of the concept's values. */
	public String getUnits() {
		throw new UnsupportedOperationException("stub");
	}
}
