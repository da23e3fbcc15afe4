package org.openmrs.module.addonmarket.catalog.manifest;

import org.openmrs.module.addonmarket.error.AddonMarketException;

/**
 * Checks the syntax of one SMART App Launch v2 scope, as a manifest's {@code permissions[*].scope} writes it. The
 * manifest reader asks it about every scope; the scope parser of the grant capability answers.
 */
@FunctionalInterface
public interface ScopeSyntax {

	/**
	 * @param scope the scope as written, e.g. {@code patient/Observation.rs?code=http://loinc.org|8480-6}
	 * @param pointer the JSON pointer of the scope in addon.json, e.g. {@code /permissions/0/scope}
	 * @throws AddonMarketException when the scope is not valid, with a message that says what is expected and, as
	 *             its field, the pointer (or a pointer below it)
	 */
	void check(String scope, String pointer);
}
