package org.openmrs.module.addonmarket.test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.openmrs.module.addonmarket.host.ClinicalEvent;
import org.openmrs.module.addonmarket.host.ClinicalEvents;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Clinical events the tests raise. Listeners are called on the raising thread, as a host that tells listeners from
 * the committing request's own thread would: so a test sees whether a listener ever holds up the clinical write.
 */
public class TestClinicalEvents implements ClinicalEvents {

	private final List<Consumer<ClinicalEvent>> listeners = new CopyOnWriteArrayList<>();

	@Override
	public void subscribe(Consumer<ClinicalEvent> listener) {
		listeners.add(listener);
	}

	/** Tells every listener, on this thread, that the resource was created. */
	public void raise(String type, ObjectNode resource, String patientId) {
		ClinicalEvent event = new ClinicalEvent(type, resource, patientId, null, Instant.now());
		listeners.forEach(listener -> listener.accept(event));
	}
}
