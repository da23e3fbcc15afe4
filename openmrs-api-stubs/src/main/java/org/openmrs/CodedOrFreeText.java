// Checked against openmrs-core (api/src/main/java/org/openmrs/CodedOrFreeText.java, 2.x line and the 2.9 development
// line): @Embeddable since 2.2; both getters are declared in CodedOrFreeText.
package org.openmrs;

/**
 * Stand-in for the OpenMRS platform class of the same name, holding only the members the omod uses. Compile-only:
 * the platform's own class is used at run time.
 */
public class CodedOrFreeText {

	private CodedOrFreeText() {
	}

	/** Stand-in for the platform's coded value, or null. */
	public Concept getCoded() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's free-text value, or null. */
	public String getNonCoded() {
		throw new UnsupportedOperationException("stub");
	}
}
