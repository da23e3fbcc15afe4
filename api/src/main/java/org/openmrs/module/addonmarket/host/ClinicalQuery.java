package org.openmrs.module.addonmarket.host;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What to search the clinical record for.
 *
 * @param patientId the patient (the host's uuid), or null for a search across patients (system work only)
 * @param parameters FHIR search parameters: {@code code} (tokens system|code), {@code category}, {@code type}
 *            (encounter type), each a list meaning "any of"; a name for Patient searches
 * @param from the earliest effective time, or null
 * @param to the latest effective time (exclusive), or null
 * @param count the most results to return, 1 to 1,000
 */
public record ClinicalQuery(String patientId, Map<String, List<String>> parameters, Instant from, Instant to,
        int count) {

	public ClinicalQuery {
		parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
		count = Math.max(1, Math.min(count, 1000));
	}

	/** @return the values of one parameter, or an empty list */
	public List<String> values(String name) {
		return parameters.getOrDefault(name, List.of());
	}
}
