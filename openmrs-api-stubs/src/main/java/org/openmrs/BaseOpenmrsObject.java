// Checked against openmrs-core: api/src/main/java/org/openmrs/BaseOpenmrsObject.java (getUuid() declared here in
// every version read, 1.9 through the 2.9/3.0 development line; User extends this class directly since 2.4).
package org.openmrs;

/**
 * Stand-in for the OpenMRS platform class of the same name, holding only the members the omod uses. Compile-only:
 * the platform's own class is used at run time. Its constructor is not public here because the omod creates no
 * platform objects; the stand-in {@link User} in this package still extends it.
 */
public abstract class BaseOpenmrsObject {

	BaseOpenmrsObject() {
	}

	/** Stand-in for the platform's getter of the object's stable identifier. */
	public String getUuid() {
		throw new UnsupportedOperationException("stub");
	}
}
