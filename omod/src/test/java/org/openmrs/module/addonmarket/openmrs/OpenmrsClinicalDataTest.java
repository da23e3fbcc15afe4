package org.openmrs.module.addonmarket.openmrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.openmrs.module.addonmarket.openmrs.PlatformRecords.PATIENT_UUID;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mockito.MockedConstruction;
import org.mockito.MockedStatic;
import org.mockito.Mockito;
import org.openmrs.CodedOrFreeText;
import org.openmrs.Concept;
import org.openmrs.Condition;
import org.openmrs.Encounter;
import org.openmrs.EncounterType;
import org.openmrs.Obs;
import org.openmrs.Patient;
import org.openmrs.api.ConceptService;
import org.openmrs.api.ConditionService;
import org.openmrs.api.EncounterService;
import org.openmrs.api.ObsService;
import org.openmrs.api.PatientService;
import org.openmrs.api.context.Context;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.error.FieldError;
import org.openmrs.module.addonmarket.error.InvalidInputException;
import org.openmrs.module.addonmarket.host.ClinicalQuery;
import org.openmrs.module.addonmarket.host.ModuleClock;
import org.openmrs.parameter.EncounterSearchCriteriaBuilder;
import org.springframework.transaction.PlatformTransactionManager;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

public class OpenmrsClinicalDataTest {

	private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

	private static final Instant TAKEN = Instant.parse("2026-11-20T08:30:00Z");

	private MockedStatic<Context> context;

	private final PatientService patients = mock(PatientService.class);

	private final ObsService observations = mock(ObsService.class);

	private final EncounterService encounters = mock(EncounterService.class);

	private final ConditionService conditions = mock(ConditionService.class);

	private final ConceptService concepts = mock(ConceptService.class);

