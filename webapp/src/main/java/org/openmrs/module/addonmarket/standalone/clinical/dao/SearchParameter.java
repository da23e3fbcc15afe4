package org.openmrs.module.addonmarket.standalone.clinical.dao;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;

/**
 * One FHIR search parameter of a resource type, in SQL: a row matches when it matches any of the values.
 */
interface SearchParameter {

	/** The most words of a name a search looks at. */
	int MAX_WORDS = 5;

	/** The longest value a search accepts. */
	int MAX_VALUE_LENGTH = 200;

	/**
	 * Adds to the where clause that a row matches any of the values.
	 *
	 * @param name the parameter's name, for errors
	 * @param values at least one value
	 * @throws AddonMarketException CLINICAL_QUERY_INVALID for a value this parameter cannot mean anything by
	 */
	void restrict(String name, List<String> values, SqlCriteria criteria);

	/**
	 * A token {@code [system]|[code]} or {@code code} (FHIR token search) on a code column, and a system column or
	 * the one system all rows have.
	 *
	 * @param systemColumn the column holding the system, or null when every row has fixedSystem
	 * @param codeColumn the column holding the code
	 * @param fixedSystem the system of every row when there is no system column
	 */
	record Token(String systemColumn, String codeColumn, String fixedSystem) implements SearchParameter {

		@Override
		public void restrict(String name, List<String> values, SqlCriteria criteria) {
			List<String> alternatives = new ArrayList<>();
			List<Object> arguments = new ArrayList<>();
			for (String value : values) {
				String token = checked(name, value);
				int bar = token.indexOf('|');
				String system = bar < 0 ? null : token.substring(0, bar);
				String code = bar < 0 ? token : token.substring(bar + 1);
				alternatives.add(match(system, code, arguments));
			}
			criteria.add("(" + String.join(" or ", alternatives) + ")", arguments.toArray());
		}

		private String match(String system, String code, List<Object> arguments) {
			List<String> parts = new ArrayList<>();
			if (system != null && systemColumn == null && !system.equals(fixedSystem)) {
				return "1 = 0";
			}
			if (system != null && systemColumn != null) {
				if (system.isEmpty()) {
					// "|code" asks for a code without a system; every code here has one.
					return "1 = 0";
				}
				parts.add(systemColumn + " = ?");
				arguments.add(system);
			}
			if (!code.isEmpty()) {
				parts.add(codeColumn + " = ?");
				arguments.add(code);
			}
			return parts.isEmpty() ? "1 = 1" : "(" + String.join(" and ", parts) + ")";
		}
	}

	/**
	 * Words that each begin a name, in any case; with identifierToo, a word may also begin the patient's number
	 * (OpenMRS's patient search, what a patient picker sends).
	 *
	 * @param identifierToo whether a word may match the identifier as well
	 */
	record NameWords(boolean identifierToo) implements SearchParameter {

		@Override
		public void restrict(String name, List<String> values, SqlCriteria criteria) {
			List<String> alternatives = new ArrayList<>();
			List<Object> arguments = new ArrayList<>();
			for (String value : values) {
				List<String> words = Arrays.asList(checked(name, value).trim().split("\\s+"));
				List<String> all = new ArrayList<>();
				for (String word : words.subList(0, Math.min(words.size(), MAX_WORDS))) {
					String pattern = SqlCriteria.startsWith(word);
					String escape = " escape '" + SqlCriteria.LIKE_ESCAPE + "'";
					String oneWord = "lower(given_name) like ?" + escape + " or lower(family_name) like ?" + escape;
					arguments.add(pattern);
					arguments.add(pattern);
					if (identifierToo) {
						oneWord += " or lower(identifier) like ?" + escape;
						arguments.add(pattern);
					}
					all.add("(" + oneWord + ")");
				}
				alternatives.add("(" + String.join(" and ", all) + ")");
			}
			criteria.add("(" + String.join(" or ", alternatives) + ")", arguments.toArray());
		}
	}

	/** @return the value, when it is neither blank nor too long */
	static String checked(String name, String value) {
		if (value == null || value.isBlank()) {
			throw new AddonMarketException(ErrorCode.CLINICAL_QUERY_INVALID, "The search parameter " + name
			        + " has an empty value", name);
		}
		if (value.length() > MAX_VALUE_LENGTH) {
			throw new AddonMarketException(ErrorCode.CLINICAL_QUERY_INVALID, String.format(Locale.ROOT,
			    "A value of the search parameter %s is longer than %d characters", name, MAX_VALUE_LENGTH), name);
		}
		return value;
	}
}
