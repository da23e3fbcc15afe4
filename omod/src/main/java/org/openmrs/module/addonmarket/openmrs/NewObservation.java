package org.openmrs.module.addonmarket.openmrs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.openmrs.Concept;
import org.openmrs.ConceptDatatype;
import org.openmrs.Encounter;
import org.openmrs.Obs;
import org.openmrs.Patient;
import org.openmrs.api.ValidationException;
import org.openmrs.api.context.Context;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.error.FieldError;
import org.openmrs.module.addonmarket.error.InvalidInputException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A FHIR Observation turned into a new platform {@code Obs} and saved through {@code ObsService.saveObs}: the concept
 * is the one (not retired) that a coding's code is mapped to in its terminology's concept source; the value must be
 * of the concept's datatype (valueQuantity for numeric, in the concept's units; valueCodeableConcept for coded;
 * valueString for text); the subject a patient, the encounter one of the same patient; the time not in the future.
 * Every problem is reported at its JSON pointer and nothing is saved; what the platform's own validator refuses is
 * reported the same way.
 */
final class NewObservation {

	/** The elements taken; anything else is refused rather than silently dropped. */
	static final Set<String> ELEMENTS = Set.of("resourceType", "status", "code", "subject", "encounter",
	    "effectiveDateTime", "valueQuantity", "valueCodeableConcept", "valueString");

	/** Clocks disagree a little: a reading taken "now" on a tablet may arrive stamped a moment ahead. */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private final List<FieldError> errors = new ArrayList<>();

	private final ObjectNode resource;

	private NewObservation(ObjectNode resource) {
		this.resource = resource;
	}

	/**
	 * @param resource a FHIR R4 Observation without an id
	 * @param now the time the observation is recorded at, when it names none
	 * @return the saved observation
	 * @throws InvalidInputException OBSERVATION_INVALID, with every problem found
	 */
	static Obs save(ObjectNode resource, Instant now) {
		NewObservation parsed = new NewObservation(resource);
		Obs obs = parsed.toObs(now);
		try {
			return Context.getObsService().saveObs(obs, null);
		}
		catch (ValidationException e) {
			parsed.errors.add(error(ErrorCode.OBSERVATION_INVALID, "", "OpenMRS refused the observation: "
			        + e.getMessage()));
			throw parsed.invalid();
		}
	}

	private Obs toObs(Instant now) {
		for (Iterator<String> names = resource.fieldNames(); names.hasNext();) {
			String name = names.next();
			if (!ELEMENTS.contains(name)) {
				errors.add(error(ErrorCode.OBSERVATION_FIELD_UNSUPPORTED, "/" + name, "The OpenMRS binding does not "
				        + "take the element " + name + "; it takes " + ELEMENTS.stream().sorted().toList()));
			}
		}
		if (resource.has("resourceType") && !"Observation".equals(resource.path("resourceType").asText())) {
			errors.add(error(ErrorCode.OBSERVATION_FIELD_UNSUPPORTED, "/resourceType", "resourceType must be Observation"));
		}
		Obs.Status status = status(resource.path("status"));
		Concept concept = concept(resource.path("code"), "/code");
		Patient patient = patient(resource.path("subject"));
		Encounter encounter = encounter(resource.path("encounter"), patient);
		Date effective = effective(resource.path("effectiveDateTime"), now);
		Value value = concept == null ? null : value(concept);
		failIfAnyError();
		Obs obs = new Obs();
		obs.setConcept(concept);
		obs.setPerson(patient);
		obs.setEncounter(encounter);
		obs.setObsDatetime(effective);
		obs.setStatus(status);
		obs.setValueNumeric(value.numeric());
		obs.setValueCoded(value.coded());
		obs.setValueText(value.text());
		return obs;
	}

	private Obs.Status status(JsonNode status) {
		String text = status.isMissingNode() ? "final" : status.asText();
		switch (text) {
			case "final":
				return Obs.Status.FINAL;
			case "preliminary":
				return Obs.Status.PRELIMINARY;
			case "amended":
				return Obs.Status.AMENDED;
			default:
				errors.add(error(ErrorCode.OBSERVATION_STATUS_INVALID, "/status",
				    "status must be one of final, preliminary, amended"));
				return null;
		}
	}

	/** @return the one concept the first resolvable coding names, or null (with the error) */
	private Concept concept(JsonNode code, String pointer) {
		JsonNode codings = code.path("coding");
		if (!codings.isArray() || codings.isEmpty()) {
			errors.add(error(ErrorCode.OBSERVATION_FIELD_MISSING, pointer,
			    "needs a coding, e.g. {\"system\": \"http://loinc.org\", \"code\": \"8480-6\"}"));
			return null;
		}
		for (JsonNode coding : codings) {
			String token = coding.path("system").asText("") + "|" + coding.path("code").asText("");
			if (coding.path("code").asText("").isBlank()) {
				continue;
			}
			List<Concept> concepts = ConceptCodings.concepts(token, false);
			if (concepts.size() == 1) {
				return concepts.get(0);
			}
			if (concepts.size() > 1) {
				errors.add(error(ErrorCode.OBSERVATION_CODE_UNKNOWN, pointer + "/coding", token + " is mapped to "
				        + concepts.size() + " concepts in OpenMRS; send a code that names one"));
				return null;
			}
		}
		errors.add(error(ErrorCode.OBSERVATION_CODE_UNKNOWN, pointer + "/coding/0", "No coding names a concept of "
		        + "this OpenMRS (by a LOINC, SNOMED CT or CIEL mapping, or a concept uuid without a system)"));
		return null;
	}