	private final PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);

	private OpenmrsClinicalData clinicalData;

	private Patient patient;

	private Concept systolic;

	@Before
	public void mockThePlatform() {
		context = Mockito.mockStatic(Context.class);
		context.when(Context::getPatientService).thenReturn(patients);
		context.when(Context::getObsService).thenReturn(observations);
		context.when(Context::getEncounterService).thenReturn(encounters);
		context.when(Context::getConditionService).thenReturn(conditions);
		context.when(Context::getConceptService).thenReturn(concepts);
		ModuleClock clock = new ModuleClock();
		clock.use(Clock.fixed(NOW, ZoneOffset.UTC));
		clinicalData = new OpenmrsClinicalData(transactions, clock);
		patient = PlatformRecords.patient(PATIENT_UUID, "Ama", "Mensah");
		when(patients.getPatientByUuid(PATIENT_UUID)).thenReturn(patient);
		systolic = PlatformRecords.numeric("5085AAAA", "Systolic blood pressure", "mmHg", "LOINC|8480-6");
	}

	@After
	public void releaseThePlatform() {
		context.close();
	}

	@Test
	public void read_shouldAnswerEachResourceTypeFromItsService() {
		Obs obs = PlatformRecords.obs("obs-1", patient, systolic, TAKEN);
		when(observations.getObsByUuid("obs-1")).thenReturn(obs);

		assertThat(clinicalData.read("Patient", PATIENT_UUID)).map(r -> r.path("id").asText()).contains(PATIENT_UUID);
		assertThat(clinicalData.read("Observation", "obs-1")).map(r -> r.path("resourceType").asText())
		        .contains("Observation");
		assertThat(clinicalData.read("Encounter", "none")).isEmpty();
		assertThat(clinicalData.read("Condition", "none")).isEmpty();
		verify(encounters).getEncounterByUuid("none");
		verify(conditions).getConditionByUuid("none");
	}

	@Test
	public void read_shouldNotReturnAVoidedRecord() {
		Obs obs = PlatformRecords.obs("obs-1", patient, systolic, TAKEN);
		when(obs.getVoided()).thenReturn(true);
		when(observations.getObsByUuid("obs-1")).thenReturn(obs);
		when(patient.getVoided()).thenReturn(true);

		assertThat(clinicalData.read("Observation", "obs-1")).isEmpty();
		assertThat(clinicalData.read("Patient", PATIENT_UUID)).isEmpty();
	}

	@Test
	public void read_shouldRefuseAResourceTypeItDoesNotServe() {
		assertThatThrownBy(() -> clinicalData.read("Medication", "x")).isInstanceOf(AddonMarketException.class)
		        .extracting(e -> ((AddonMarketException) e).getCode())
		        .isEqualTo(ErrorCode.CLINICAL_RESOURCE_TYPE_UNSUPPORTED);
	}

	@Test
	public void search_shouldAskTheObsServiceForThePatientsNewestObservationsOfTheCodesInTheRange() {
		when(concepts.getConceptsByMapping("8480-6", "LOINC", true)).thenReturn(List.of(systolic));
		Obs obs = PlatformRecords.obs("obs-1", patient, systolic, TAKEN);
		when(obs.getValueNumeric()).thenReturn(150.0);
		when(observations.getObservations(any(), any(), any(), any(), any(), any(), any(), any(), any(), any(), any(),
		    anyBoolean())).thenReturn(List.of(obs));
		Instant from = Instant.parse("2026-11-01T00:00:00Z");
		Instant to = Instant.parse("2026-12-01T00:00:00Z");

		List<ObjectNode> found = clinicalData.search("Observation", new ClinicalQuery(PATIENT_UUID,
		        Map.of("code", List.of("http://loinc.org|8480-6")), from, to, 20));

		assertThat(found).extracting(r -> r.path("valueQuantity").path("value").asInt()).containsExactly(150);
		verify(observations).getObservations(eq(List.of(patient)), isNull(), eq(List.of(systolic)), isNull(), isNull(),
		    isNull(), eq(List.of("obsDatetime")), eq(20), isNull(), eq(Date.from(from)),
		    eq(Date.from(to.minusMillis(1))), eq(false));
	}

	@Test
	public void search_shouldFindObservationsOfRetiredConceptsButLeaveOutVoidedOnes() {
		when(systolic.getRetired()).thenReturn(true);
		when(concepts.getConceptsByMapping("8480-6", "LOINC", true)).thenReturn(List.of(systolic));
		Obs kept = PlatformRecords.obs("obs-1", patient, systolic, TAKEN);
		Obs voided = PlatformRecords.obs("obs-2", patient, systolic, TAKEN);
		when(voided.getVoided()).thenReturn(true);
		when(observations.getObservations(any(), any(), any(), any(), any(), any(), any(), any(), any(), any(), any(),
		    anyBoolean())).thenReturn(List.of(kept, voided));

		List<ObjectNode> found = clinicalData.search("Observation",
		    new ClinicalQuery(PATIENT_UUID, Map.of("code", List.of("http://loinc.org|8480-6")), null, null, 5));

		assertThat(found).extracting(r -> r.path("id").asText()).containsExactly("obs-1");
	}

	@Test
	public void search_shouldAnswerNothingWithoutAskingForObservationsWhenNoConceptHasTheCode() {
		List<ObjectNode> unknownSystem = clinicalData.search("Observation",
		    new ClinicalQuery(PATIENT_UUID, Map.of("code", List.of("http://example.org|1")), null, null, 5));
		List<ObjectNode> unmapped = clinicalData.search("Observation",
		    new ClinicalQuery(PATIENT_UUID, Map.of("code", List.of("http://loinc.org|0000-0")), null, null, 5));
		List<ObjectNode> noPatient = clinicalData.search("Observation",
		    new ClinicalQuery("unknown", Map.of(), null, null, 5));

		assertThat(unknownSystem).isEmpty();
		assertThat(unmapped).isEmpty();
		assertThat(noPatient).isEmpty();
		verify(observations, never()).getObservations(any(), any(), any(), any(), any(), any(), any(), any(), any(),
		    any(), any(), anyBoolean());
	}

	@Test
	public void search_shouldRefuseAParameterThePlatformCannotSearchBy() {
		ClinicalQuery byCategory = new ClinicalQuery(PATIENT_UUID, Map.of("category", List.of("vital-signs")), null,
		        null, 5);

		assertThatThrownBy(() -> clinicalData.search("Observation", byCategory)).isInstanceOf(AddonMarketException.class)
		        .hasMessageContaining("category").extracting(e -> ((AddonMarketException) e).getCode())
		        .isEqualTo(ErrorCode.CLINICAL_QUERY_INVALID);
		verifyNoInteractions(observations);
	}

	@Test
	public void search_shouldRefuseEncountersAndConditionsAcrossPatients() {
		ClinicalQuery everyone = new ClinicalQuery(null, Map.of(), null, null, 5);

		assertThatThrownBy(() -> clinicalData.search("Encounter", everyone)).hasMessageContaining("one patient");
		assertThatThrownBy(() -> clinicalData.search("Condition", everyone)).hasMessageContaining("one patient");
		verifyNoInteractions(encounters, conditions);
	}

	@Test
	public void search_shouldReturnThePatientsConditionsOfTheCodeNewestFirst() {
		Concept diabetes = diabetes();
		when(concepts.getConceptsByMapping("44054006", "SNOMED CT", true)).thenReturn(List.of(diabetes));
		Condition older = condition("c-1", diabetes, Instant.parse("2020-01-01T00:00:00Z"));
		Condition newer = condition("c-2", diabetes, Instant.parse("2024-01-01T00:00:00Z"));
		Condition other = condition("c-3", systolic, Instant.parse("2025-01-01T00:00:00Z"));
		when(conditions.getAllConditions(patient)).thenReturn(List.of(older, newer, other));

		List<ObjectNode> found = clinicalData.search("Condition",
		    new ClinicalQuery(PATIENT_UUID, Map.of("code", List.of("http://snomed.info/sct|44054006")), null, null, 5));

		assertThat(found).extracting(r -> r.path("id").asText()).containsExactly("c-2", "c-1");
	}

	@Test
	public void search_shouldAskForThePatientsEncountersOfTheTypesInTheRangeAndKeepTheNewest() {
		EncounterType vitals = mock(EncounterType.class);
		when(encounters.getEncounterTypeByUuid("vitals-uuid")).thenReturn(vitals);
		Encounter older = encounter("e-1", Instant.parse("2026-10-01T09:00:00Z"));
		Encounter newer = encounter("e-2", Instant.parse("2026-11-01T09:00:00Z"));
		when(encounters.getEncounters(any())).thenReturn(List.of(older, newer));
		Instant from = Instant.parse("2026-01-01T00:00:00Z");

		List<ObjectNode> found;
		EncounterSearchCriteriaBuilder criteria;
		try (MockedConstruction<EncounterSearchCriteriaBuilder> made = Mockito.mockConstruction(
		    EncounterSearchCriteriaBuilder.class, Mockito.withSettings().defaultAnswer(Mockito.RETURNS_SELF))) {
			found = clinicalData.search("Encounter", new ClinicalQuery(PATIENT_UUID,
			        Map.of("type", List.of("http://fhir.openmrs.org/code-system/encounter-type|vitals-uuid")), from,
			        null, 1));
			criteria = made.constructed().get(0);
		}

		assertThat(found).extracting(r -> r.path("id").asText()).containsExactly("e-2");
		verify(criteria).setPatient(patient);
		verify(criteria).setFromDate(Date.from(from));
		verify(criteria).setToDate(null);
		verify(criteria).setIncludeVoided(false);
		verify(criteria).setEncounterTypes(List.of(vitals));
	}

	@Test
	public void search_shouldFindPatientsByNameOnePageAtATime() {
		Patient other = PlatformRecords.patient("p-2", "Kofi", "Mensah");
		when(patients.getPatients("Mensah", 0, 2)).thenReturn(List.of(patient, other));

		List<ObjectNode> found = clinicalData.search("Patient",
		    new ClinicalQuery(null, Map.of("name", List.of("Mensah")), null, null, 2));

		assertThat(found).extracting(r -> r.path("id").asText()).containsExactly(PATIENT_UUID, "p-2");
	}

	@Test
	public void readAndSearch_shouldNeverProxyAPrivilege() {
		when(concepts.getConceptsByMapping(anyString(), anyString(), anyBoolean())).thenReturn(List.of(systolic));

		clinicalData.read("Patient", PATIENT_UUID);
		clinicalData.search("Observation", new ClinicalQuery(PATIENT_UUID, Map.of("code", List.of("http://loinc.org|"
		        + "8480-6")), null, null, 5));
		clinicalData.search("Condition", new ClinicalQuery(PATIENT_UUID, Map.of(), null, null, 5));

		context.verify(() -> Context.addProxyPrivilege(anyString()), never());
	}

	@Test
	public void read_shouldLetThePlatformsPrivilegeRefusalThrough() {
		IllegalStateException refusal = new IllegalStateException("Privileges required: Get Patients");
		when(patients.getPatientByUuid(PATIENT_UUID)).thenThrow(refusal);

		assertThatThrownBy(() -> clinicalData.read("Patient", PATIENT_UUID)).isSameAs(refusal);
	}

	@Test
	public void create_shouldSaveANewObsOfTheMappedConceptForThePatientAndAnswerTheSavedOne() {
		when(concepts.getConceptsByMapping("8480-6", "LOINC", false)).thenReturn(List.of(systolic));
		Obs saved = PlatformRecords.obs("new-obs", patient, systolic, TAKEN);
		when(saved.getValueNumeric()).thenReturn(185.0);
		when(observations.saveObs(any(Obs.class), isNull())).thenReturn(saved);

		ObjectNode stored;
		Obs built;
		try (MockedConstruction<Obs> made = Mockito.mockConstruction(Obs.class)) {
			stored = clinicalData.create("Observation", observation(185, "mmHg", TAKEN.toString()));
			built = made.constructed().get(0);
		}

		assertThat(stored.path("id").asText()).isEqualTo("new-obs");
		verify(built).setConcept(systolic);
		verify(built).setPerson(patient);
		verify(built).setValueNumeric(185.0);
		verify(built).setObsDatetime(Date.from(TAKEN));
		verify(built).setStatus(Obs.Status.FINAL);
		verify(observations).saveObs(built, null);
	}

	@Test
	public void create_shouldReportEveryProblemAtItsPointerAndSaveNothing() {
		when(concepts.getConceptsByMapping("8480-6", "LOINC", false)).thenReturn(List.of(systolic));
		ObjectNode wrong = observation(185, "kPa", NOW.plusSeconds(3600).toString());
		wrong.putObject("subject").put("reference", "Patient/nobody");
		wrong.put("note", "extra");

		assertThatThrownBy(() -> clinicalData.create("Observation", wrong)).isInstanceOf(InvalidInputException.class)
		        .satisfies(e -> assertThat(((InvalidInputException) e).getErrors()).extracting(FieldError::pointer)
		                .containsExactlyInAnyOrder("/note", "/subject/reference", "/effectiveDateTime",
		                    "/valueQuantity/unit"));
		verify(observations, never()).saveObs(any(), any());
	}

	@Test
	public void create_shouldNotRecordAgainstARetiredConcept() {
		// The platform leaves retired concepts out when asked without them: the only concept of the code is retired.
		when(concepts.getConceptsByMapping("8480-6", "LOINC", false)).thenReturn(List.of());

		assertThatThrownBy(() -> clinicalData.create("Observation", observation(185, "mmHg", TAKEN.toString())))
		        .isInstanceOf(InvalidInputException.class).hasMessageContaining("/code/coding/0");
		verify(concepts).getConceptsByMapping("8480-6", "LOINC", false);
		verify(observations, never()).saveObs(any(), any());
	}

	@Test
	public void create_shouldRefuseAValueOfAnotherTypeThanTheConcepts() {
		when(concepts.getConceptsByMapping("8480-6", "LOINC", false)).thenReturn(List.of(systolic));
		ObjectNode text = observation(185, "mmHg", TAKEN.toString());
		text.remove("valueQuantity");
		text.put("valueString", "high");

		assertThatThrownBy(() -> clinicalData.create("Observation", text)).isInstanceOf(InvalidInputException.class)
		        .hasMessageContaining("valueQuantity");
	}

	@Test
	public void create_shouldRefuseAnythingButAnObservation() {
		assertThatThrownBy(() -> clinicalData.create("Condition", JsonNodeFactory.instance.objectNode()))
		        .isInstanceOf(AddonMarketException.class).extracting(e -> ((AddonMarketException) e).getCode())
		        .isEqualTo(ErrorCode.CLINICAL_RESOURCE_TYPE_UNSUPPORTED);
	}

	private static ObjectNode observation(double value, String unit, String effective) {
		ObjectNode resource = JsonNodeFactory.instance.objectNode().put("resourceType", "Observation");
		resource.putObject("code").putArray("coding").addObject().put("system", "http://loinc.org").put("code",
		    "8480-6");
		resource.putObject("subject").put("reference", "Patient/" + PATIENT_UUID);
		resource.put("effectiveDateTime", effective);
		resource.putObject("valueQuantity").put("value", value).put("unit", unit);
		return resource;
	}

	private Encounter encounter(String uuid, Instant at) {
		Encounter encounter = mock(Encounter.class);
		when(encounter.getUuid()).thenReturn(uuid);
		when(encounter.getPatient()).thenReturn(patient);
		when(encounter.getEncounterDatetime()).thenReturn(Date.from(at));
		return encounter;
	}

	private Concept diabetes() {
		return PlatformRecords.concept("dm-1", "Diabetes", "n/a", "SNOMED CT|44054006");
	}

	private Condition condition(String uuid, Concept concept, Instant onset) {
		Condition condition = mock(Condition.class);
		when(condition.getUuid()).thenReturn(uuid);
		CodedOrFreeText code = mock(CodedOrFreeText.class);
		when(code.getCoded()).thenReturn(concept);
		when(condition.getCondition()).thenReturn(code);
		when(condition.getOnsetDate()).thenReturn(Date.from(onset));
		when(condition.getPatient()).thenReturn(patient);
		return condition;
	}
}
