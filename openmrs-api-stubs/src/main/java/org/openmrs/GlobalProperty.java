// Checked against openmrs-core: api/src/main/java/org/openmrs/GlobalProperty.java in a 2.7-or-later version (its view,
// edit and delete privileges are @since 2.7.0): extends BaseOpenmrsObject; getProperty() is declared in GlobalProperty
// itself with this signature. The omod only reads the name of what the platform hands its listener.
package org.openmrs;

/**
 * Stand-in for the OpenMRS platform class of the same name, holding only the members the omod uses. Compile-only:
 * the platform's own class is used at run time. Its constructor is private here because the omod creates no global
 * properties.
 */
public class GlobalProperty extends BaseOpenmrsObject {

	private GlobalProperty() {
	}

	/** Stand-in for the platform's getter of the global property's name. */
	public String getProperty() {
		throw new UnsupportedOperationException("stub");
	}
}
