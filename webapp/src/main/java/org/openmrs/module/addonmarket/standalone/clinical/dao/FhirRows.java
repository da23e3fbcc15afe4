package org.openmrs.module.addonmarket.standalone.clinical.dao;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

import org.openmrs.module.addonmarket.standalone.clinical.CodeSystems;
import org.openmrs.module.addonmarket.standalone.clinical.Measurement;
import org.openmrs.module.addonmarket.standalone.clinical.VisitType;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Translates rows of the clinical tables into FHIR R4 JSON.
 */
final class FhirRows {

	/** Keeps decimals as they are (the default factory may strip their zeros into exponent form). */
	private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

	private FhirRows() {
	}

	static ObjectNode patient(ResultSet row, int rowNumber) throws SQLException {
		ObjectNode patient = resource("Patient", row.getString("uuid"));
		patient.putArray("identifier").addObject().put("use", "usual").put("system", CodeSystems.PATIENT_IDENTIFIER)
		        .put("value", row.getString("identifier"));
		patient.put("active", true);
		ObjectNode name = patient.putArray("name").addObject().put("use", "official");
		name.put("family", row.getString("family_name"));
		name.putArray("given").add(row.getString("given_name"));
		patient.put("gender", row.getString("gender"));
		patient.put("birthDate", row.getObject("birth_date", LocalDate.class).toString());
		return patient;
	}

	static ObjectNode observation(ResultSet row, int rowNumber) throws SQLException {
		ObjectNode observation = resource("Observation", row.getString("uuid"));
		observation.put("status", row.getString("status"));
		String category = row.getString("category");
		String categoryDisplay = Arrays.stream(Measurement.Category.values()).filter(c -> c.code().equals(category))
		        .map(Measurement.Category::display).findFirst().orElse(category);
		coding(observation.putArray("category").addObject(), CodeSystems.OBSERVATION_CATEGORY, category,
		    categoryDisplay);
		code(observation, row);
		reference(observation, "subject", "Patient", row.getString("patient_uuid"));
		String encounter = row.getString("encounter_uuid");
		if (encounter != null) {
			reference(observation, "encounter", "Encounter", encounter);
		}
		observation.put("effectiveDateTime", instant(row, "effective_at"));
		ObjectNode quantity = observation.putObject("valueQuantity");
		quantity.put("value", plain(row.getBigDecimal("value_number")));
		quantity.put("unit", row.getString("unit")).put("system", CodeSystems.UCUM).put("code",
		    row.getString("unit_code"));
		return observation;
	}

	static ObjectNode encounter(ResultSet row, int rowNumber) throws SQLException {
		ObjectNode encounter = resource("Encounter", row.getString("uuid"));
		encounter.put("status", row.getString("status"));
		String classCode = row.getString("class_code");
		String classDisplay = Arrays.stream(VisitType.values()).filter(t -> t.classCode().equals(classCode))
		        .map(VisitType::classDisplay).findFirst().orElse(classCode);
		encounter.putObject("class").put("system", CodeSystems.ENCOUNTER_CLASS).put("code", classCode).put("display",
		    classDisplay);
		coding(encounter.putArray("type").addObject(), row.getString("type_system"), row.getString("type_code"),
		    row.getString("type_display"));
		reference(encounter, "subject", "Patient", row.getString("patient_uuid"));
		ObjectNode period = encounter.putObject("period").put("start", instant(row, "period_start"));
		String end = instant(row, "period_end");
		if (end != null) {
			period.put("end", end);
		}
		return encounter;
	}

	static ObjectNode condition(ResultSet row, int rowNumber) throws SQLException {
		ObjectNode condition = resource("Condition", row.getString("uuid"));
		coding(condition.putObject("clinicalStatus"), CodeSystems.CONDITION_CLINICAL_STATUS,
		    row.getString("clinical_status"), null);
		coding(condition.putObject("verificationStatus"), CodeSystems.CONDITION_VERIFICATION_STATUS, "confirmed",
		    null);
		coding(condition.putArray("category").addObject(), CodeSystems.CONDITION_CATEGORY, row.getString("category"),
		    "Problem List Item");
		code(condition, row);
		reference(condition, "subject", "Patient", row.getString("patient_uuid"));
		condition.put("onsetDateTime", instant(row, "onset_at"));
		return condition;
	}

	private static ObjectNode resource(String type, String id) {
		return NODES.objectNode().put("resourceType", type).put("id", id);
	}

	/** {@code code: {coding: [{system, code, display}], text: display}} from the code_system, code, display columns */
	private static void code(ObjectNode resource, ResultSet row) throws SQLException {
		ObjectNode code = resource.putObject("code");
		coding(code, row.getString("code_system"), row.getString("code"), row.getString("display"));
		code.put("text", row.getString("display"));
	}

	private static void coding(ObjectNode concept, String system, String code, String display) {
		ObjectNode coding = concept.putArray("coding").addObject().put("system", system).put("code", code);
		if (display != null) {
			coding.put("display", display);
		}
	}

	private static void reference(ObjectNode resource, String element, String type, String id) {
		resource.putObject(element).put("reference", type + "/" + id);
	}

	/** @return the column's UTC wall-clock time as an ISO instant, e.g. 2026-03-04T09:15:00Z, or null */
	private static String instant(ResultSet row, String column) throws SQLException {
		LocalDateTime time = row.getObject(column, LocalDateTime.class);
		return time == null ? null : time.toInstant(ZoneOffset.UTC).toString();
	}

	/** @return the number without trailing zeros and never in exponent form: 185, 7.2, 0.95 */
	static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}
}
