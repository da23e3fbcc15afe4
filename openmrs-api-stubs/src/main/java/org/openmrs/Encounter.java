// Checked against openmrs-core (api/src/main/java/org/openmrs/Encounter.java, 2.x line and the 2.9 development line):
// Encounter extends BaseChangeableOpenmrsData; the getters are declared in Encounter.
package org.openmrs;

import java.util.Date;

/**
 * Stand-in for the OpenMRS platform class of the same name, holding only the members the omod uses. Compile-only:
 * the platform's own class is used at run time.
 */
public class Encounter extends BaseOpenmrsData {

	Encounter() {
	}

	/** Stand-in for the platform's database id, null until saved. */
	public Integer getEncounterId() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's encounter type. */
	public EncounterType getEncounterType() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's time of the encounter. */
	public Date getEncounterDatetime() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's location, or null. */
	public Location getLocation() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's patient. */
	public Patient getPatient() {
		throw new UnsupportedOperationException("stub");
	}
}
