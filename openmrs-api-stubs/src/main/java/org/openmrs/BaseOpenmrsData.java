// Checked against openmrs-core (api/src/main/java/org/openmrs/BaseOpenmrsData.java, 2.x line and the 2.9 development
// line): getVoided() is declared here, public, returning Boolean.
package org.openmrs;

/**
 * Stand-in for the OpenMRS platform class of the same name, holding only the members the omod uses. Compile-only:
 * the platform's own class is used at run time. Its constructor is package-private: only the
 * stand-ins in this package extend it.
 */
public abstract class BaseOpenmrsData extends BaseOpenmrsObject {

	BaseOpenmrsData() {
	}

	/** Stand-in for the platform's whether the record is voided (deleted, kept for the record). */
	public Boolean getVoided() {
		throw new UnsupportedOperationException("stub");
	}
}
