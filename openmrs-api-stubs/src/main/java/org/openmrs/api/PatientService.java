// Checked against openmrs-core: api/src/main/java/org/openmrs/api/PatientService.java (2.x line and the 2.9
// development line): getPatientByUuid(String) and getPatients(String, Integer, Integer) have these signatures; both
// require the privilege Get Patients.
package org.openmrs.api;

import java.util.List;

import org.openmrs.Patient;

/**
 * Stand-in for the OpenMRS platform service interface of the same name, holding only the members the omod uses.
 * Compile-only: the platform's own interface is used at run time.
 */
public interface PatientService {

	/** Stand-in for the platform's read of a patient by uuid (null when there is none). */
	Patient getPatientByUuid(String uuid);

	/** Stand-in for the platform's patient search by name or identifier, one page of it. */
	List<Patient> getPatients(String query, Integer start, Integer length);
}
