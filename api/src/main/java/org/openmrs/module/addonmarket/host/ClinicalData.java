package org.openmrs.module.addonmarket.host;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The host's clinical record, as FHIR R4 JSON: OpenMRS translates its patients, observations, encounters and
 * conditions; the standalone server serves its synthetic ones. Only the access gateway calls this port: an add-on
 * never reaches it directly. Implementations answer under their own privilege checks and never release more than
 * asked, but the gateway re-checks every record it releases.
 */
public interface ClinicalData {

	/** The resource types this port serves. */
	List<String> RESOURCE_TYPES = List.of("Patient", "Observation", "Encounter", "Condition");

	/**
	 * @param resourceType Patient, Observation, Encounter or Condition
	 * @param id the resource's id (the host's uuid)
	 * @return the resource as FHIR R4 JSON, or empty when it does not exist
	 */
	Optional<ObjectNode> read(String resourceType, String id);

	/**
	 * @param resourceType Observation, Encounter, Condition or Patient
	 * @param query the patient and parameters to search by
	 * @return matching resources as FHIR R4 JSON, newest first for clinical resources, at most query.count()
	 */
	List<ObjectNode> search(String resourceType, ClinicalQuery query);

	/**
	 * Writes a new resource (Observation only, for now) and raises its {@code created} clinical event after the
	 * write commits.
	 *
	 * @param resourceType Observation
	 * @param resource the FHIR R4 JSON to store; its subject names the patient
	 * @return the stored resource, with its id
	 */
	ObjectNode create(String resourceType, ObjectNode resource);
}
