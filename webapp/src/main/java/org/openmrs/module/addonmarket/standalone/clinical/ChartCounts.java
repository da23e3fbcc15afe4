package org.openmrs.module.addonmarket.standalone.clinical;

import java.util.Locale;

/**
 * How many records of each kind a clinical record holds.
 *
 * @param patients patients
 * @param encounters encounters
 * @param observations observations
 * @param conditions conditions
 */
public record ChartCounts(long patients, long encounters, long observations, long conditions) {

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "%,d patients with %,d encounters, %,d observations and %,d conditions",
		    patients, encounters, observations, conditions);
	}
}
