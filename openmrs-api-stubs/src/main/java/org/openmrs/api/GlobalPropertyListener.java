// Checked against openmrs-core: api/src/main/java/org/openmrs/api/GlobalPropertyListener.java (the three callbacks
// below, unchanged from 1.x through the 2.9/3.0 development line). The platform calls them from
// AdministrationServiceImpl inside the saving or purging transaction, before it commits.
package org.openmrs.api;

import org.openmrs.GlobalProperty;

/**
 * Stand-in for the OpenMRS platform interface of the same name. Compile-only: the platform's own interface is used at
 * run time.
 */
public interface GlobalPropertyListener {

	/** Stand-in for the platform's question whether the listener wants to hear of a global property's name. */
	boolean supportsPropertyName(String propertyName);

	/** Stand-in for the platform's callback after a global property was created or changed. */
	void globalPropertyChanged(GlobalProperty newValue);

	/** Stand-in for the platform's callback after a global property was deleted. */
	void globalPropertyDeleted(String propertyName);
}
