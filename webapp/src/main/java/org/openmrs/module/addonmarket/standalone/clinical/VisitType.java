package org.openmrs.module.addonmarket.standalone.clinical;

/**
 * The kinds of encounter the synthetic patients have: the encounter type in SNOMED CT and its FHIR class
 * (ambulatory or emergency, system {@link CodeSystems#ENCOUNTER_CLASS}).
 */
public enum VisitType {

	CHECK_UP("185349003", "Encounter for check up", "AMB", "ambulatory"),
	FOLLOW_UP("390906007", "Follow-up encounter", "AMB", "ambulatory"),
	EMERGENCY("50849002", "Emergency room admission", "EMER", "emergency");

	private final String code;

	private final String display;

	private final String classCode;

	private final String classDisplay;

	VisitType(String code, String display, String classCode, String classDisplay) {
		this.code = code;
		this.display = display;
		this.classCode = classCode;
		this.classDisplay = classDisplay;
	}

	/** @return the SNOMED CT concept id of the encounter type */
	public String code() {
		return code;
	}

	public String display() {
		return display;
	}

	/** @return the v3 ActCode of the encounter class, e.g. {@code AMB} */
	public String classCode() {
		return classCode;
	}

	public String classDisplay() {
		return classDisplay;
	}
}
