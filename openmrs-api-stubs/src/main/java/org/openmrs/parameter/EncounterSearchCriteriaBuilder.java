// Checked against openmrs-core: api/src/main/java/org/openmrs/parameter/EncounterSearchCriteriaBuilder.java (since
// 1.12, and the 2.9 development line): the public no-argument constructor, the fluent setters below and
// createEncounterSearchCriteria() have these signatures.
package org.openmrs.parameter;

import java.util.Collection;
import java.util.Date;

import org.openmrs.EncounterType;
import org.openmrs.Patient;

/**
 * Stand-in for the OpenMRS platform class of the same name, holding only the members the omod uses. Compile-only:
 * the platform's own class is used at run time.
 */
public class EncounterSearchCriteriaBuilder {

	/** Stand-in for the platform's constructor of an empty criteria builder. */
	public EncounterSearchCriteriaBuilder() {
	}

	/** Stand-in for the platform's setter of the patient searched. */
	public EncounterSearchCriteriaBuilder setPatient(Patient patient) {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's setter of the earliest encounter time. */
	public EncounterSearchCriteriaBuilder setFromDate(Date fromDate) {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's setter of the latest encounter time. */
	public EncounterSearchCriteriaBuilder setToDate(Date toDate) {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's setter of the encounter types searched. */
	public EncounterSearchCriteriaBuilder setEncounterTypes(Collection<EncounterType> encounterTypes) {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's setter of whether voided encounters count. */
	public EncounterSearchCriteriaBuilder setIncludeVoided(boolean includeVoided) {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's build of the criteria. */
	public EncounterSearchCriteria createEncounterSearchCriteria() {
		throw new UnsupportedOperationException("stub");
	}
}
