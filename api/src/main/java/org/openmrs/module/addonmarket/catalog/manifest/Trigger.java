package org.openmrs.module.addonmarket.catalog.manifest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A handler the add-on runs when a clinical event happens.
 *
 * @param event the event
 * @param where filters the event must match, e.g. {@code code = http://loinc.org|8480-6}; empty for every event
 * @param handler the name of the entry script's function that handles it
 */
public record Trigger(TriggerEvent event, Map<String, String> where, String handler) {

	public Trigger {
		where = Collections.unmodifiableMap(new LinkedHashMap<>(where));
	}
}
