package org.openmrs.module.addonmarket.openmrs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;

import org.hibernate.Hibernate;
import org.openmrs.CodedOrFreeText;
import org.openmrs.Concept;
import org.openmrs.ConceptNumeric;
import org.openmrs.Condition;
import org.openmrs.ConditionClinicalStatus;
import org.openmrs.ConditionVerificationStatus;
import org.openmrs.Encounter;
import org.openmrs.EncounterType;
import org.openmrs.Location;
import org.openmrs.Obs;
import org.openmrs.Patient;
import org.openmrs.PatientIdentifier;
import org.openmrs.PatientIdentifierType;
import org.openmrs.PersonName;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Translates the platform's patients, observations, encounters and conditions into FHIR R4 JSON, in the shapes the
 * standalone server's synthetic record has, so that an add-on reads the same on both hosts. Only getters of the
 * objects are called (no service), so translating needs no privilege beyond the read that fetched the object. Times
 * are UTC instants; a birth date is the calendar date the platform stored.
 */
final class FhirResources {

	/** Keeps decimals as they are (the default factory may strip their zeros into exponent form). */
	private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

	private FhirResources() {
	}

	static ObjectNode patient(Patient patient) {
		ObjectNode resource = resource("Patient", patient.getUuid());
		ArrayNode identifiers = resource.putArray("identifier");
		for (PatientIdentifier identifier : patient.getActiveIdentifiers()) {
			ObjectNode entry = identifiers.addObject();
			entry.put("use", Boolean.TRUE.equals(identifier.getPreferred()) ? "official" : "usual");
			PatientIdentifierType type = identifier.getIdentifierType();
			if (type != null) {
				// The identifier type's uuid is the system: a URI no one takes for a national one.
				entry.put("system", "urn:uuid:" + type.getUuid());
				entry.putObject("type").put("text", type.getName());
			}
			entry.put("value", identifier.getIdentifier());
		}
		resource.put("active", true);
		PersonName name = patient.getPersonName();
		if (name != null) {
			ObjectNode entry = resource.putArray("name").addObject().put("use", "official");
			putIfPresent(entry, "family", name.getFamilyName());
			ArrayNode given = entry.putArray("given");
			for (String part : new String[] { name.getGivenName(), name.getMiddleName() }) {
				if (part != null && !part.isBlank()) {
					given.add(part);
				}
			}
		}
		resource.put("gender", gender(patient.getGender()));
		Date birthdate = patient.getBirthdate();
		if (birthdate != null) {
			resource.put("birthDate", LocalDate.ofInstant(instant(birthdate), ZoneId.systemDefault()).toString());
		}
		return resource;
	}

	static ObjectNode observation(Obs obs) {
		ObjectNode resource = resource("Observation", obs.getUuid());
		resource.put("status", status(obs.getStatus()));
		resource.set("code", ConceptCodings.codeableConcept(obs.getConcept()));
		reference(resource, "subject", "Patient", obs.getPerson().getUuid());
		if (obs.getEncounter() != null) {
			reference(resource, "encounter", "Encounter", obs.getEncounter().getUuid());
		}
		if (obs.getObsDatetime() != null) {
			resource.put("effectiveDateTime", instant(obs.getObsDatetime()).toString());
		}
		if (obs.getValueNumeric() != null) {
			ObjectNode quantity = resource.putObject("valueQuantity").put("value", plain(obs.getValueNumeric()));
			String units = units(obs.getConcept());
			if (units != null && !units.isBlank()) {
				quantity.put("unit", units);
			}
		} else if (obs.getValueCoded() != null) {
			resource.set("valueCodeableConcept", ConceptCodings.codeableConcept(obs.getValueCoded()));
		} else if (obs.getValueText() != null) {
			resource.put("valueString", obs.getValueText());
		}
		return resource;
	}

