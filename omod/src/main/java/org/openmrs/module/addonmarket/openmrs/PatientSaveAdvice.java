package org.openmrs.module.addonmarket.openmrs;

import org.openmrs.Patient;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Advice on {@code PatientService.savePatient}: raises {@code Patient.created} for each new patient once it commits.
 */
public class PatientSaveAdvice extends SaveAdvice<Patient> {

	public PatientSaveAdvice() {
		super("savePatient", Patient.class, "Patient.created");
	}

	@Override
	Integer idOf(Patient patient) {
		return patient.getPatientId();
	}

	@Override
	ObjectNode resourceOf(Patient patient) {
		return FhirResources.patient(patient);
	}

	@Override
	String patientOf(Patient patient) {
		return patient.getUuid();
	}
}
