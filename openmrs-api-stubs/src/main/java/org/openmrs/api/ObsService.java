// Checked against openmrs-core: api/src/main/java/org/openmrs/api/ObsService.java (2.x line and the 2.9 development
// line): getObsByUuid(String), saveObs(Obs, String) and the twelve-parameter getObservations have these signatures;
// reads require Get Observations, saveObs Add Observations (Edit Observations for an existing one). PERSON_TYPE is
// nested here with the constants PATIENT, USER, PERSON, which the omod never names (it passes no person types).
package org.openmrs.api;

import java.util.Date;
import java.util.List;

import org.openmrs.Concept;
import org.openmrs.Encounter;
import org.openmrs.Location;
import org.openmrs.Obs;
import org.openmrs.Person;

/**
 * Stand-in for the OpenMRS platform service interface of the same name, holding only the members the omod uses.
 * Compile-only: the platform's own interface is used at run time.
 */
public interface ObsService {

	/** Stand-in for the platform's kinds of person an observation search may restrict to (constants not used). */
	enum PERSON_TYPE {
	}

	/** Stand-in for the platform's read of an observation by uuid (null when there is none). */
	Obs getObsByUuid(String uuid);

	/** Stand-in for the platform's save of an observation (a new one, or a new version of an existing one). */
	Obs saveObs(Obs obs, String changeMessage);

	/** Stand-in for the platform's observation search; every argument but the last may be null. */
	@SuppressWarnings("checkstyle:ParameterNumber") // the platform's signature, as it is
	List<Obs> getObservations(List<Person> whom, List<Encounter> encounters, List<Concept> questions,
	        List<Concept> answers, List<PERSON_TYPE> personTypes, List<Location> locations, List<String> sort,
	        Integer mostRecentN, Integer obsGroupId, Date fromDate, Date toDate, boolean includeVoidedObs);
}
