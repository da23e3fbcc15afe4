// Checked against openmrs-core (api/src/main/java/org/openmrs/ConditionVerificationStatus.java, since 2.2): these two
// constants, in this order.
package org.openmrs;

/**
 * Stand-in for the OpenMRS platform enum of the same name. Compile-only: the platform's own enum is used at run time.
 */
public enum ConditionVerificationStatus {
	PROVISIONAL, CONFIRMED
}