	static ObjectNode encounter(Encounter encounter) {
		ObjectNode resource = resource("Encounter", encounter.getUuid());
		// The platform keeps no encounter status or class: a recorded encounter is reported as such.
		resource.put("status", "unknown");
		resource.putObject("class").put("system", FhirSystems.ENCOUNTER_CLASS).put("code", "AMB").put("display",
		    "ambulatory");
		EncounterType type = encounter.getEncounterType();
		if (type != null) {
			ObjectNode codeable = resource.putArray("type").addObject();
			codeable.putArray("coding").addObject().put("system", FhirSystems.ENCOUNTER_TYPE).put("code", type.getUuid())
			        .put("display", type.getName());
			codeable.put("text", type.getName());
		}
		reference(resource, "subject", "Patient", encounter.getPatient().getUuid());
		if (encounter.getEncounterDatetime() != null) {
			resource.putObject("period").put("start", instant(encounter.getEncounterDatetime()).toString());
		}
		Location location = encounter.getLocation();
		if (location != null) {
			resource.putArray("location").addObject().putObject("location")
			        .put("reference", "Location/" + location.getUuid()).put("display", location.getName());
		}
		return resource;
	}

	static ObjectNode condition(Condition condition) {
		ObjectNode resource = resource("Condition", condition.getUuid());
		if (condition.getClinicalStatus() != null) {
			coding(resource.putObject("clinicalStatus"), FhirSystems.CONDITION_CLINICAL_STATUS,
			    clinicalStatus(condition.getClinicalStatus()));
		}
		if (condition.getVerificationStatus() != null) {
			coding(resource.putObject("verificationStatus"), FhirSystems.CONDITION_VERIFICATION_STATUS,
			    verificationStatus(condition.getVerificationStatus()));
		}
		coding(resource.putArray("category").addObject(), FhirSystems.CONDITION_CATEGORY, "problem-list-item");
		CodedOrFreeText code = condition.getCondition();
		if (code != null && code.getCoded() != null) {
			resource.set("code", ConceptCodings.codeableConcept(code.getCoded()));
		} else if (code != null && code.getNonCoded() != null) {
			resource.putObject("code").put("text", code.getNonCoded());
		}
		reference(resource, "subject", "Patient", condition.getPatient().getUuid());
		if (condition.getOnsetDate() != null) {
			resource.put("onsetDateTime", instant(condition.getOnsetDate()).toString());
		}
		if (condition.getEndDate() != null) {
			resource.put("abatementDateTime", instant(condition.getEndDate()).toString());
		}
		return resource;
	}

	/** @return the units of a numeric concept, or null; the concept may be a lazy Hibernate proxy of the superclass */
	static String units(Concept concept) {
		Object real = Hibernate.unproxy(concept);
		return real instanceof ConceptNumeric ? ((ConceptNumeric) real).getUnits() : null;
	}

	/** @return the instant of a platform date (a java.sql.Date or Timestamp as often as a java.util.Date) */
	static Instant instant(Date date) {
		return Instant.ofEpochMilli(date.getTime());
	}

	private static String status(Obs.Status status) {
		if (status == null) {
			return "final";
		}
		switch (status) {
			case PRELIMINARY:
				return "preliminary";
			case AMENDED:
				return "amended";
			case FINAL:
			default:
				return "final";
		}
	}

	private static String clinicalStatus(ConditionClinicalStatus status) {
		switch (status) {
			case ACTIVE:
				return "active";
			case HISTORY_OF:
				return "resolved";
			case INACTIVE:
			default:
				return "inactive";
		}
	}

	private static String verificationStatus(ConditionVerificationStatus status) {
		switch (status) {
			case PROVISIONAL:
				return "provisional";
			case CONFIRMED:
			default:
				return "confirmed";
		}
	}

	private static String gender(String gender) {
		String code = gender == null ? "" : gender.trim().toUpperCase(Locale.ROOT);
		switch (code) {
			case "M":
				return "male";
			case "F":
				return "female";
			case "O":
				return "other";
			default:
				return "unknown";
		}
	}

	private static ObjectNode resource(String type, String id) {
		return NODES.objectNode().put("resourceType", type).put("id", id);
	}

	private static void reference(ObjectNode resource, String element, String type, String id) {
		resource.putObject(element).put("reference", type + "/" + id);
	}

	private static void coding(ObjectNode codeable, String system, String code) {
		codeable.putArray("coding").addObject().put("system", system).put("code", code);
	}

	private static void putIfPresent(ObjectNode node, String name, String value) {
		if (value != null && !value.isBlank()) {
			node.put(name, value);
		}
	}

	/** @return the number without trailing zeros and never in exponent form: 185, 7.2, 0.95 */
	private static BigDecimal plain(Double value) {
		BigDecimal stripped = BigDecimal.valueOf(value).stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}
}
