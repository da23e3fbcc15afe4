// Checked against openmrs-core (api/src/main/java/org/openmrs/BaseConceptMap.java, 2.x line and the 2.9 development
// line): both getters are declared in BaseConceptMap, which ConceptMap extends.
package org.openmrs;

/**
 * Stand-in for the OpenMRS platform class of the same name, holding only the members the omod uses. Compile-only:
 * the platform's own class is used at run time. Its constructor is package-private:
 * the stand-in ConceptMap extends it.
 */
public abstract class BaseConceptMap extends BaseOpenmrsObject {

	BaseConceptMap() {
	}

	/** Stand-in for the platform's mapped reference term. */
	public ConceptReferenceTerm getConceptReferenceTerm() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's map type (SAME-AS, NARROWER-THAN, ...). */
	public ConceptMapType getConceptMapType() {
		throw new UnsupportedOperationException("stub");
	}
}
