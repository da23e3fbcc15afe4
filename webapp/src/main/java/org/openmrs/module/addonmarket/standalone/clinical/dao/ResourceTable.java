package org.openmrs.module.addonmarket.standalone.clinical.dao;

import java.util.Map;
import java.util.Optional;

import org.openmrs.module.addonmarket.standalone.clinical.CodeSystems;
import org.springframework.jdbc.core.RowMapper;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How one FHIR resource type is kept: its table, the columns its searches use, and its translation to FHIR JSON.
 *
 * @param resourceType the FHIR resource type
 * @param table the table
 * @param patientColumn the column naming the patient (for Patient, its own uuid)
 * @param dateColumn the column the from/to range applies to, or null when the type has no date
 * @param order the order of search results: newest first, or for patients by name
 * @param parameters the search parameters it takes, by name
 * @param fhir the translation of a row to FHIR JSON
 */
record ResourceTable(String resourceType, String table, String patientColumn, String dateColumn, String order,
        Map<String, SearchParameter> parameters, RowMapper<ObjectNode> fhir) {

	static final ResourceTable PATIENT = new ResourceTable("Patient", ClinicalTables.PATIENT, "uuid", null,
	        "family_name, given_name, patient_id",
	        Map.of("name", new SearchParameter.NameWords(false), "_content", new SearchParameter.NameWords(true),
	            "identifier", new SearchParameter.Token(null, "identifier", CodeSystems.PATIENT_IDENTIFIER)),
	        FhirRows::patient);

	static final ResourceTable OBSERVATION = new ResourceTable("Observation", ClinicalTables.OBSERVATION,
	        "patient_uuid", "effective_at", "effective_at desc, observation_id desc",
	        Map.of("code", new SearchParameter.Token("code_system", "code", null), "category",
	            new SearchParameter.Token(null, "category", CodeSystems.OBSERVATION_CATEGORY)),
	        FhirRows::observation);

	static final ResourceTable ENCOUNTER = new ResourceTable("Encounter", ClinicalTables.ENCOUNTER,
	        "patient_uuid", "period_start", "period_start desc, encounter_id desc",
	        Map.of("type", new SearchParameter.Token("type_system", "type_code", null)), FhirRows::encounter);

	static final ResourceTable CONDITION = new ResourceTable("Condition", ClinicalTables.CONDITION,
	        "patient_uuid", "onset_at", "onset_at desc, condition_id desc",
	        Map.of("code", new SearchParameter.Token("code_system", "code", null), "category",
	            new SearchParameter.Token(null, "category", CodeSystems.CONDITION_CATEGORY)),
	        FhirRows::condition);

	/** @return how this resource type is kept, or empty when the standalone server keeps no such records */
	static Optional<ResourceTable> of(String resourceType) {
		for (ResourceTable table : new ResourceTable[] { PATIENT, OBSERVATION, ENCOUNTER, CONDITION }) {
			if (table.resourceType.equals(resourceType)) {
				return Optional.of(table);
			}
		}
		return Optional.empty();
	}
}
