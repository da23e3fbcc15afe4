package org.openmrs.module.addonmarket.host;

import java.util.function.Consumer;

/**
 * Where the host tells the module what happened in the clinical record: OpenMRS from AOP advice on its save
 * methods, the standalone server from its own writes. Events are delivered only after the clinical transaction
 * committed, and a listener that fails or is slow never fails or delays the clinical write.
 */
public interface ClinicalEvents {

	/** Registers a listener for every event from now on. */
	void subscribe(Consumer<ClinicalEvent> listener);
}
