package org.openmrs.module.addonmarket.runtime.background;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openmrs.module.addonmarket.catalog.manifest.Trigger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Whether a clinical event's resource matches a trigger's {@code where}. The rules (docs/addon-developer-guide.md):
 * <ul>
 * <li>each key names a coded element of the event's resource: {@code code} is {@code Observation.code},
 * {@code type} is {@code Encounter.type}; {@code Patient.created} has no key;</li>
 * <li>a value is a FHIR search token compared with each coding of that element: {@code system|code} needs both
 * equal, {@code code} alone matches that code in any system, {@code system|} any code of that system and
 * {@code |code} a coding with no system;</li>
 * <li>a value with commas is a list of tokens, any of which may match;</li>
 * <li>several keys must all match; an empty {@code where} matches every event of its type.</li>
 * </ul>
 * A key the event does not have never matches (the manifest check refuses such triggers anyway).
 */
public final class TriggerFilter {

	private TriggerFilter() {
	}

	/**
	 * @param trigger the manifest's trigger
	 * @param eventType the event's type, e.g. {@code Observation.created}
	 * @param resource the event's resource, FHIR R4 JSON
	 * @return whether the trigger fires for the event
	 */
	public static boolean matches(Trigger trigger, String eventType, JsonNode resource) {
		if (!trigger.event().wireName().equals(eventType)) {
			return false;
		}
		for (Map.Entry<String, String> filter : trigger.where().entrySet()) {
			if (!trigger.event().filterKeys().contains(filter.getKey())
			        || !anyTokenMatches(filter.getValue(), codings(resource.path(filter.getKey())))) {
				return false;
			}
		}
		return true;
	}

	private static boolean anyTokenMatches(String tokens, List<JsonNode> codings) {
		for (String token : tokens.split(",")) {
			String wanted = token.strip();
			if (!wanted.isEmpty() && codings.stream().anyMatch(coding -> tokenMatches(wanted, coding))) {
				return true;
			}
		}
		return false;
	}

	private static boolean tokenMatches(String token, JsonNode coding) {
		String system = coding.path("system").asText("");
		String code = coding.path("code").asText("");
		int bar = token.indexOf('|');
		if (bar < 0) {
			return token.equals(code);
		}
		String wantedSystem = token.substring(0, bar);
		String wantedCode = token.substring(bar + 1);
		return wantedSystem.equals(system) && (wantedCode.isEmpty() || wantedCode.equals(code));
	}

	/** The codings of a CodeableConcept, or of each CodeableConcept of a list of them. */
	private static List<JsonNode> codings(JsonNode element) {
		List<JsonNode> codings = new ArrayList<>();
		if (element.isArray()) {
			element.forEach(concept -> concept.path("coding").forEach(codings::add));
		} else {
			element.path("coding").forEach(codings::add);
		}
		return codings;
	}
}
