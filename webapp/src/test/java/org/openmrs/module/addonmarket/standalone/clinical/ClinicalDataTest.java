package org.openmrs.module.addonmarket.standalone.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.junit.Test;
import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.InvalidInputException;
import org.openmrs.module.addonmarket.host.Actor;
import org.openmrs.module.addonmarket.host.ClinicalQuery;
import org.openmrs.module.addonmarket.standalone.DemoServerTest;
import org.openmrs.module.addonmarket.standalone.StandaloneIdentity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;

/**
 * The {@link org.openmrs.module.addonmarket.host.ClinicalData} port as the access gateway and the runtime use it,
 * on the demo's record (H2, PostgreSQL, MariaDB): FHIR R4 that HAPI reads strictly, searches by patient, token,
 * category, type and time range, done in SQL, and the privileges of a signed-in user.
 */
public class ClinicalDataTest extends DemoServerTest {

	private static final IParser FHIR = FhirContext.forR4().newJsonParser()
	        .setParserErrorHandler(new StrictErrorHandler());

	private static final String HBA1C = "http://loinc.org|4548-4";

	private static final String ATRIAL_FIBRILLATION = "http://snomed.info/sct|49436004";

	@Test
	public void read_shouldAnswerEveryResourceTypeAsFhirR4() {
		ObjectNode patient = data().search("Patient", query(null, Map.of("identifier", List.of("SYN-100001")))).get(0);
		String id = patient.path("id").asText();
		ObjectNode encounter = data().search("Encounter", query(id, Map.of())).get(0);
		ObjectNode observation = data().search("Observation", query(id, Map.of())).get(0);
		ObjectNode condition = data().search("Condition", query(null, Map.of("code", List.of(ATRIAL_FIBRILLATION))))
		        .get(0);

		Patient parsedPatient = read(Patient.class, id);
		Encounter parsedEncounter = read(Encounter.class, encounter.path("id").asText());
		Observation parsedObservation = read(Observation.class, observation.path("id").asText());
		Condition parsedCondition = read(Condition.class, condition.path("id").asText());

		assertThat(parsedPatient.getIdentifierFirstRep().getSystem()).isEqualTo(CodeSystems.PATIENT_IDENTIFIER);
		assertThat(parsedPatient.getIdentifierFirstRep().getValue()).isEqualTo("SYN-100001");
		assertThat(parsedPatient.getNameFirstRep().getFamily()).isNotBlank();
		assertThat(parsedPatient.getGender().toCode()).isIn("male", "female");
		assertThat(parsedPatient.getBirthDate()).isNotNull();
		assertThat(parsedEncounter.getStatus()).isEqualTo(Encounter.EncounterStatus.FINISHED);
		assertThat(parsedEncounter.getClass_().getCode()).isIn("AMB", "EMER");
		assertThat(parsedEncounter.getTypeFirstRep().getCodingFirstRep().getSystem()).isEqualTo(CodeSystems.SNOMED_CT);
		assertThat(parsedEncounter.getPeriod().getEnd()).isAfter(parsedEncounter.getPeriod().getStart());
		assertThat(parsedEncounter.getSubject().getReference()).isEqualTo("Patient/" + id);
		assertThat(parsedObservation.getStatus()).isEqualTo(Observation.ObservationStatus.FINAL);
		assertThat(parsedObservation.getCode().getCodingFirstRep().getSystem()).isEqualTo(CodeSystems.LOINC);
		assertThat(parsedObservation.getValueQuantity().getSystem()).isEqualTo(CodeSystems.UCUM);
		assertThat(parsedObservation.getEncounter().getReference()).startsWith("Encounter/");
		assertThat(parsedObservation.getEffectiveDateTimeType().getValue()).isNotNull();
		assertThat(parsedCondition.getClinicalStatus().getCodingFirstRep().getCode()).isEqualTo("active");
		assertThat(parsedCondition.getCode().getCodingFirstRep().getCode()).isEqualTo("49436004");
		assertThat(parsedCondition.getOnsetDateTimeType().getValue()).isNotNull();
	}

