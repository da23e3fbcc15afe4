package org.openmrs.module.addonmarket.catalog;

/**
 * Whether a published version may be installed.
 */
public enum VersionStatus {
	/** Published: installable while its add-on is listed. */
	PUBLISHED,
	/** Withdrawn by its publisher: kept for the record and for installations that run it, never newly installed. */
	WITHDRAWN
}