	private Patient patient(JsonNode subject) {
		String id = id(subject, "Patient/");
		if (id == null) {
			errors.add(error(ErrorCode.OBSERVATION_FIELD_MISSING, "/subject/reference",
			    "subject.reference must name the patient as Patient/<id>"));
			return null;
		}
		Patient patient = Context.getPatientService().getPatientByUuid(id);
		if (patient == null || Boolean.TRUE.equals(patient.getVoided())) {
			errors.add(error(ErrorCode.OBSERVATION_SUBJECT_UNKNOWN, "/subject/reference", "There is no patient " + id));
			return null;
		}
		return patient;
	}

	private Encounter encounter(JsonNode reference, Patient patient) {
		if (reference.isMissingNode()) {
			return null;
		}
		String id = id(reference, "Encounter/");
		Encounter encounter = id == null ? null : Context.getEncounterService().getEncounterByUuid(id);
		boolean ofPatient = encounter != null && !Boolean.TRUE.equals(encounter.getVoided()) && patient != null
		        && encounter.getPatient().getUuid().equals(patient.getUuid());
		if (!ofPatient) {
			errors.add(error(ErrorCode.OBSERVATION_ENCOUNTER_UNKNOWN, "/encounter/reference",
			    "encounter.reference must name an encounter of the same patient as Encounter/<id>"));
			return null;
		}
		return encounter;
	}

	private Date effective(JsonNode effective, Instant now) {
		if (effective.isMissingNode()) {
			return Date.from(now);
		}
		Instant at = effective.isTextual() ? parse(effective.asText()) : null;
		if (at == null) {
			errors.add(error(ErrorCode.OBSERVATION_EFFECTIVE_INVALID, "/effectiveDateTime",
			    "effectiveDateTime must be a date and time with its offset, e.g. 2026-11-29T08:30:00Z, or a date"));
			return null;
		}
		if (at.isAfter(now.plus(CLOCK_SKEW))) {
			errors.add(error(ErrorCode.OBSERVATION_EFFECTIVE_INVALID, "/effectiveDateTime",
			    "effectiveDateTime " + effective.asText() + " is in the future"));
		}
		return Date.from(at);
	}

	private Value value(Concept concept) {
		List<String> given = List.of("valueQuantity", "valueCodeableConcept", "valueString").stream()
		        .filter(resource::has).collect(Collectors.toList());
		ConceptDatatype datatype = concept.getDatatype();
		String expected = datatype == null ? null
		        : datatype.isNumeric() ? "valueQuantity"
		                : datatype.isCoded() ? "valueCodeableConcept" : datatype.isText() ? "valueString" : null;
		if (expected == null) {
			errors.add(error(ErrorCode.OBSERVATION_FIELD_UNSUPPORTED, "/code", "The concept " + concept.getUuid()
			        + " takes values the OpenMRS binding does not record (only numeric, coded and text)"));
		} else if (given.size() != 1 || !given.get(0).equals(expected)) {
			errors.add(error(ErrorCode.OBSERVATION_FIELD_MISSING, "/" + expected, "The concept "
			        + ConceptCodings.name(concept) + " takes exactly one value, as " + expected + "; got " + given));
		} else if ("valueQuantity".equals(expected)) {
			return new Value(quantity(resource.path("valueQuantity"), concept), null, null);
		} else if ("valueCodeableConcept".equals(expected)) {
			return new Value(null, concept(resource.path("valueCodeableConcept"), "/valueCodeableConcept"), null);
		} else {
			return new Value(null, null, text(resource.path("valueString")));
		}
		return null;
	}

	private Double quantity(JsonNode quantity, Concept concept) {
		JsonNode value = quantity.path("value");
		if (!value.isNumber()) {
			errors.add(error(ErrorCode.OBSERVATION_FIELD_MISSING, "/valueQuantity/value",
			    "valueQuantity.value must be a number"));
			return null;
		}
		String units = FhirResources.units(concept);
		String unit = quantity.has("code") ? quantity.path("code").asText() : quantity.path("unit").asText(null);
		if (unit != null && units != null && !units.isBlank() && !units.trim().equalsIgnoreCase(unit.trim())) {
			errors.add(error(ErrorCode.OBSERVATION_UNIT_MISMATCH, quantity.has("code") ? "/valueQuantity/code"
			        : "/valueQuantity/unit", ConceptCodings.name(concept) + " is recorded in " + units + ", not " + unit));
		}
		return value.doubleValue();
	}

	private String text(JsonNode text) {
		if (!text.isTextual() || text.asText().isBlank()) {
			errors.add(error(ErrorCode.OBSERVATION_FIELD_MISSING, "/valueString", "valueString must be text"));
			return null;
		}
		return text.asText();
	}

	private void failIfAnyError() {
		if (!errors.isEmpty()) {
			throw invalid();
		}
	}

	private InvalidInputException invalid() {
		return new InvalidInputException(ErrorCode.OBSERVATION_INVALID, "The observation cannot be recorded",
		        List.copyOf(errors));
	}

	/** The value of the observation: one of the three is set. */
	private record Value(Double numeric, Concept coded, String text) {
	}

	private static String id(JsonNode reference, String prefix) {
		String text = reference.path("reference").asText("");
		return text.startsWith(prefix) && text.length() > prefix.length() ? text.substring(prefix.length()) : null;
	}

	private static Instant parse(String text) {
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException notDateTime) {
			try {
				return LocalDate.parse(text).atStartOfDay(ZoneId.systemDefault()).toInstant();
			}
			catch (DateTimeParseException notDate) {
				return null;
			}
		}
	}

	private static FieldError error(ErrorCode code, String pointer, String message) {
		return new FieldError(code.code(), pointer, message);
	}
}
