package org.openmrs.module.addonmarket.standalone.clinical;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.error.FieldError;
import org.openmrs.module.addonmarket.error.InvalidInputException;
import org.openmrs.module.addonmarket.host.ModuleClock;
import org.openmrs.module.addonmarket.standalone.clinical.dao.ClinicalRecordDao;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a new Observation must be for the standalone server to store it: a measurement it knows (LOINC code), in
 * that measurement's UCUM unit, within the range it can have, of a patient of this server (and, when it names one,
 * an encounter of the same patient), not in the future; with only the elements the server keeps, so that nothing
 * sent is silently dropped. Every problem is reported, each at its JSON pointer.
 */
@Component
public class ObservationRules {

	/** The elements kept; anything else is refused rather than dropped. */
	static final Set<String> ELEMENTS = Set.of("resourceType", "status", "category", "code", "subject", "encounter",
	    "effectiveDateTime", "valueQuantity");

	static final Set<String> QUANTITY_ELEMENTS = Set.of("value", "unit", "system", "code");

	static final Set<String> STATUSES = Set.of("preliminary", "final", "amended");

	/** Clocks disagree a little: a reading taken "now" on a tablet may arrive stamped a moment ahead. */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	/** DECIMAL(12,4) keeps four decimals. */
	static final int MAX_DECIMALS = 4;

	private final ClinicalRecordDao records;

	private final ModuleClock clock;

	public ObservationRules(ClinicalRecordDao records, ModuleClock clock) {
		this.records = records;
		this.clock = clock;
	}

	/**
	 * @param resource a FHIR R4 Observation without an id
	 * @param recordedBy the uuid of the user recording it, or null
	 * @return the row to store, with a new id
	 * @throws InvalidInputException OBSERVATION_INVALID, with every problem found
	 */
	public ObservationRow check(ObjectNode resource, String recordedBy) {
		List<FieldError> errors = new ArrayList<>();
		for (Iterator<String> names = resource.fieldNames(); names.hasNext();) {
			String name = names.next();
			if (!ELEMENTS.contains(name)) {
				errors.add(error(ErrorCode.OBSERVATION_FIELD_UNSUPPORTED, "/" + name, "The standalone server does not "
				        + "keep the element " + name + "; it keeps " + String.join(", ", sorted(ELEMENTS))));
			}
		}
		if (resource.has("resourceType") && !"Observation".equals(resource.path("resourceType").asText())) {
			errors.add(error(ErrorCode.OBSERVATION_FIELD_UNSUPPORTED, "/resourceType",
			    "resourceType must be Observation"));
		}
		String status = resource.has("status") ? resource.path("status").asText() : "final";
		if (!STATUSES.contains(status)) {
			errors.add(error(ErrorCode.OBSERVATION_STATUS_INVALID, "/status",
			    "status must be one of " + String.join(", ", sorted(STATUSES))));
		}
		Measurement measurement = measurement(resource.path("code"), errors);
		if (measurement != null && resource.has("category")) {
			category(resource.path("category"), measurement, errors);
		}
		String patient = patient(resource.path("subject"), errors);
		String encounter = encounter(resource.path("encounter"), patient, errors);
		Instant effective = effective(resource.path("effectiveDateTime"), errors);
		BigDecimal value = value(resource.path("valueQuantity"), measurement, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(ErrorCode.OBSERVATION_INVALID, "The observation cannot be recorded",
			        errors);
		}
		return new ObservationRow(UUID.randomUUID().toString(), patient, encounter, measurement, status, value,
		        effective, recordedBy);
	}

	private static Measurement measurement(JsonNode code, List<FieldError> errors) {
		JsonNode codings = code.path("coding");
		if (!codings.isArray() || codings.isEmpty()) {
			errors.add(error(ErrorCode.OBSERVATION_FIELD_MISSING, "/code",
			    "code needs a coding, e.g. {\"system\": \"http://loinc.org\", \"code\": \"8480-6\"}"));
			return null;
		}
		for (JsonNode coding : codings) {
			if (CodeSystems.LOINC.equals(coding.path("system").asText())) {
				Measurement known = Measurement.byLoinc(coding.path("code").asText()).orElse(null);
				if (known != null) {
					return known;
				}
			}
		}
		JsonNode first = codings.get(0);
		errors.add(error(ErrorCode.OBSERVATION_CODE_UNKNOWN, "/code/coding/0", first.path("system").asText() + "|"
		        + first.path("code").asText() + " is not a code the standalone server records; it records "
		        + Arrays.stream(Measurement.values()).map(m -> m.token() + " (" + m.display() + ")")
		                .collect(Collectors.joining(", "))));
		return null;
	}

	private static void category(JsonNode categories, Measurement measurement, List<FieldError> errors) {
		for (JsonNode category : categories) {
			for (JsonNode coding : category.path("coding")) {
				boolean system = !coding.has("system")
				        || CodeSystems.OBSERVATION_CATEGORY.equals(coding.path("system").asText());
				if (system && measurement.category().code().equals(coding.path("code").asText())) {
					return;
				}
			}
		}
		String category = measurement.category().code();
		errors.add(error(ErrorCode.OBSERVATION_FIELD_UNSUPPORTED, "/category", measurement.token() + " is a " + category
		        + " observation; leave category out or say " + category));
	}

