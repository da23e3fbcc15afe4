package org.openmrs.module.addonmarket.runtime;

/**
 * How a run of an add-on ended.
 */
public enum InvocationOutcome {
	/** The handler returned; its result is plain JSON. */
	SUCCESS,
	/** The handler threw, or the run was stopped at a limit; the error says which. */
	ERROR
}
