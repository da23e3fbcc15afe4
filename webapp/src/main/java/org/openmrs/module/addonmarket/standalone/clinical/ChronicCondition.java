package org.openmrs.module.addonmarket.standalone.clinical;

/**
 * The problem-list conditions of the synthetic patients, coded in SNOMED CT: the ones the example add-ons look
 * for (blood pressure, diabetes follow-up, stroke risk in atrial fibrillation, kidney function).
 */
public enum ChronicCondition {

	HYPERTENSION("38341003", "Hypertensive disorder, systemic arterial"),
	TYPE_2_DIABETES("44054006", "Diabetes mellitus type 2"),
	ATRIAL_FIBRILLATION("49436004", "Atrial fibrillation"),
	CHRONIC_KIDNEY_DISEASE("709044004", "Chronic kidney disease");

	private final String code;

	private final String display;

	ChronicCondition(String code, String display) {
		this.code = code;
		this.display = display;
	}

	/** @return the SNOMED CT concept id */
	public String code() {
		return code;
	}

	public String display() {
		return display;
	}
}
