package org.openmrs.module.addonmarket.access.impl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.openmrs.module.addonmarket.catalog.scope.Scope;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.host.ClinicalQuery;

/**
 * An add-on's search parameters, checked: only the parameters the gateway knows, one patient at most, a count in
 * range. Values may list several tokens separated by commas; each becomes one value.
 *
 * @param patient the patient searched (the one named, else the run's), or null for a search across patients
 * @param tokens the values of {@code code}, {@code category} and {@code type} the search names
 * @param name the values of {@code name} (Patient searches)
 * @param count the most records to return
 * @param queryText the search as the audit log records it, e.g. {@code _count=20&code=http://loinc.org|8480-6}
 */
record SearchRequest(String patient, Map<String, List<String>> tokens, List<String> name, int count,
        String queryText) {

	static final int DEFAULT_COUNT = 50;

	private static final Set<String> PATIENT = Set.of("patient", "subject");

	private static final List<String> TOKENS = List.of(Scope.CODE, Scope.CATEGORY, Scope.TYPE);

	private static final Set<String> KNOWN = Set.of("patient", "subject", Scope.CODE, Scope.CATEGORY, Scope.TYPE,
	    "name", "_count");

	/**
	 * @param parameters the add-on's parameters, or null for none
	 * @param contextPatient the run's patient, or null
	 * @throws AddonMarketException ACCESS_REQUEST_INVALID naming the parameter that is wrong
	 */
	static SearchRequest of(Map<String, List<String>> parameters, String contextPatient) {
		Map<String, List<String>> given = new TreeMap<>();
		if (parameters != null) {
			parameters.forEach((name, values) -> given.put(name, split(values)));
		}
		for (String name : given.keySet()) {
			if (!KNOWN.contains(name)) {
				throw invalid("Unknown search parameter \"" + name + "\"; the gateway takes "
				        + KNOWN.stream().sorted().toList(), name);
			}
		}
		Set<String> patients = new LinkedHashSet<>();
		PATIENT.forEach(p -> given.getOrDefault(p, List.of())
		        .forEach(v -> patients.add(v.startsWith("Patient/") ? v.substring("Patient/".length()) : v)));
		if (patients.size() > 1) {
			throw invalid("A search names one patient at most, got " + patients, "patient");
		}
		Map<String, List<String>> tokens = new LinkedHashMap<>();
		TOKENS.stream().filter(given::containsKey).forEach(t -> tokens.put(t, given.get(t)));
		String patient = patients.isEmpty() ? contextPatient : patients.iterator().next();
		return new SearchRequest(patient, tokens, given.getOrDefault("name", List.of()), count(given.get("_count")),
		        queryText(given));
	}

	/** @return what to ask the host for */
	ClinicalQuery query() {
		Map<String, List<String>> parameters = new LinkedHashMap<>(tokens);
		if (!name.isEmpty()) {
			parameters.put("name", name);
		}
		return new ClinicalQuery(patient, parameters, null, null, count);
	}

	private static List<String> split(List<String> values) {
		List<String> out = new ArrayList<>();
		if (values != null) {
			for (String value : values) {
				for (String part : value == null ? new String[0] : value.split(",")) {
					if (!part.isBlank()) {
						out.add(part.trim());
					}
				}
			}
		}
		return out;
	}

	private static int count(List<String> values) {
		if (values == null || values.isEmpty()) {
			return DEFAULT_COUNT;
		}
		try {
			int count = Integer.parseInt(values.get(0));
			if (values.size() == 1 && count >= 1 && count <= 1000) {
				return count;
			}
		}
		catch (NumberFormatException e) {
			// refused below, with the value
		}
		throw invalid("_count must be one whole number from 1 to 1000, got " + values, "_count");
	}

	private static String queryText(Map<String, List<String>> given) {
		StringBuilder text = new StringBuilder();
		given.forEach((name, values) -> text.append(text.length() == 0 ? "" : "&").append(name).append('=')
		        .append(String.join(",", values)));
		return text.length() == 0 ? null : text.toString();
	}

	private static AddonMarketException invalid(String message, String field) {
		return new AddonMarketException(ErrorCode.ACCESS_REQUEST_INVALID, message, field);
	}
}
