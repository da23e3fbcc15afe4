// Checked against openmrs-core (api/src/main/java/org/openmrs/ConceptDatatype.java, 2.x line and the 2.9 development
// line): the three checks are declared in ConceptDatatype.
package org.openmrs;

/**
 * Stand-in for the OpenMRS platform class of the same name, holding only the members the omod uses. Compile-only:
 * the platform's own class is used at run time.
 */
public class ConceptDatatype extends BaseOpenmrsMetadata {

	ConceptDatatype() {
	}

	/** Stand-in for the platform's check for the Numeric datatype. */
	public boolean isNumeric() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's check for the Coded datatype. */
	public boolean isCoded() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's check for the Text datatype. */
	public boolean isText() {
		throw new UnsupportedOperationException("stub");
	}
}
