package org.openmrs.module.addonmarket.audit;

import java.util.List;

/**
 * One add-on's line of the data-flow report.
 *
 * @param addonId the add-on
 * @param declared what it declared
 * @param observed what it did
 * @param drift the differences, empty when it did what it declared
 */
public record AddonDataFlow(String addonId, DeclaredFlow declared, ObservedFlow observed, List<Drift> drift) {

	public AddonDataFlow {
		drift = List.copyOf(drift);
	}
}
