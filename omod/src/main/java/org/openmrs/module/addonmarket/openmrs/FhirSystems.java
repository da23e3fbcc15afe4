package org.openmrs.module.addonmarket.openmrs;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The FHIR systems the OpenMRS binding writes and reads: the terminologies a concept's mappings name, and the
 * systems of the platform's own codes that have no terminology (encounter type uuids).
 */
final class FhirSystems {

	static final String LOINC = "http://loinc.org";

	static final String SNOMED_CT = "http://snomed.info/sct";

	static final String CIEL = "https://cielterminology.org";

	static final String UCUM = "http://unitsofmeasure.org";

	static final String ENCOUNTER_TYPE = "http://fhir.openmrs.org/code-system/encounter-type";

	static final String ENCOUNTER_CLASS = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

	static final String CONDITION_CLINICAL_STATUS = "http://terminology.hl7.org/CodeSystem/condition-clinical";

	static final String CONDITION_VERIFICATION_STATUS = "http://terminology.hl7.org/CodeSystem/condition-ver-status";

	static final String CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";

	/** The terminologies a mapping may name, with the concept source names and HL7 codes OpenMRS dictionaries use. */
	static final List<Terminology> TERMINOLOGIES = List.of(new Terminology(LOINC, "LOINC", List.of("LOINC", "LN")),
	    new Terminology(SNOMED_CT, "SNOMED CT", List.of("SNOMED CT", "SNOMED", "SCT")),
	    new Terminology(CIEL, "CIEL", List.of("CIEL")));

	private FhirSystems() {
	}

	/** @return the terminology of a FHIR system URI */
	static Optional<Terminology> bySystem(String system) {
		return TERMINOLOGIES.stream().filter(t -> t.system().equals(system)).findFirst();
	}

	/** @return the terminology a concept source stands for, by its name or HL7 code, in any case */
	static Optional<Terminology> bySource(String name, String hl7Code) {
		return TERMINOLOGIES.stream().filter(t -> t.isNamed(name) || t.isNamed(hl7Code)).findFirst();
	}

	/**
	 * A terminology: its FHIR system URI, the concept source name to look codes up under, and the names and HL7
	 * codes a concept source of it may carry.
	 */
	record Terminology(String system, String sourceName, List<String> aliases) {

		boolean isNamed(String name) {
			return name != null && aliases.contains(name.trim().toUpperCase(Locale.ROOT));
		}
	}
}
