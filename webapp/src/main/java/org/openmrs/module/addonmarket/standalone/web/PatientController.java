package org.openmrs.module.addonmarket.standalone.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.openmrs.module.addonmarket.Page;
import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.error.FieldError;
import org.openmrs.module.addonmarket.error.InvalidInputException;
import org.openmrs.module.addonmarket.host.ClinicalQuery;
import org.openmrs.module.addonmarket.host.UserPrivileges;
import org.openmrs.module.addonmarket.standalone.clinical.CodeSystems;
import org.openmrs.module.addonmarket.standalone.clinical.FhirDateTime;
import org.openmrs.module.addonmarket.standalone.clinical.StandaloneClinicalData;
import org.openmrs.module.addonmarket.web.ApiJson;
import org.openmrs.module.addonmarket.web.ApiPaths;
import org.openmrs.module.addonmarket.web.ListBody;
import org.springframework.stereotype.Controller;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code /patients}: the signed-in user looking at the synthetic clinical record themselves, not an add-on: the
 * patient picker, one patient's summary, a patient's observations, and recording a new one. Each needs the user's
 * own privilege (Get Patients, Get Observations, Add Observations).
 */
@Controller
@RequestMapping(ApiPaths.BASE + "/patients")
public class PatientController {

	static final int MAX_PATIENTS = 100;

	static final int MAX_OBSERVATIONS = 1000;

	private static final Set<String> OBSERVATION_PARAMETERS = Set.of("code", "category", "from", "to", "count");

	/** Where the clinician's fields sit in the FHIR Observation the server validates. */
	private static final Map<String, String> FIELD_OF_POINTER = Map.of("/code", "/code", "/code/coding/0", "/code",
	    "/valueQuantity", "/value", "/valueQuantity/value", "/value", "/valueQuantity/code", "/unit",
	    "/valueQuantity/unit", "/unit", "/effectiveDateTime", "/effective");

	private final StandaloneClinicalData clinicalData;

	private final UserPrivileges privileges;

	private final ApiJson json;

	public PatientController(StandaloneClinicalData clinicalData, UserPrivileges privileges,
	    ApiJson json) {
		this.clinicalData = clinicalData;
		this.privileges = privileges;
		this.json = json;
	}

	/** The patient picker: patients whose names (each word the start of one) or number match q, by name. */
	@GetMapping
	public ResponseEntity<String> find(@RequestParam(required = false) String q,
	        @RequestParam(defaultValue = "20") int count) {
		privileges.require(Privileges.GET_PATIENTS);
		checkCount(count, MAX_PATIENTS);
		Map<String, List<String>> parameters = q == null || q.isBlank() ? Map.of() : Map.of("_content", List.of(q));
		Page<ObjectNode> page = clinicalData.page("Patient", new ClinicalQuery(null, parameters, null, null, count));
		return json.ok(ListBody.of(page.map(PatientController::summary)));
	}

	/** One patient as the picker shows them, for pages that hold only the uuid (notices, the audit log). */
	@GetMapping("/{uuid}")
	public ResponseEntity<String> get(@PathVariable String uuid) {
		privileges.require(Privileges.GET_PATIENTS);
		ObjectNode patient = clinicalData.read("Patient", uuid).orElseThrow(
		    () -> new AddonMarketException(ErrorCode.PATIENT_NOT_FOUND, "There is no patient " + uuid));
		return json.ok(summary(patient));
	}

	/** A patient's observations, newest first: any of the codes and categories, effective from (inclusive) to. */
	@GetMapping("/{uuid}/observations")
	public ResponseEntity<String> observations(@PathVariable String uuid,
	        @RequestParam MultiValueMap<String, String> query) {
		privileges.require(Privileges.GET_OBSERVATIONS);
		for (String name : query.keySet()) {
			if (!OBSERVATION_PARAMETERS.contains(name)) {
				throw new AddonMarketException(ErrorCode.BAD_PARAMETER, "Unknown parameter " + name + "; expected "
				        + OBSERVATION_PARAMETERS.stream().sorted().collect(Collectors.joining(", ")), name);
			}
		}
		int count = count(query.getFirst("count"));
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		parameters.put("code", anyOf(query.get("code")));
		parameters.put("category", anyOf(query.get("category")));
		existing(uuid);
		ClinicalQuery search = new ClinicalQuery(uuid, parameters, time(query.getFirst("from"), "from"),
		        time(query.getFirst("to"), "to"), count);
		return json.ok(ListBody.of(clinicalData.page("Observation", search)));
	}