	@Test
	public void read_shouldAnswerEmptyForAnUnknownId() {
		assertThat(data().read("Observation", "no-such-observation")).isEmpty();
	}

	@Test
	public void search_shouldFindRecordsAcrossPatientsByCodeTypeAndTimeRange() {
		Instant sixMonthsAgo = Instant.now().minus(182, ChronoUnit.DAYS);

		List<ObjectNode> fibrillation = data().search("Condition",
		    query(null, Map.of("code", List.of(ATRIAL_FIBRILLATION))));
		List<ObjectNode> emergencies = data().search("Encounter",
		    query(null, Map.of("type", List.of("http://snomed.info/sct|50849002"))));
		List<ObjectNode> recentHba1c = data().search("Observation",
		    new ClinicalQuery(null, Map.of("code", List.of(HBA1C)), sixMonthsAgo, null, 1000));

		assertThat(fibrillation).hasSizeGreaterThanOrEqualTo(12).allSatisfy(
		    c -> assertThat(c.path("code").path("coding").get(0).path("code").asText()).isEqualTo("49436004"));
		assertThat(emergencies).isNotEmpty()
		        .allSatisfy(e -> assertThat(e.path("class").path("code").asText()).isEqualTo("EMER"));
		assertThat(recentHba1c).isNotEmpty().allSatisfy(o -> {
			assertThat(o.path("code").path("coding").get(0).path("code").asText()).isEqualTo("4548-4");
			assertThat(Instant.parse(o.path("effectiveDateTime").asText())).isAfterOrEqualTo(sixMonthsAgo);
		});
		assertThat(recentHba1c).extracting(o -> Instant.parse(o.path("effectiveDateTime").asText()))
		        .isSortedAccordingTo((a, b) -> b.compareTo(a));
	}

	@Test
	public void search_shouldReadTokensWithOrWithoutSystemAndCategories() {
		String patient = data().search("Condition", query(null, Map.of("code", List.of(ATRIAL_FIBRILLATION)))).get(0)
		        .path("subject").path("reference").asText().substring("Patient/".length());

		List<ObjectNode> withSystem = data().search("Observation",
		    query(patient, Map.of("code", List.of("http://loinc.org|8867-4"))));
		List<ObjectNode> codeOnly = data().search("Observation", query(patient, Map.of("code", List.of("8867-4"))));
		List<ObjectNode> otherSystem = data().search("Observation",
		    query(patient, Map.of("code", List.of("http://snomed.info/sct|8867-4"))));
		List<ObjectNode> vitals = data().search("Observation",
		    query(patient, Map.of("category", List.of("vital-signs"))));
		List<ObjectNode> labs = data().search("Observation", query(patient, Map.of("category",
		    List.of("http://terminology.hl7.org/CodeSystem/observation-category|laboratory"))));

		assertThat(withSystem).isNotEmpty();
		assertThat(ids(codeOnly)).isEqualTo(ids(withSystem));
		assertThat(otherSystem).isEmpty();
		assertThat(vitals).extracting(o -> o.path("code").path("coding").get(0).path("code").asText())
		        .containsOnly("8480-6", "8462-4", "8867-4", "29463-7");
		assertThat(labs).extracting(o -> o.path("code").path("coding").get(0).path("code").asText())
		        .containsOnly("4548-4", "2160-0");
	}

	@Test
	public void search_shouldFindPatientsByNameAndIdentifier() {
		ObjectNode first = data().search("Patient", query(null, Map.of("identifier", List.of("SYN-100001")))).get(0);
		String family = first.path("name").get(0).path("family").asText();

		List<ObjectNode> byName = data().search("Patient", query(null, Map.of("name", List.of(family.toUpperCase()))));
		List<ObjectNode> byOtherSystem = data().search("Patient",
		    query(null, Map.of("identifier", List.of("http://example.org/mrn|SYN-100001"))));
		List<ObjectNode> byIdAndNumber = data().search("Patient", query(first.path("id").asText(),
		    Map.of("identifier", List.of(CodeSystems.PATIENT_IDENTIFIER + "|SYN-100001"))));

		assertThat(ids(byName)).contains(first.path("id").asText());
		assertThat(byName).allSatisfy(p -> assertThat(p.path("name").get(0).path("family").asText()).isEqualTo(family));
		assertThat(byOtherSystem).isEmpty();
		assertThat(ids(byIdAndNumber)).containsExactly(first.path("id").asText());
		assertThat(data().search("Patient", new ClinicalQuery(null, Map.of(), null, null, 7))).hasSize(7);
	}

