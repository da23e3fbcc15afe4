package org.openmrs.module.addonmarket.standalone.clinical;

/**
 * The FHIR code systems and identifier system the standalone server's clinical record uses.
 */
public final class CodeSystems {

	public static final String LOINC = "http://loinc.org";

	public static final String SNOMED_CT = "http://snomed.info/sct";

	public static final String UCUM = "http://unitsofmeasure.org";

	public static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

	public static final String CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";

	public static final String CONDITION_CLINICAL_STATUS = "http://terminology.hl7.org/CodeSystem/condition-clinical";

	public static final String CONDITION_VERIFICATION_STATUS =
	        "http://terminology.hl7.org/CodeSystem/condition-ver-status";

	public static final String ENCOUNTER_CLASS = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

	/** The system of the standalone server's patient identifiers: a URN, so that nobody takes them for real ones. */
	public static final String PATIENT_IDENTIFIER = "urn:addonmarket:standalone:patient-id";

	private CodeSystems() {
	}
}
