package org.openmrs.module.addonmarket.access.redaction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openmrs.module.addonmarket.catalog.scope.Scope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the gateway needs to know of one FHIR R4 record to judge it: its type and id, whose record it is, and its
 * codes by search parameter. Codings become tokens {@code system|code} (a bare {@code code} when the coding has no
 * system), as scopes write them.
 *
 * @param json the record as the host answered it
 * @param resourceType its {@code resourceType}
 * @param id its {@code id}, or null
 * @param patient the patient it belongs to: a Patient's own id, else the id in {@code subject.reference}
 *            ({@code Patient/<id>}); null when it names none
 * @param tokens by parameter ({@code code}, {@code category}, {@code type}): the tokens of the element of that name
 */
public record ClinicalRecord(ObjectNode json, String resourceType, String id, String patient,
        Map<String, List<String>> tokens) {

	private static final List<String> PARAMETERS = List.of(Scope.CODE, Scope.CATEGORY, Scope.TYPE);

	private static final String PATIENT_REFERENCE = "Patient/";

	/** @return the facts of a record */
	public static ClinicalRecord of(ObjectNode json) {
		String resourceType = text(json.get("resourceType"));
		String id = text(json.get("id"));
		String patient = "Patient".equals(resourceType) ? id : patientOf(json.path("subject").path("reference"));
		Map<String, List<String>> tokens = new LinkedHashMap<>();
		for (String parameter : PARAMETERS) {
			tokens.put(parameter, tokensOf(json.get(parameter)));
		}
		return new ClinicalRecord(json, resourceType, id, patient, Map.copyOf(tokens));
	}

	/** @return the record's tokens for one parameter, possibly none */
	public List<String> tokens(String parameter) {
		return tokens.getOrDefault(parameter, List.of());
	}

	/** @return every token of the record, in every parameter */
	public List<String> allTokens() {
		List<String> all = new ArrayList<>();
		PARAMETERS.forEach(p -> all.addAll(tokens(p)));
		return all;
	}

	/**
	 * @param reference a FHIR reference, e.g. {@code Patient/123}
	 * @return the patient's id, or null when the reference names no patient
	 */
	public static String patientOf(JsonNode reference) {
		String text = text(reference);
		if (text == null) {
			return null;
		}
		int at = text.lastIndexOf(PATIENT_REFERENCE);
		if (at < 0 || at > 0 && text.charAt(at - 1) != '/') {
			return null;
		}
		String id = text.substring(at + PATIENT_REFERENCE.length());
		return id.isEmpty() || id.contains("/") ? null : id;
	}

	/** Tokens of a CodeableConcept, a Coding, or an array of either. */
	private static List<String> tokensOf(JsonNode element) {
		List<String> tokens = new ArrayList<>();
		if (element == null) {
			return tokens;
		}
		if (element.isArray()) {
			element.forEach(item -> tokens.addAll(tokensOf(item)));
			return tokens;
		}
		if (element.has("coding")) {
			element.get("coding").forEach(coding -> addToken(coding, tokens));
		}
		else {
			addToken(element, tokens);
		}
		return tokens;
	}

	private static void addToken(JsonNode coding, List<String> tokens) {
		String code = text(coding.get("code"));
		if (code == null) {
			return;
		}
		String system = text(coding.get("system"));
		tokens.add(system == null ? code : system + "|" + code);
	}

	private static String text(JsonNode node) {
		return node == null || !node.isTextual() || node.asText().isBlank() ? null : node.asText();
	}
}