	@Test
	public void search_shouldRefuseWhatTheResourceTypeDoesNotTake() {
		refused(() -> data().search("Observation", query(null, Map.of("type", List.of("x")))), "ADDON-0952");
		refused(() -> data().search("Patient", new ClinicalQuery(null, Map.of(), Instant.now(), null, 5)),
		    "ADDON-0952");
		refused(() -> data().search("Medication", query(null, Map.of())), "ADDON-0951");
		refused(() -> data().create("Condition", new ObjectNode(null)), "ADDON-0951");
	}

	@Test
	public void create_shouldRefuseWhatItWouldNotKeepWithEveryPointer() {
		List<ObjectNode> patients = data().search("Patient", query(null, Map.of()));
		String patient = patients.get(1).path("id").asText();
		String othersEncounter = data().search("Encounter", query(patients.get(2).path("id").asText(), Map.of())).get(0)
		        .path("id").asText();
		ObjectNode observation = new ObjectMapper().createObjectNode()
		        .put("resourceType", "Observation").put("status", "registered").put("note", "taken standing");
		observation.putArray("category").addObject().putArray("coding").addObject().put("code", "laboratory");
		observation.putObject("code").putArray("coding").addObject().put("system", "http://loinc.org").put("code",
		    "8462-4");
		observation.putObject("subject").put("reference", "Patient/" + patient);
		observation.putObject("encounter").put("reference", "Encounter/" + othersEncounter);
		observation.putObject("valueQuantity").put("value", 80).put("code", "mm[Hg]").put("comparator", "<");

		assertThatThrownBy(() -> data().create("Observation", observation)).isInstanceOfSatisfying(
		    InvalidInputException.class,
		    e -> assertThat(e.getErrors()).extracting(f -> f.pointer() + " " + f.code()).containsExactlyInAnyOrder(
		        "/note ADDON-0955", "/status ADDON-0962", "/category ADDON-0955", "/encounter/reference ADDON-0961",
		        "/valueQuantity/comparator ADDON-0955"));
	}

	@Test
	public void readAndCreate_shouldNeedTheSignedInUsersPrivilege() {
		StandaloneIdentity identity = server.bean(StandaloneIdentity.class);
		identity.actAs(new Actor("auditor-uuid", "auditor", null), Set.of(Privileges.GET_PATIENTS));
		try {
			assertThat(data().search("Patient", query(null, Map.of()))).isNotEmpty();
			refused(() -> data().search("Observation", query(null, Map.of())), "ADDON-0003");
			refused(() -> data().create("Observation", new ObjectNode(null)), "ADDON-0003");
		}
		finally {
			identity.clear();
		}
	}

	private static void refused(ThrowingCallable call, String code) {
		assertThatThrownBy(call).isInstanceOfSatisfying(AddonMarketException.class,
		    e -> assertThat(e.getCode().code()).isEqualTo(code));
	}

	private static StandaloneClinicalData data() {
		return server.bean(StandaloneClinicalData.class);
	}

	private static ClinicalQuery query(String patient, Map<String, List<String>> parameters) {
		return new ClinicalQuery(patient, parameters, null, null, 100);
	}

	private static List<String> ids(List<ObjectNode> resources) {
		return resources.stream().map(r -> r.path("id").asText()).toList();
	}

	/** @return the resource as the port reads it, parsed by HAPI, which refuses anything that is not FHIR R4 */
	private static <T extends IBaseResource> T read(Class<T> type, String id) {
		JsonNode resource = data().read(type.getSimpleName(), id).orElseThrow();
		return FHIR.parseResource(type, resource.toString());
	}
}
