package org.openmrs.module.addonmarket.runtime;

import java.util.Locale;

/**
 * What started a run of an add-on.
 */
public enum InvocationKind {

	/** A user ran one of the add-on's actions. */
	ACTION,
	/** A clinical event matched one of its triggers. */
	TRIGGER,
	/** One of its schedules came due. */
	SCHEDULE;

	/**
	 * @param name the action's id, or the handler of a trigger or schedule
	 * @return the purpose the access log records, e.g. {@code action:trend}
	 */
	public String purpose(String name) {
		return name().toLowerCase(Locale.ROOT) + ":" + name;
	}
}