	/** Records a measurement: 201 with the stored FHIR Observation; 422 with every problem of the entry. */
	@PostMapping("/{uuid}/observations")
	public ResponseEntity<String> record(@PathVariable String uuid, @RequestBody(required = false) String body) {
		privileges.require(Privileges.ADD_OBSERVATIONS);
		NewObservation entry = json.read(body, NewObservation.class);
		existing(uuid);
		try {
			return json.created(clinicalData.create("Observation", observation(uuid, entry)));
		}
		catch (InvalidInputException e) {
			List<FieldError> errors = e.getErrors().stream().map(
			    f -> new FieldError(f.code(), FIELD_OF_POINTER.getOrDefault(f.pointer(), f.pointer()), f.message()))
			        .collect(Collectors.toList());
			throw new InvalidInputException(e.getCode(), "The observation cannot be recorded", errors);
		}
	}

	private ObjectNode observation(String patientUuid, NewObservation entry) {
		ObjectNode observation = json.mapper().createObjectNode().put("resourceType", "Observation");
		ObjectNode coding = observation.putObject("code").putArray("coding").addObject();
		if (entry.code() != null) {
			int bar = entry.code().indexOf('|');
			coding.put("system", bar < 0 ? "" : entry.code().substring(0, bar));
			coding.put("code", entry.code().substring(bar + 1));
		}
		observation.putObject("subject").put("reference", "Patient/" + patientUuid);
		if (entry.effective() != null) {
			observation.put("effectiveDateTime", entry.effective());
		}
		ObjectNode quantity = observation.putObject("valueQuantity");
		if (entry.value() != null) {
			quantity.put("value", entry.value());
		}
		if (entry.unit() != null) {
			quantity.put("unit", entry.unit()).put("system", CodeSystems.UCUM).put("code", entry.unit());
		}
		return observation;
	}

	private void existing(String patientUuid) {
		if (!clinicalData.hasPatient(patientUuid)) {
			throw new AddonMarketException(ErrorCode.PATIENT_NOT_FOUND, "There is no patient " + patientUuid);
		}
	}

	/** @return what a picker shows: uuid, name, identifier, gender, birth date */
	private static Map<String, Object> summary(ObjectNode patient) {
		JsonNode name = patient.path("name").path(0);
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("uuid", patient.path("id").asText());
		summary.put("name", name.path("given").path(0).asText() + " " + name.path("family").asText());
		summary.put("identifier", patient.path("identifier").path(0).path("value").asText());
		summary.put("gender", patient.path("gender").asText());
		summary.put("birthDate", patient.path("birthDate").asText());
		return summary;
	}

	/** @return the values, each of which may itself be a comma-separated list (FHIR's "any of") */
	private static List<String> anyOf(List<String> values) {
		List<String> all = new ArrayList<>();
		if (values != null) {
			for (String value : values) {
				all.addAll(List.of(value.split(",")));
			}
		}
		return all;
	}

	private static int count(String value) {
		int count;
		try {
			count = value == null ? 50 : Integer.parseInt(value.trim());
		}
		catch (NumberFormatException e) {
			throw new AddonMarketException(ErrorCode.BAD_PARAMETER, "count must be a whole number", "count", e);
		}
		checkCount(count, MAX_OBSERVATIONS);
		return count;
	}

	private static void checkCount(int count, int max) {
		if (count < 1 || count > max) {
			throw new AddonMarketException(ErrorCode.BAD_PARAMETER, "count must be between 1 and " + max, "count");
		}
	}

	private static Instant time(String value, String name) {
		if (value == null) {
			return null;
		}
		return FhirDateTime.parse(value).orElseThrow(() -> new AddonMarketException(ErrorCode.BAD_PARAMETER,
		        name + " must be a date (2026-11-29) or a date and time with offset (2026-11-29T08:30:00Z)", name));
	}
}
