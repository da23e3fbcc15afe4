package org.openmrs.module.addonmarket.catalog.scope;

import java.util.List;
import java.util.Optional;

/**
 * The kinds of record a scope can name, with the parameters that may narrow each. {@link #ANY} ({@code *}) stands for
 * every kind.
 */
public enum ResourceType {
	PATIENT("Patient"),
	OBSERVATION("Observation", Scope.CODE, Scope.CATEGORY),
	ENCOUNTER("Encounter", Scope.TYPE, Scope.CATEGORY),
	CONDITION("Condition", Scope.CODE, Scope.CATEGORY),
	/** The module's own alerts. */
	NOTICE("Notice"),
	ANY("*", Scope.CODE, Scope.TYPE, Scope.CATEGORY);

	private final String fhirName;

	private final List<String> parameters;

	ResourceType(String fhirName, String... parameters) {
		this.fhirName = fhirName;
		this.parameters = List.of(parameters);
	}

	/** @return the name as written in a scope, e.g. {@code Observation}, or {@code *} for {@link #ANY} */
	public String fhirName() {
		return fhirName;
	}

	/** @return the names of the parameters that may narrow a scope on this resource type, possibly none */
	public List<String> parameters() {
		return parameters;
	}

	/**
	 * @param fhirName the resource type as written in a scope, case-sensitive
	 * @return the resource type, or empty if the marketplace does not know it
	 */
	public static Optional<ResourceType> fromFhirName(String fhirName) {
		for (ResourceType type : values()) {
			if (type.fhirName.equals(fhirName)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}
}
