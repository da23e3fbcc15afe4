package org.openmrs.module.addonmarket.runtime.sandbox;

import java.util.Objects;

import org.openmrs.module.addonmarket.runtime.RuntimeCall;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One handler to run in a fresh sandbox.
 *
 * @param script the add-on version's entry script
 * @param handler the function to call, e.g. {@code trend}
 * @param call who is behind the run; every {@code ctx} call carries it
 * @param configuration the installation's current configuration as JSON, or null when none was saved
 * @param event the clinical event's resource for a trigger, or null
 */
public record HandlerRun(EntryScript script, String handler, RuntimeCall call, JsonNode configuration,
        JsonNode event) {

	public HandlerRun {
		Objects.requireNonNull(script, "script");
		Objects.requireNonNull(handler, "handler");
		Objects.requireNonNull(call, "call");
	}
}
