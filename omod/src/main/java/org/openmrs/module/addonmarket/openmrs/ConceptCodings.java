package org.openmrs.module.addonmarket.openmrs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openmrs.Concept;
import org.openmrs.ConceptMap;
import org.openmrs.ConceptMapType;
import org.openmrs.ConceptName;
import org.openmrs.ConceptReferenceTerm;
import org.openmrs.ConceptSource;
import org.openmrs.api.context.Context;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.openmrs.FhirSystems.Terminology;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Concepts as FHIR CodeableConcepts and back. A concept's codings are its SAME-AS mappings (a mapping without a type
 * counts as one) to LOINC, SNOMED CT and CIEL, with their system URIs, and last the concept's own uuid without a
 * system (as the fhir2 module writes it), so that a concept without a mapping still has a code. A token
 * {@code system|code} finds the concepts mapped to that code in that terminology's concept source; a token without a
 * system ({@code code} or {@code |code}) names a concept by uuid. Both lookups are the platform's, under its privilege
 * Get Concepts.
 */
final class ConceptCodings {

	private static final String SAME_AS = "SAME-AS";

	private ConceptCodings() {
	}

	/** @return {@code {coding: [...], text: name}} of the concept */
	static ObjectNode codeableConcept(Concept concept) {
		ObjectNode codeable = JsonNodeFactory.instance.objectNode();
		ArrayNode codings = codeable.putArray("coding");
		String display = name(concept);
		for (Map.Entry<String, String> code : mappedCodes(concept).entrySet()) {
			coding(codings, code.getKey().substring(0, code.getKey().indexOf('|')), code.getValue(), display);
		}
		coding(codings, null, concept.getUuid(), display);
		if (display != null) {
			codeable.put("text", display);
		}
		return codeable;
	}

	/** @return the concept's preferred name, or null when it has none */
	static String name(Concept concept) {
		ConceptName name = concept.getName();
		return name == null ? null : name.getName();
	}

	/**
	 * @param token {@code system|code}, {@code |code} or {@code code}
	 * @param includeRetired whether retired concepts count (they do for searches of recorded data, not for new data)
	 * @return the concepts the token names; empty for a terminology this binding does not know
	 * @throws AddonMarketException CLINICAL_QUERY_INVALID for a token without a code
	 */
	static List<Concept> concepts(String token, boolean includeRetired) {
		int bar = token.indexOf('|');
		String system = bar < 0 ? null : token.substring(0, bar);
		String code = bar < 0 ? token : token.substring(bar + 1);
		if (code.isBlank()) {
			throw new AddonMarketException(ErrorCode.CLINICAL_QUERY_INVALID, "The code token \"" + token
			        + "\" has no code", "code");
		}
		if (system == null || system.isEmpty()) {
			return byUuid(code, includeRetired);
		}
		Optional<Terminology> terminology = FhirSystems.bySystem(system);
		if (terminology.isEmpty()) {
			return List.of();
		}
		return new ArrayList<>(
		        Context.getConceptService().getConceptsByMapping(code, terminology.get().sourceName(), includeRetired));
	}

	private static List<Concept> byUuid(String uuid, boolean includeRetired) {
		Concept concept = Context.getConceptService().getConceptByUuid(uuid);
		boolean wanted = concept != null && (includeRetired || !Boolean.TRUE.equals(concept.getRetired()));
		return wanted ? List.of(concept) : List.of();
	}

	/** @return "system|code" to code, for each SAME-AS mapping to a known terminology, in mapping order */
	private static Map<String, String> mappedCodes(Concept concept) {
		Map<String, String> codes = new LinkedHashMap<>();
		Collection<ConceptMap> mappings = concept.getConceptMappings();
		if (mappings == null) {
			return codes;
		}
		for (ConceptMap mapping : mappings) {
			ConceptReferenceTerm term = mapping.getConceptReferenceTerm();
			ConceptMapType type = mapping.getConceptMapType();
			if (term == null || term.getCode() == null || type != null && !SAME_AS.equalsIgnoreCase(type.getName())) {
				continue;
			}
			ConceptSource source = term.getConceptSource();
			Optional<Terminology> terminology = source == null ? Optional.empty()
			        : FhirSystems.bySource(source.getName(), source.getHl7Code());
			terminology.ifPresent(t -> codes.putIfAbsent(t.system() + "|" + term.getCode(), term.getCode()));
		}
		return codes;
	}

	private static void coding(ArrayNode codings, String system, String code, String display) {
		ObjectNode coding = codings.addObject();
		if (system != null) {
			coding.put("system", system);
		}
		coding.put("code", code);
		if (display != null) {
			coding.put("display", display);
		}
	}
}
