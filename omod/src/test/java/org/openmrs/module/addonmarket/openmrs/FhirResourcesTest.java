package org.openmrs.module.addonmarket.openmrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.openmrs.module.addonmarket.openmrs.PlatformRecords.PATIENT_UUID;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.junit.Test;
import org.openmrs.CodedOrFreeText;
import org.openmrs.Concept;
import org.openmrs.ConceptMap;
import org.openmrs.Condition;
import org.openmrs.ConditionClinicalStatus;
import org.openmrs.ConditionVerificationStatus;
import org.openmrs.Encounter;
import org.openmrs.EncounterType;
import org.openmrs.Location;
import org.openmrs.Obs;
import org.openmrs.Patient;
import org.openmrs.PatientIdentifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

public class FhirResourcesTest {

	private static final Instant TAKEN = Instant.parse("2026-11-20T08:30:00Z");

	private final Patient patient = PlatformRecords.patient(PATIENT_UUID, "Ama", "Mensah");

	@Test
	public void patient_shouldCarryIdentifiersWithTheirTypeAsSystemNameGenderAndBirthDate() {
		List<PatientIdentifier> identifiers = List.of(
		    PlatformRecords.identifier("100-8", "05a29f94-c0ed-11e2-94be-8c13b969e334", "OpenMRS ID", true),
		    PlatformRecords.identifier("NAT-7", "8d79403a-c2cc-11de-8d13-0010c6dffd0f", "National ID", false));
		when(patient.getActiveIdentifiers()).thenReturn(identifiers);
		when(patient.getPersonName().getMiddleName()).thenReturn("Esi");
		when(patient.getGender()).thenReturn("F");
		Date birthdate = Date.from(LocalDate.of(1980, 3, 14).atStartOfDay(ZoneId.systemDefault()).toInstant());
		when(patient.getBirthdate()).thenReturn(new java.sql.Date(birthdate.getTime()));

		ObjectNode fhir = FhirResources.patient(patient);

		assertThat(fhir.path("resourceType").asText()).isEqualTo("Patient");
		assertThat(fhir.path("id").asText()).isEqualTo(PATIENT_UUID);
		JsonNode first = fhir.path("identifier").get(0);
		assertThat(first.path("use").asText()).isEqualTo("official");
		assertThat(first.path("system").asText()).isEqualTo("urn:uuid:05a29f94-c0ed-11e2-94be-8c13b969e334");
		assertThat(first.path("type").path("text").asText()).isEqualTo("OpenMRS ID");
		assertThat(first.path("value").asText()).isEqualTo("100-8");
		assertThat(fhir.path("identifier").get(1).path("use").asText()).isEqualTo("usual");
		assertThat(fhir.path("name").get(0).path("family").asText()).isEqualTo("Mensah");
		assertThat(fhir.path("name").get(0).path("given").toString()).isEqualTo("[\"Ama\",\"Esi\"]");
		assertThat(fhir.path("gender").asText()).isEqualTo("female");
		assertThat(fhir.path("birthDate").asText()).isEqualTo("1980-03-14");
	}

	@Test
	public void patient_shouldLeaveOutWhatThePlatformDoesNotKnow() {
		when(patient.getPersonName()).thenReturn(null);
		when(patient.getGender()).thenReturn(null);

		ObjectNode fhir = FhirResources.patient(patient);

		assertThat(fhir.has("name")).isFalse();
		assertThat(fhir.has("birthDate")).isFalse();
		assertThat(fhir.path("gender").asText()).isEqualTo("unknown");
		assertThat(fhir.path("identifier").size()).isZero();
	}

	@Test
	public void observation_shouldCodeTheConceptByItsLoincSnomedAndCielMappingsAndItsUuid() {
		Concept systolic = PlatformRecords.numeric("5085AAAA", "Systolic blood pressure", "mmHg", "LOINC|8480-6",
		    "SNOMED CT|271649006", "CIEL|5085");
		Obs obs = PlatformRecords.obs("obs-1", patient, systolic, TAKEN);
		when(obs.getValueNumeric()).thenReturn(185.0);

		ObjectNode fhir = FhirResources.observation(obs);

		JsonNode codings = fhir.path("code").path("coding");
		assertThat(codings.size()).isEqualTo(4);
		assertThat(codings.get(0).path("system").asText()).isEqualTo("http://loinc.org");
		assertThat(codings.get(0).path("code").asText()).isEqualTo("8480-6");
		assertThat(codings.get(1).path("system").asText()).isEqualTo("http://snomed.info/sct");
		assertThat(codings.get(2).path("system").asText()).isEqualTo("https://cielterminology.org");
		assertThat(codings.get(3).has("system")).isFalse();
		assertThat(codings.get(3).path("code").asText()).isEqualTo("5085AAAA");
		assertThat(codings.get(0).path("display").asText()).isEqualTo("Systolic blood pressure");
		assertThat(fhir.path("code").path("text").asText()).isEqualTo("Systolic blood pressure");
		assertThat(fhir.path("valueQuantity").toString()).isEqualTo("{\"value\":185,\"unit\":\"mmHg\"}");
		assertThat(fhir.path("subject").path("reference").asText()).isEqualTo("Patient/" + PATIENT_UUID);
		assertThat(fhir.path("effectiveDateTime").asText()).isEqualTo("2026-11-20T08:30:00Z");
		assertThat(fhir.path("status").asText()).isEqualTo("final");
		assertThat(fhir.has("encounter")).isFalse();
	}

