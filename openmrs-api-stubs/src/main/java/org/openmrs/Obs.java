// Checked against openmrs-core (api/src/main/java/org/openmrs/Obs.java, 2.x line and the 2.9 development line): Obs()
// is public; the getters and setters are declared in Obs; the nested enum Status exists since 2.1.
package org.openmrs;

import java.util.Date;

/**
 * Stand-in for the OpenMRS platform class of the same name, holding only the members the omod uses. Compile-only:
 * the platform's own class is used at run time.
 */
public class Obs extends BaseOpenmrsData {

	/** Stand-in for the platform's status of an observation (since 2.1). */
	public enum Status {
		PRELIMINARY, FINAL, AMENDED
	}

	/** Stand-in for the platform's constructor of a new, unsaved observation. */
	public Obs() {
	}

	/** Stand-in for the platform's database id, null until saved. */
	public Integer getObsId() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's question concept. */
	public Concept getConcept() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's person observed. */
	public Person getPerson() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's encounter, or null. */
	public Encounter getEncounter() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's time of the observation. */
	public Date getObsDatetime() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's numeric value, or null. */
	public Double getValueNumeric() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's coded value, or null. */
	public Concept getValueCoded() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's text value, or null. */
	public String getValueText() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's status. */
	public Status getStatus() {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's setter of the person observed. */
	public void setPerson(Person person) {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's setter of the question concept. */
	public void setConcept(Concept concept) {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's setter of the time of the observation. */
	public void setObsDatetime(Date obsDatetime) {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's setter of the numeric value. */
	public void setValueNumeric(Double valueNumeric) {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's setter of the coded value. */
	public void setValueCoded(Concept valueCoded) {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's setter of the text value. */
	public void setValueText(String valueText) {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's setter of the encounter. */
	public void setEncounter(Encounter encounter) {
		throw new UnsupportedOperationException("stub");
	}

	/** Stand-in for the platform's setter of the status. */
	public void setStatus(Status status) {
		throw new UnsupportedOperationException("stub");
	}
}
