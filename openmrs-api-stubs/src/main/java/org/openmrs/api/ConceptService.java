// Checked against openmrs-core: api/src/main/java/org/openmrs/api/ConceptService.java (2.x line and the 2.9
// development line): getConceptsByMapping(String, String, boolean) has this signature; the source may be named by
// its name or its HL7 code.
package org.openmrs.api;

import java.util.List;

import org.openmrs.Concept;

/**
 * Stand-in for the OpenMRS platform service interface of the same name, holding only the members the omod uses.
 * Compile-only: the platform's own interface is used at run time.
 */
public interface ConceptService {

	/** Stand-in for the platform's read of a concept by uuid (null when there is none). */
	Concept getConceptByUuid(String uuid);

	/** Stand-in for the platform's lookup of the concepts mapped to a code of a concept source. */
	List<Concept> getConceptsByMapping(String code, String sourceName, boolean includeRetired);
}
