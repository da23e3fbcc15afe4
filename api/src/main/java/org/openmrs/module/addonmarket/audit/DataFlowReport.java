package org.openmrs.module.addonmarket.audit;

import java.time.Instant;
import java.util.List;

/**
 * Per add-on, what it declared against what it did over a period, with drift flagged.
 *
 * @param from the start of the period, included
 * @param to the end of the period, excluded
 * @param addons one line per add-on that declared something or appears in the log, ordered by add-on id
 */
public record DataFlowReport(Instant from, Instant to, List<AddonDataFlow> addons) {

	public DataFlowReport {
		addons = List.copyOf(addons);
	}
}
