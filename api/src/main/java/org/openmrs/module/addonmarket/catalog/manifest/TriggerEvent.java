package org.openmrs.module.addonmarket.catalog.manifest;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * A clinical event a trigger can fire on, with the filters its {@code where} may use.
 */
public enum TriggerEvent {

	OBSERVATION_CREATED("Observation.created", Set.of("code")),
	ENCOUNTER_CREATED("Encounter.created", Set.of("type")),
	PATIENT_CREATED("Patient.created", Set.of());

	private final String wireName;

	private final Set<String> filterKeys;

	TriggerEvent(String wireName, Set<String> filterKeys) {
		this.wireName = wireName;
		this.filterKeys = filterKeys;
	}

	/** @return the name manifests write, e.g. {@code Observation.created} */
	public String wireName() {
		return wireName;
	}

	/** @return the keys a trigger's {@code where} may have for this event */
	public Set<String> filterKeys() {
		return filterKeys;
	}

	/**
	 * @param wireName an event as manifests write it
	 * @return the event, or empty when there is none of that name
	 */
	public static Optional<TriggerEvent> fromWireName(String wireName) {
		return Arrays.stream(values()).filter(e -> e.wireName.equals(wireName)).findFirst();
	}
}
