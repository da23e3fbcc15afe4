package org.openmrs.module.addonmarket.catalog;

/**
 * Whether an add-on may be installed or upgraded to.
 */
public enum AddonStatus {
	/** Listed in the catalog: installable. */
	LISTED,
	/** Blocked by an administrator: nothing may install it or upgrade to it. */
	BLOCKED
}
