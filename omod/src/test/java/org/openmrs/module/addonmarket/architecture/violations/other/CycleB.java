package org.openmrs.module.addonmarket.architecture.violations.other;

import org.openmrs.module.addonmarket.architecture.violations.CycleA;

/**
 * A deliberate violation for {@code ArchitectureRulesTest}: the other half of a package cycle.
 */
public class CycleB {

	public CycleA partner;
}
