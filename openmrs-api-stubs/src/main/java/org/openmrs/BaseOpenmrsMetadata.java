// Checked against openmrs-core (api/src/main/java/org/openmrs/BaseOpenmrsMetadata.java, 2.x line and the 2.9
// development line): getName() is declared here, public, returning String.
package org.openmrs;

/**
 * Stand-in for the OpenMRS platform class of the same name, holding only the members the omod uses. Compile-only:
 * the platform's own class is used at run time. Its constructor is package-private: only the
 * stand-ins in this package extend it.
 */
public abstract class BaseOpenmrsMetadata extends BaseOpenmrsObject {

	BaseOpenmrsMetadata() {
	}

	/** Stand-in for the platform's name of the metadata item. */
	public String getName() {
		throw new UnsupportedOperationException("stub");
	}
}
