// Checked against openmrs-core (api/src/main/java/org/openmrs/Condition.java, 2.x line and the 2.9 development line):
// org.openmrs.Condition since 2.2 (a BaseOpenmrsData through BaseFormRecordableOpenmrsData); the getters are declared
// in Condition.
package org.openmrs;

import java.util.Date;

/**
 * Stand-in for the OpenMRS platform class of the same name, holding only the members the omod uses. Compile-only:
 * the platform's own class is used at run time.
 */
public class Condition extends BaseOpenmrsData {

	Condition() {
	}

	/** Stand-in for the platform's condition, coded or free text. */
	public CodedOrFreeText getCondition() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's clinical status. */
	public ConditionClinicalStatus getClinicalStatus() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's verification status, or null. */
	public ConditionVerificationStatus getVerificationStatus() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's onset, or null. */
	public Date getOnsetDate() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's end, or null. */
	public Date getEndDate() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's patient. */
	public Patient getPatient() {
		throw new UnsupportedOperationException("stub");
	}
}
