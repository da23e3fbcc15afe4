package org.openmrs.module.addonmarket.catalog.scope;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;

/**
 * Puts a scope into words for the people who approve an add-on: what it may do, with which records, of whom.
 */
final class ScopeWording {

	/** Code systems people know by name; any other system is shown as its URL. */
	private static final Map<String, String> SYSTEM_NAMES = Map.of(
	    "http://loinc.org", "LOINC",
	    "http://snomed.info/sct", "SNOMED CT",
	    "https://cielterminology.org", "CIEL",
	    "http://cielterminology.org", "CIEL",
	    "https://openconceptlab.org/orgs/CIEL/sources/CIEL", "CIEL",
	    "http://hl7.org/fhir/sid/icd-10", "ICD-10",
	    "http://www.nlm.nih.gov/research/umls/rxnorm", "RxNorm",
	    "http://terminology.hl7.org/CodeSystem/observation-category", "HL7 observation category",
	    "http://terminology.hl7.org/CodeSystem/condition-category", "HL7 condition category");

	private ScopeWording() {
	}

	static String describe(Scope scope) {
		String does = verbs(scope);
		String records = records(scope.resourceType()) + restrictions(scope);
		switch (scope.context()) {
			case PATIENT:
				return does + " this patient's " + records;
			case USER:
				return does + " " + records + " for any patient you may see";
			case SYSTEM:
				return does + " all patients' " + records + ", in the background with no user (system)";
			default:
				throw new IllegalStateException("no wording for context " + scope.context());
		}
	}

	private static String verbs(Scope scope) {
		List<String> verbs = new ArrayList<>();
		for (Permission permission : scope.permissions()) {
			verbs.add(verbs.isEmpty() ? capitalized(permission) : permission.name().toLowerCase(Locale.ROOT));
		}
		return naturalList(verbs, "and");
	}

	private static String capitalized(Permission permission) {
		String lower = permission.name().toLowerCase(Locale.ROOT);
		return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}

	private static String records(ResourceType resourceType) {
		switch (resourceType) {
			case PATIENT:
				return "details (Patient)";
			case ANY:
				return "records of every type";
			default:
				return resourceType.fhirName() + "s";
		}
	}

	private static String restrictions(Scope scope) {
		List<String> restrictions = new ArrayList<>();
		for (Map.Entry<String, SortedSet<String>> parameter : scope.parameters().entrySet()) {
			List<String> values = new ArrayList<>();
			for (String token : parameter.getValue()) {
				values.add(token(token));
			}
			restrictions.add(parameter.getKey() + " " + naturalList(values, "or"));
		}
		return restrictions.isEmpty() ? "" : " with " + naturalList(restrictions, "and");
	}

	private static String token(String token) {
		int bar = token.indexOf('|');
		if (bar < 0) {
			return token + " (any code system)";
		}
		String system = token.substring(0, bar);
		String code = token.substring(bar + 1);
		String name = SYSTEM_NAMES.get(system);
		return name == null ? code + " from " + system : name + " " + code;
	}

	/** @return the items joined as people write them: "a", "a and b", "a, b and c" */
	private static String naturalList(List<String> items, String conjunction) {
		int last = items.size() - 1;
		if (last == 0) {
			return items.get(0);
		}
		return String.join(", ", items.subList(0, last)) + " " + conjunction + " " + items.get(last);
	}
}
