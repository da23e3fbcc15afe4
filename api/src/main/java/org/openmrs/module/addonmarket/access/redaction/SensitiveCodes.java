package org.openmrs.module.addonmarket.access.redaction;

import java.util.Arrays;
import java.util.List;

import org.openmrs.module.addonmarket.catalog.scope.Scope;

/**
 * The administrator's list of sensitive codes (the setting {@code addonmarket.access.sensitiveCodes}). A record
 * with one of them is released only under a scope the grant marks as covering sensitive data. Entries match
 * record codes as scope restrictions do: {@code system|code} exactly, a bare {@code code} in any system.
 *
 * @param tokens the listed codes
 */
public record SensitiveCodes(List<String> tokens) {

	/** No code is sensitive. */
	public static final SensitiveCodes NONE = new SensitiveCodes(List.of());

	public SensitiveCodes {
		tokens = List.copyOf(tokens);
	}

	/**
	 * @param setting comma-separated tokens, e.g. {@code http://snomed.info/sct|86406008, http://loinc.org|20447-9};
	 *            blanks are ignored
	 * @return the list
	 */
	public static SensitiveCodes parse(String setting) {
		if (setting == null) {
			return NONE;
		}
		return new SensitiveCodes(Arrays.stream(setting.split(",")).map(String::trim).filter(t -> !t.isEmpty())
		        .toList());
	}

	/** @return whether one of the record's codes, categories or types is on the list */
	public boolean covers(ClinicalRecord record) {
		for (String token : record.allTokens()) {
			for (String sensitive : tokens) {
				if (Scope.admits(sensitive, token)) {
					return true;
				}
			}
		}
		return false;
	}
}
