package org.openmrs.module.addonmarket.runtime.sandbox;

import java.util.List;

import org.openmrs.module.addonmarket.runtime.InvocationError;
import org.openmrs.module.addonmarket.runtime.LogLine;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How one run in the sandbox ended.
 *
 * @param result the handler's result as plain JSON (null when it failed)
 * @param error why it failed, or null
 * @param log what it logged
 * @param statementsUsed the statements it executed when it hit the limit; null when not measured
 */
public record SandboxOutcome(JsonNode result, InvocationError error, List<LogLine> log, Long statementsUsed) {

	public SandboxOutcome {
		log = List.copyOf(log);
	}

	public boolean succeeded() {
		return error == null;
	}
}
