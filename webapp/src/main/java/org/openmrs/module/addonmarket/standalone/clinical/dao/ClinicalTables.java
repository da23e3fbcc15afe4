package org.openmrs.module.addonmarket.standalone.clinical.dao;

/**
 * The tables of the standalone server's clinical record (webapp's changelog, addonmarket-standalone-20261129-7 on).
 */
final class ClinicalTables {

	static final String PATIENT = "addonmarket_standalone_patient";

	static final String ENCOUNTER = "addonmarket_standalone_encounter";

	static final String OBSERVATION = "addonmarket_standalone_observation";

	static final String CONDITION = "addonmarket_standalone_condition";

	private ClinicalTables() {
	}
}