	@Test
	public void observation_shouldLeaveOutMappingsThatAreNotSameAsOrOfAnUnknownSource() {
		Concept concept = PlatformRecords.concept("c-1", "Weight", "numeric");
		ConceptMap narrower = PlatformRecords.mapping("LOINC", "LN", "29463-7", "NARROWER-THAN");
		ConceptMap local = PlatformRecords.mapping("Local terms", null, "W1", "SAME-AS");
		ConceptMap byHl7Code = PlatformRecords.mapping("Logical Observation Identifiers", "LN", "3141-9", null);
		when(concept.getConceptMappings()).thenReturn(List.of(narrower, local, byHl7Code));
		Obs obs = PlatformRecords.obs("obs-2", patient, concept, TAKEN);

		JsonNode codings = FhirResources.observation(obs).path("code").path("coding");

		assertThat(codings.size()).isEqualTo(2);
		assertThat(codings.get(0).path("code").asText()).isEqualTo("3141-9");
		assertThat(codings.get(0).path("system").asText()).isEqualTo("http://loinc.org");
	}

	@Test
	public void observation_shouldTranslateCodedAndTextValuesTheEncounterAndTheStatus() {
		Concept question = PlatformRecords.concept("q-1", "Urine protein", "coded", "LOINC|2888-6");
		Concept answer = PlatformRecords.concept("a-1", "Positive", "n/a", "SNOMED CT|10828004");
		Obs coded = PlatformRecords.obs("obs-3", patient, question, TAKEN);
		when(coded.getValueCoded()).thenReturn(answer);
		when(coded.getStatus()).thenReturn(Obs.Status.AMENDED);
		Encounter encounter = mock(Encounter.class);
		when(encounter.getUuid()).thenReturn("enc-1");
		when(coded.getEncounter()).thenReturn(encounter);
		Obs text = PlatformRecords.obs("obs-4", patient, PlatformRecords.concept("t-1", "Note", "text"), TAKEN);
		when(text.getValueText()).thenReturn("Feels better");
		when(text.getStatus()).thenReturn(Obs.Status.PRELIMINARY);

		ObjectNode codedFhir = FhirResources.observation(coded);
		ObjectNode textFhir = FhirResources.observation(text);

		assertThat(codedFhir.path("valueCodeableConcept").path("coding").get(0).path("code").asText())
		        .isEqualTo("10828004");
		assertThat(codedFhir.path("encounter").path("reference").asText()).isEqualTo("Encounter/enc-1");
		assertThat(codedFhir.path("status").asText()).isEqualTo("amended");
		assertThat(codedFhir.has("valueQuantity")).isFalse();
		assertThat(textFhir.path("valueString").asText()).isEqualTo("Feels better");
		assertThat(textFhir.path("status").asText()).isEqualTo("preliminary");
	}

	@Test
	public void observation_shouldHaveNoValueOrUnitsWhenThePlatformHasNone() {
		Obs group = PlatformRecords.obs("obs-5", patient, PlatformRecords.numeric("n-1", "Height", null), TAKEN);
		when(group.getStatus()).thenReturn(null);
		when(group.getValueNumeric()).thenReturn(172.5);
		Obs empty = PlatformRecords.obs("obs-6", patient, PlatformRecords.concept("g-1", "Vitals", "n/a"), TAKEN);

		assertThat(FhirResources.observation(group).path("valueQuantity").toString()).isEqualTo("{\"value\":172.5}");
		assertThat(FhirResources.observation(group).path("status").asText()).isEqualTo("final");
		ObjectNode emptyFhir = FhirResources.observation(empty);
		assertThat(emptyFhir.has("valueQuantity") || emptyFhir.has("valueString")
		        || emptyFhir.has("valueCodeableConcept")).isFalse();
	}

