// Checked against openmrs-core (api/src/main/java/org/openmrs/Concept.java, 2.x line and the 2.9 development line): the
// four getters are declared in Concept.
package org.openmrs;

import java.util.Collection;

/**
 * Stand-in for the OpenMRS platform class of the same name, holding only the members the omod uses. Compile-only:
 * the platform's own class is used at run time. Its constructor is package-private:
 * the stand-in ConceptNumeric extends it.
 */
public class Concept extends BaseOpenmrsObject {

	Concept() {
	}

	/** Stand-in for the platform's preferred name in the user's locale. */
	public ConceptName getName() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's mappings to reference terms. */
	public Collection<ConceptMap> getConceptMappings() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's whether the concept is retired. */
	public Boolean getRetired() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's datatype (numeric, coded, text, ...). */
	public ConceptDatatype getDatatype() {
		throw new UnsupportedOperationException("stub");
	}
}
