// Checked against openmrs-core: api/src/main/java/org/openmrs/api/AdministrationService.java of 2.2/2.3 and of the
// 2.9/3.0 development line: getGlobalProperty(String) has this signature in both. Since 2.7 (TRUNK-6203) the platform
// requires the privilege "Get Global Properties" for it; the omod's caller proxies that privilege.
// addGlobalPropertyListener(GlobalPropertyListener) and removeGlobalPropertyListener(GlobalPropertyListener): checked
// in a 2.7-or-later version of the file (one with TRUNK-6203's privilege checks), void, no authorization annotation.
package org.openmrs.api;

/**
 * Stand-in for the OpenMRS platform service interface of the same name, holding only the members the omod uses.
 * Compile-only: the platform's own interface is used at run time.
 */
public interface AdministrationService {

	/** Stand-in for the platform's read of a global property's value (null when none is set). */
	String getGlobalProperty(String propertyName);

	/** Stand-in for the platform's registration of a listener told of every global property change and delete. */
	void addGlobalPropertyListener(GlobalPropertyListener listener);

	/** Stand-in for the platform's removal of a listener added by {@link #addGlobalPropertyListener}. */
	void removeGlobalPropertyListener(GlobalPropertyListener listener);
}
