package org.openmrs.module.addonmarket.catalog.manifest;

import java.util.List;

/**
 * One data permission an add-on asks for.
 *
 * @param scope a SMART App Launch v2 scope, e.g. {@code patient/Observation.rs?code=http://loinc.org|8480-6}
 * @param elements the top-level elements a read returns, or empty for all of them
 * @param why why the add-on needs it, for the administrator who approves it
 */
public record Permission(String scope, List<String> elements, String why, boolean optional) {

	public Permission {
		elements = List.copyOf(elements);
	}
}
