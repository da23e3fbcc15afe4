package org.openmrs.module.addonmarket.openmrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.Test;
import org.openmrs.Obs;
import org.openmrs.Patient;
import org.openmrs.api.context.Context;
import org.openmrs.module.addonmarket.host.ClinicalQuery;
import org.openmrs.test.BaseModuleContextSensitiveTest;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The clinical data adapter over the platform's standard test dataset, as the administrator: patient 7 and its
 * observations, read through the platform's own services and translated to FHIR R4.
 */
public class OpenmrsClinicalDataPlatformTest extends BaseModuleContextSensitiveTest {

	/** Patient 7 of the platform's standard test dataset. */
	private static final String PATIENT_7 = "5946f880-b197-400b-9caa-a3c661d23041";

	@Autowired
	private OpenmrsClinicalData clinicalData;

	@Test
	public void read_shouldTranslatePatient7() {
		Patient patient = Context.getPatientService().getPatientByUuid(PATIENT_7);

		Optional<ObjectNode> fhir = clinicalData.read("Patient", PATIENT_7);

		assertThat(fhir).isPresent();
		assertThat(fhir.get().path("resourceType").asText()).isEqualTo("Patient");
		assertThat(fhir.get().path("name").get(0).path("family").asText())
		        .isEqualTo(patient.getPersonName().getFamilyName());
		assertThat(fhir.get().path("identifier").get(0).path("value").asText())
		        .isEqualTo(patient.getPatientIdentifier().getIdentifier());
	}

	@Test
	public void search_shouldFindPatient7sObservationsNewestFirstAndNoVoidedOne() {
		Patient patient = Context.getPatientService().getPatientByUuid(PATIENT_7);
		List<String> notVoided = Context.getObsService().getObservationsByPerson(patient).stream()
		        .filter(o -> !o.getVoided()).map(Obs::getUuid).collect(Collectors.toList());

		List<ObjectNode> found = clinicalData.search("Observation", new ClinicalQuery(PATIENT_7, Map.of(), null, null,
		        1000));

		assertThat(notVoided).as("patient 7 has observations in the dataset").isNotEmpty();
		assertThat(found).extracting(o -> o.path("id").asText()).containsExactlyInAnyOrderElementsOf(notVoided);
		assertThat(found).allSatisfy(o -> assertThat(o.path("subject").path("reference").asText())
		        .isEqualTo("Patient/" + PATIENT_7));
		List<String> times = found.stream().map(o -> o.path("effectiveDateTime").asText()).collect(Collectors.toList());
		assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));
	}

	@Test
	public void search_shouldAnswerNoMoreThanTheCount() {
		List<ObjectNode> found = clinicalData.search("Observation", new ClinicalQuery(PATIENT_7, Map.of(), null, null,
		        1));

		assertThat(found).hasSize(1);
	}

	@Test
	public void search_shouldFindPatient7sEncounters() {
		Patient patient = Context.getPatientService().getPatientByUuid(PATIENT_7);
		int encounters = Context.getEncounterService().getEncountersByPatient(patient).size();

		List<ObjectNode> found = clinicalData.search("Encounter", new ClinicalQuery(PATIENT_7, Map.of(), null, null,
		        1000));

		assertThat(found).hasSize(encounters);
	}
}
