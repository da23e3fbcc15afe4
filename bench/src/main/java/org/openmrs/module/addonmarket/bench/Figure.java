package org.openmrs.module.addonmarket.bench;

/**
 * One measured number with what it stands beside: its baseline or limit measured in the same run on the same
 * database, and the target it is held to.
 *
 * @param section which of the suite's questions it answers, e.g. {@code Audited reads}
 * @param measure what was measured, e.g. {@code 16 callers}
 * @param database where (H2, POSTGRESQL, MARIADB), or {@code -} when no database is involved
 * @param value the number
 * @param unit its unit, e.g. {@code reads/s}
 * @param beside the baseline or limit it is compared with, in words with its number; empty when none
 * @param target the target in words; empty when none
 * @param met whether the target is met; null when there is no target
 */
public record Figure(String section, String measure, String database, double value, String unit, String beside,
        String target, Boolean met) {

	/** A figure with neither baseline nor target. */
	public static Figure of(String section, String measure, String database, double value, String unit) {
		return new Figure(section, measure, database, value, unit, "", "", null);
	}

	/** @return this figure beside a baseline or limit */
	public Figure beside(String text) {
		return new Figure(section, measure, database, value, unit, text, target, met);
	}

	/** @return this figure held to a target */
	public Figure target(String text, boolean reached) {
		return new Figure(section, measure, database, value, unit, beside, text, reached);
	}
}
