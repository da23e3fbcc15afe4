package org.openmrs.module.addonmarket.openmrs;

import org.openmrs.Obs;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Advice on {@code ObsService.saveObs}: raises {@code Observation.created} for each new observation once it
 * commits, whoever saved it (a form, the REST API, an add-on through the gateway, an encounter saving its
 * observations).
 */
public class ObsSaveAdvice extends SaveAdvice<Obs> {

	public ObsSaveAdvice() {
		super("saveObs", Obs.class, "Observation.created");
	}

	@Override
	Integer idOf(Obs obs) {
		return obs.getObsId();
	}

	@Override
	ObjectNode resourceOf(Obs obs) {
		return FhirResources.observation(obs);
	}

	@Override
	String patientOf(Obs obs) {
		return obs.getPerson().getUuid();
	}
}
