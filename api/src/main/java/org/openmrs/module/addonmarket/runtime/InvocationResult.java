package org.openmrs.module.addonmarket.runtime;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The answer to one run of an add-on.
 *
 * @param invocationId the run's id, as the access log and {@link Invocation} record it
 * @param outcome SUCCESS or ERROR
 * @param result the handler's result, plain JSON (for an action, a card: title, text, items, severity), or null
 * @param error why it failed, or null on success
 * @param durationMillis how long it ran
 * @param log what the add-on logged, at most {@code addonmarket.runtime.maxLogLines} lines
 */
public record InvocationResult(String invocationId, InvocationOutcome outcome, JsonNode result, InvocationError error,
        long durationMillis, List<LogLine> log) {

	public InvocationResult {
		log = List.copyOf(log);
	}

	public boolean succeeded() {
		return outcome == InvocationOutcome.SUCCESS;
	}
}
