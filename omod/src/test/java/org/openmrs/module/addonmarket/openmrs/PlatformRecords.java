package org.openmrs.module.addonmarket.openmrs;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.openmrs.Concept;
import org.openmrs.ConceptDatatype;
import org.openmrs.ConceptMap;
import org.openmrs.ConceptMapType;
import org.openmrs.ConceptName;
import org.openmrs.ConceptNumeric;
import org.openmrs.ConceptReferenceTerm;
import org.openmrs.ConceptSource;
import org.openmrs.Obs;
import org.openmrs.Patient;
import org.openmrs.PatientIdentifier;
import org.openmrs.PatientIdentifierType;
import org.openmrs.PersonName;

/**
 * Platform records for the adapters' tests: Mockito stand-ins with the getters the adapters read, as the platform's
 * objects answer them.
 */
final class PlatformRecords {

	static final String PATIENT_UUID = "a7e04421-525f-442f-8138-05b619d16def";

	private PlatformRecords() {
	}

	static Patient patient(String uuid, String given, String family) {
		Patient patient = mock(Patient.class);
		when(patient.getUuid()).thenReturn(uuid);
		when(patient.getVoided()).thenReturn(false);
		PersonName name = mock(PersonName.class);
		when(name.getGivenName()).thenReturn(given);
		when(name.getFamilyName()).thenReturn(family);
		when(patient.getPersonName()).thenReturn(name);
		when(patient.getActiveIdentifiers()).thenReturn(List.of());
		when(patient.getPatientId()).thenReturn(null);
		return patient;
	}

	static PatientIdentifier identifier(String value, String typeUuid, String typeName, boolean preferred) {
		PatientIdentifier identifier = mock(PatientIdentifier.class);
		PatientIdentifierType type = mock(PatientIdentifierType.class);
		when(type.getUuid()).thenReturn(typeUuid);
		when(type.getName()).thenReturn(typeName);
		when(identifier.getIdentifier()).thenReturn(value);
		when(identifier.getIdentifierType()).thenReturn(type);
		when(identifier.getPreferred()).thenReturn(preferred);
		return identifier;
	}

	/** A concept with a name, a datatype and SAME-AS mappings given as "source|code" pairs. */
	static Concept concept(String uuid, String name, String datatype, String... mappings) {
		return describe(mock(Concept.class), uuid, name, datatype, mappings);
	}

	static ConceptNumeric numeric(String uuid, String name, String units, String... mappings) {
		ConceptNumeric concept = describe(mock(ConceptNumeric.class), uuid, name, "numeric", mappings);
		when(concept.getUnits()).thenReturn(units);
		return concept;
	}

	static ConceptMap mapping(String sourceName, String hl7Code, String code, String mapType) {
		ConceptSource source = mock(ConceptSource.class);
		when(source.getName()).thenReturn(sourceName);
		when(source.getHl7Code()).thenReturn(hl7Code);
		ConceptReferenceTerm term = mock(ConceptReferenceTerm.class);
		when(term.getCode()).thenReturn(code);
		when(term.getConceptSource()).thenReturn(source);
		ConceptMap map = mock(ConceptMap.class);
		when(map.getConceptReferenceTerm()).thenReturn(term);
		if (mapType != null) {
			ConceptMapType type = mock(ConceptMapType.class);
			when(type.getName()).thenReturn(mapType);
			when(map.getConceptMapType()).thenReturn(type);
		}
		return map;
	}

	static Obs obs(String uuid, Patient patient, Concept concept, Instant at) {
		Obs obs = mock(Obs.class);
		when(obs.getUuid()).thenReturn(uuid);
		when(obs.getVoided()).thenReturn(false);
		when(obs.getPerson()).thenReturn(patient);
		when(obs.getConcept()).thenReturn(concept);
		when(obs.getObsDatetime()).thenReturn(Date.from(at));
		when(obs.getStatus()).thenReturn(Obs.Status.FINAL);
		// Mockito answers 0 for a Double or Integer getter; the platform answers null until set.
		when(obs.getValueNumeric()).thenReturn(null);
		when(obs.getObsId()).thenReturn(null);
		return obs;
	}

	private static <C extends Concept> C describe(C concept, String uuid, String name, String datatype,
	        String... mappings) {
		when(concept.getUuid()).thenReturn(uuid);
		ConceptName conceptName = mock(ConceptName.class);
		when(conceptName.getName()).thenReturn(name);
		when(concept.getName()).thenReturn(conceptName);
		when(concept.getRetired()).thenReturn(false);
		ConceptDatatype type = mock(ConceptDatatype.class);
		when(type.isNumeric()).thenReturn("numeric".equals(datatype));
		when(type.isCoded()).thenReturn("coded".equals(datatype));
		when(type.isText()).thenReturn("text".equals(datatype));
		when(concept.getDatatype()).thenReturn(type);
		List<ConceptMap> maps = new ArrayList<>();
		for (String mapping : mappings) {
			String[] parts = mapping.split("\\|");
			maps.add(mapping(parts[0], null, parts[1], "SAME-AS"));
		}
		when(concept.getConceptMappings()).thenReturn(maps);
		return concept;
	}
}