	private String patient(JsonNode subject, List<FieldError> errors) {
		String reference = subject.path("reference").asText("");
		if (!reference.startsWith("Patient/") || reference.length() == "Patient/".length()) {
			errors.add(error(ErrorCode.OBSERVATION_FIELD_MISSING, "/subject/reference",
			    "subject.reference must name the patient as Patient/<id>"));
			return null;
		}
		String patient = reference.substring("Patient/".length());
		if (records.read("Patient", patient).isEmpty()) {
			errors.add(error(ErrorCode.OBSERVATION_SUBJECT_UNKNOWN, "/subject/reference",
			    "There is no patient " + patient));
			return null;
		}
		return patient;
	}

	private String encounter(JsonNode encounter, String patient, List<FieldError> errors) {
		if (encounter.isMissingNode()) {
			return null;
		}
		String reference = encounter.path("reference").asText("");
		String id = reference.startsWith("Encounter/") ? reference.substring("Encounter/".length()) : "";
		boolean ofPatient = !id.isEmpty() && records.patientOfEncounter(id).filter(p -> p.equals(patient)).isPresent();
		if (!ofPatient) {
			errors.add(error(ErrorCode.OBSERVATION_ENCOUNTER_UNKNOWN, "/encounter/reference",
			    "encounter.reference must name an encounter of the same patient as Encounter/<id>, not \"" + reference
			            + "\""));
			return null;
		}
		return id;
	}

	private Instant effective(JsonNode effective, List<FieldError> errors) {
		Instant now = clock.now();
		if (effective.isMissingNode()) {
			return now.truncatedTo(ChronoUnit.SECONDS);
		}
		Instant at = FhirDateTime.parse(effective.isTextual() ? effective.asText() : null).orElse(null);
		if (at == null) {
			errors.add(error(ErrorCode.OBSERVATION_EFFECTIVE_INVALID, "/effectiveDateTime",
			    "effectiveDateTime must be a date and time with its offset, e.g. 2026-11-29T08:30:00Z, or a date"));
		} else if (at.isAfter(now.plus(CLOCK_SKEW))) {
			errors.add(error(ErrorCode.OBSERVATION_EFFECTIVE_INVALID, "/effectiveDateTime",
			    "effectiveDateTime " + effective.asText() + " is in the future"));
		}
		return at == null ? null : at.truncatedTo(ChronoUnit.SECONDS);
	}

	private static BigDecimal value(JsonNode quantity, Measurement measurement, List<FieldError> errors) {
		if (!quantity.isObject()) {
			errors.add(error(ErrorCode.OBSERVATION_FIELD_MISSING, "/valueQuantity",
			    "valueQuantity must hold the value and its UCUM unit"));
			return null;
		}
		for (Iterator<String> names = quantity.fieldNames(); names.hasNext();) {
			String name = names.next();
			if (!QUANTITY_ELEMENTS.contains(name)) {
				errors.add(error(ErrorCode.OBSERVATION_FIELD_UNSUPPORTED, "/valueQuantity/" + name,
				    "The standalone server does not keep valueQuantity." + name));
			}
		}
		if (measurement != null) {
			unit(quantity, measurement, errors);
		}
		JsonNode value = quantity.path("value");
		if (!value.isNumber()) {
			errors.add(error(ErrorCode.OBSERVATION_FIELD_MISSING, "/valueQuantity/value",
			    "valueQuantity.value must be a number"));
			return null;
		}
		BigDecimal number = value.decimalValue();
		boolean outside = measurement != null
		        && (number.compareTo(measurement.min()) < 0 || number.compareTo(measurement.max()) > 0);
		if (outside) {
			errors.add(error(ErrorCode.OBSERVATION_VALUE_OUT_OF_RANGE, "/valueQuantity/value",
			    String.format(Locale.ROOT, "%s must be between %s and %s %s, not %s", measurement.display(),
			        measurement.min().toPlainString(), measurement.max().toPlainString(), measurement.unitCode(),
			        number.toPlainString())));
		}
		if (number.stripTrailingZeros().scale() > MAX_DECIMALS) {
			errors.add(error(ErrorCode.OBSERVATION_VALUE_OUT_OF_RANGE, "/valueQuantity/value",
			    "valueQuantity.value may have at most " + MAX_DECIMALS + " decimals"));
		}
		return number;
	}

	/** The UCUM code must be the measurement's; a quantity with only a unit may give the UCUM code or the display. */
	private static void unit(JsonNode quantity, Measurement measurement, List<FieldError> errors) {
		if (quantity.has("system") && !CodeSystems.UCUM.equals(quantity.path("system").asText())) {
			errors.add(error(ErrorCode.OBSERVATION_UNIT_MISMATCH, "/valueQuantity/system",
			    "valueQuantity.system must be " + CodeSystems.UCUM));
		}
		String pointer = quantity.has("code") ? "/valueQuantity/code" : "/valueQuantity/unit";
		String unit = quantity.has("code") ? quantity.path("code").asText() : quantity.path("unit").asText(null);
		boolean matches = measurement.unitCode().equals(unit)
		        || !quantity.has("code") && measurement.unit().equals(unit);
		if (!matches) {
			String given = unit == null ? "; the quantity has no unit" : ", not " + unit;
			errors.add(error(ErrorCode.OBSERVATION_UNIT_MISMATCH, pointer,
			    measurement.display() + " is recorded in " + measurement.unitCode() + " (UCUM)" + given));
		}
	}

	private static FieldError error(ErrorCode code, String pointer, String message) {
		return new FieldError(code.code(), pointer, message);
	}

	private static List<String> sorted(Set<String> names) {
		return names.stream().sorted().collect(Collectors.toList());
	}
}
