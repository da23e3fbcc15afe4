package org.openmrs.module.addonmarket.notice;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.error.FieldError;
import org.openmrs.module.addonmarket.error.InvalidInputException;
import org.openmrs.module.addonmarket.install.Audience;
import org.openmrs.module.addonmarket.install.AudienceKind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A notice as an add-on writes it, checked: {@code {"severity": "info"|"warning"|"critical", "text": "…",
 * "patient": "<uuid>", "audience": {"kind": "user", "uuid": "…"} | {"kind": "role", "name": "…"} |
 * {"kind": "organisation"}}}, with {@code patient} and {@code audience} optional.
 *
 * @param severity how urgent
 * @param text what it says, 1 to {@link Notice#MAX_TEXT} characters
 * @param patient the patient it is about, or null
 * @param audience who it is for, or null for the default the gateway picks
 */
public record NoticeDraft(NoticeSeverity severity, String text, String patient, Audience audience) {

	private static final Set<String> FIELDS = Set.of("resourceType", "severity", "text", "patient", "audience");

	private static final int MAX_PATIENT = 64;

	/**
	 * @param json the notice as the add-on wrote it
	 * @return the checked notice
	 * @throws InvalidInputException NOTICE_INVALID listing every problem, each at its JSON pointer
	 */
	public static NoticeDraft parse(ObjectNode json) {
		List<FieldError> errors = new ArrayList<>();
		Iterator<String> names = json.fieldNames();
		while (names.hasNext()) {
			String name = names.next();
			if (!FIELDS.contains(name)) {
				errors.add(error("/" + name, "unknown field; a notice has severity, text, patient and audience"));
			}
		}
		JsonNode type = json.get("resourceType");
		if (type != null && !"Notice".equals(type.asText())) {
			errors.add(error("/resourceType", "expected \"Notice\" or nothing"));
		}
		NoticeSeverity severity = severity(json.get("severity"), errors);
		String text = text(json.get("text"), errors);
		String patient = patient(json.get("patient"), errors);
		Audience audience = audience(json.get("audience"), errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(ErrorCode.NOTICE_INVALID, "The notice is not valid", errors);
		}
		return new NoticeDraft(severity, text, patient, audience);
	}

	private static NoticeSeverity severity(JsonNode value, List<FieldError> errors) {
		if (value == null || !value.isTextual()) {
			errors.add(error("/severity", "required: \"info\", \"warning\" or \"critical\""));
			return null;
		}
		return NoticeSeverity.fromJson(value.asText()).orElseGet(() -> {
			errors.add(error("/severity", "expected \"info\", \"warning\" or \"critical\", got \"" + value.asText() + "\""));
			return null;
		});
	}

	private static String text(JsonNode value, List<FieldError> errors) {
		if (value == null || !value.isTextual() || value.asText().isBlank()) {
			errors.add(error("/text", "required: the words people read, 1 to " + Notice.MAX_TEXT + " characters"));
			return null;
		}
		String text = value.asText().strip();
		if (text.length() > Notice.MAX_TEXT) {
			errors.add(error("/text", "at most " + Notice.MAX_TEXT + " characters, got " + text.length()));
		}
		return text;
	}

	private static String patient(JsonNode value, List<FieldError> errors) {
		if (value == null || value.isNull()) {
			return null;
		}
		String id = value.isTextual() ? value.asText().strip() : "";
		id = id.startsWith("Patient/") ? id.substring("Patient/".length()) : id;
		if (id.isEmpty() || id.length() > MAX_PATIENT || id.contains("/")) {
			errors.add(error("/patient", "expected the patient's uuid (or Patient/<uuid>), at most " + MAX_PATIENT
			        + " characters"));
			return null;
		}
		return id;
	}

	private static Audience audience(JsonNode value, List<FieldError> errors) {
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isObject()) {
			errors.add(error("/audience", "expected {\"kind\": \"user\"|\"role\"|\"organisation\", …}"));
			return null;
		}
		String kind = value.path("kind").asText("");
		switch (kind) {
			case "organisation":
				return Audience.organisation();
			case "user":
				return named(value, "uuid", AudienceKind.USER, errors);
			case "role":
				return named(value, "name", AudienceKind.ROLE, errors);
			default:
				errors.add(error("/audience/kind", "expected \"user\", \"role\" or \"organisation\", got \"" + kind + "\""));
				return null;
		}
	}

	private static Audience named(JsonNode audience, String field, AudienceKind kind, List<FieldError> errors) {
		JsonNode value = audience.get(field);
		if (value == null || !value.isTextual() || value.asText().isBlank() || value.asText().length() > 255) {
			errors.add(error("/audience/" + field, "required for an audience of kind " + audience.path("kind").asText()
			        + ", at most 255 characters"));
			return null;
		}
		return new Audience(kind, value.asText());
	}

	private static FieldError error(String pointer, String message) {
		return new FieldError(ErrorCode.NOTICE_INVALID.code(), pointer, message);
	}
}
