package org.openmrs.module.addonmarket.architecture.violations;

import org.openmrs.module.addonmarket.architecture.violations.other.CycleB;

/**
 * A deliberate violation for {@code ArchitectureRulesTest}: one half of a package cycle.
 */
public class CycleA {

	public CycleB partner;
}
