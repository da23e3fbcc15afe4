// Checked against openmrs-core (api/src/main/java/org/openmrs/ConceptSource.java, 2.x line and the 2.9 development
// line): getHl7Code() is declared in ConceptSource.
package org.openmrs;

/**
 * Stand-in for the OpenMRS platform class of the same name, holding only the members the omod uses. Compile-only:
 * the platform's own class is used at run time.
 */
public class ConceptSource extends BaseOpenmrsMetadata {

	ConceptSource() {
	}

	/** Stand-in for the platform's HL7 code of the source (LN, SCT, ...). */
	public String getHl7Code() {
		throw new UnsupportedOperationException("stub");
	}
}
