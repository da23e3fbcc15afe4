package org.openmrs.module.addonmarket.standalone.clinical;

/**
 * Where a clinical record goes as it is made: the database (in batches), or a digest in tests. A patient comes
 * before their conditions and encounters, an encounter before its observations.
 */
public interface ChartSink {

	void patient(PatientRow patient);

	void condition(ConditionRow condition);

	void encounter(EncounterRow encounter);

	void observation(ObservationRow observation);
}
