// Checked against openmrs-core (api/src/main/java/org/openmrs/ConceptReferenceTerm.java, 2.x line and the 2.9
// development line): both getters are declared in ConceptReferenceTerm.
package org.openmrs;

/**
 * Stand-in for the OpenMRS platform class of the same name, holding only the members the omod uses. Compile-only:
 * the platform's own class is used at run time.
 */
public class ConceptReferenceTerm extends BaseOpenmrsMetadata {

	ConceptReferenceTerm() {
	}

	/** Stand-in for the platform's code in its source. */
	public String getCode() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's source (terminology) of the term. */
	public ConceptSource getConceptSource() {
		throw new UnsupportedOperationException("stub");
	}
}