	@Test
	public void encounter_shouldCarryTypePeriodLocationAndSubject() {
		Encounter encounter = mock(Encounter.class);
		when(encounter.getUuid()).thenReturn("enc-2");
		EncounterType type = mock(EncounterType.class);
		when(type.getUuid()).thenReturn("type-uuid");
		when(type.getName()).thenReturn("Vitals");
		when(encounter.getEncounterType()).thenReturn(type);
		when(encounter.getEncounterDatetime()).thenReturn(Date.from(TAKEN));
		Location location = mock(Location.class);
		when(location.getUuid()).thenReturn("loc-1");
		when(location.getName()).thenReturn("Outpatient Clinic");
		when(encounter.getLocation()).thenReturn(location);
		when(encounter.getPatient()).thenReturn(patient);

		ObjectNode fhir = FhirResources.encounter(encounter);

		JsonNode coding = fhir.path("type").get(0).path("coding").get(0);
		assertThat(coding.path("system").asText()).isEqualTo("http://fhir.openmrs.org/code-system/encounter-type");
		assertThat(coding.path("code").asText()).isEqualTo("type-uuid");
		assertThat(fhir.path("type").get(0).path("text").asText()).isEqualTo("Vitals");
		assertThat(fhir.path("period").path("start").asText()).isEqualTo("2026-11-20T08:30:00Z");
		assertThat(fhir.path("location").get(0).path("location").path("reference").asText()).isEqualTo("Location/loc-1");
		assertThat(fhir.path("location").get(0).path("location").path("display").asText())
		        .isEqualTo("Outpatient Clinic");
		assertThat(fhir.path("subject").path("reference").asText()).isEqualTo("Patient/" + PATIENT_UUID);
		assertThat(fhir.path("status").asText()).isEqualTo("unknown");
		assertThat(fhir.path("class").path("code").asText()).isEqualTo("AMB");
	}

	@Test
	public void encounter_shouldLeaveOutAMissingTypeAndLocation() {
		Encounter encounter = mock(Encounter.class);
		when(encounter.getUuid()).thenReturn("enc-3");
		when(encounter.getPatient()).thenReturn(patient);

		ObjectNode fhir = FhirResources.encounter(encounter);

		assertThat(fhir.has("type")).isFalse();
		assertThat(fhir.has("location")).isFalse();
		assertThat(fhir.has("period")).isFalse();
	}

	@Test
	public void condition_shouldCarryCodeClinicalAndVerificationStatusOnsetAndEnd() {
		Condition condition = condition(ConditionClinicalStatus.HISTORY_OF, ConditionVerificationStatus.PROVISIONAL);
		CodedOrFreeText code = mock(CodedOrFreeText.class);
		Concept diabetes = PlatformRecords.concept("dm-1", "Diabetes", "n/a", "SNOMED CT|44054006");
		when(code.getCoded()).thenReturn(diabetes);
		when(condition.getCondition()).thenReturn(code);
		when(condition.getOnsetDate()).thenReturn(Date.from(TAKEN));
		when(condition.getEndDate()).thenReturn(Date.from(TAKEN.plusSeconds(86400)));

		ObjectNode fhir = FhirResources.condition(condition);

		assertThat(fhir.path("code").path("coding").get(0).path("code").asText()).isEqualTo("44054006");
		assertThat(fhir.path("clinicalStatus").path("coding").get(0).path("code").asText()).isEqualTo("resolved");
		assertThat(fhir.path("verificationStatus").path("coding").get(0).path("code").asText())
		        .isEqualTo("provisional");
		assertThat(fhir.path("category").get(0).path("coding").get(0).path("code").asText())
		        .isEqualTo("problem-list-item");
		assertThat(fhir.path("onsetDateTime").asText()).isEqualTo("2026-11-20T08:30:00Z");
		assertThat(fhir.path("abatementDateTime").asText()).isEqualTo("2026-11-21T08:30:00Z");
	}

	@Test
	public void condition_shouldTranslateEveryStatusAndAFreeTextCondition() {
		Condition active = condition(ConditionClinicalStatus.ACTIVE, ConditionVerificationStatus.CONFIRMED);
		CodedOrFreeText text = mock(CodedOrFreeText.class);
		when(text.getNonCoded()).thenReturn("Back pain");
		when(active.getCondition()).thenReturn(text);
		Condition inactive = condition(ConditionClinicalStatus.INACTIVE, null);

		ObjectNode activeFhir = FhirResources.condition(active);
		ObjectNode inactiveFhir = FhirResources.condition(inactive);

		assertThat(activeFhir.path("code").toString()).isEqualTo("{\"text\":\"Back pain\"}");
		assertThat(activeFhir.path("clinicalStatus").path("coding").get(0).path("code").asText()).isEqualTo("active");
		assertThat(activeFhir.path("verificationStatus").path("coding").get(0).path("code").asText())
		        .isEqualTo("confirmed");
		assertThat(inactiveFhir.path("clinicalStatus").path("coding").get(0).path("code").asText())
		        .isEqualTo("inactive");
		assertThat(inactiveFhir.has("verificationStatus")).isFalse();
		assertThat(inactiveFhir.has("code")).isFalse();
		assertThat(inactiveFhir.has("onsetDateTime")).isFalse();
	}

	private Condition condition(ConditionClinicalStatus clinical, ConditionVerificationStatus verification) {
		Condition condition = mock(Condition.class);
		when(condition.getUuid()).thenReturn("cond-1");
		when(condition.getClinicalStatus()).thenReturn(clinical);
		when(condition.getVerificationStatus()).thenReturn(verification);
		when(condition.getPatient()).thenReturn(patient);
		return condition;
	}
}
