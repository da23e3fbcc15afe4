package org.openmrs.module.addonmarket.openmrs;

import org.openmrs.Encounter;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Advice on {@code EncounterService.saveEncounter}: raises {@code Encounter.created} for each new encounter once it
 * commits.
 */
public class EncounterSaveAdvice extends SaveAdvice<Encounter> {

	public EncounterSaveAdvice() {
		super("saveEncounter", Encounter.class, "Encounter.created");
	}

	@Override
	Integer idOf(Encounter encounter) {
		return encounter.getEncounterId();
	}

	@Override
	ObjectNode resourceOf(Encounter encounter) {
		return FhirResources.encounter(encounter);
	}

	@Override
	String patientOf(Encounter encounter) {
		return encounter.getPatient().getUuid();
	}
}
