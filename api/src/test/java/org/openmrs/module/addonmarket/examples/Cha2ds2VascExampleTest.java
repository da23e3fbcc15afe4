package org.openmrs.module.addonmarket.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmrs.module.addonmarket.test.InMemoryClinicalData.BOB;
import static org.openmrs.module.addonmarket.test.InMemoryClinicalData.SNOMED;
import static org.openmrs.module.addonmarket.test.InMemoryClinicalData.condition;
import static org.openmrs.module.addonmarket.test.InMemoryClinicalData.patient;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.audit.AuditOutcome;
import org.openmrs.module.addonmarket.install.Installation;
import org.openmrs.module.addonmarket.runtime.AddonRuntime;
import org.openmrs.module.addonmarket.runtime.InvocationResult;
import org.openmrs.module.addonmarket.test.InMemoryClinicalData;
import org.openmrs.module.addonmarket.test.PersistenceTest;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * examples/cha2ds2-vasc, published, installed, approved and run as an action for patients in each band of the
 * score: none (a man with atrial fibrillation alone), one point (anticoagulation considered), the recommendation
 * threshold for a woman, and a high score; a patient without atrial fibrillation, to whom the score does not apply;
 * and a grant narrowed to leave conditions out, which the add-on reports on its card and the gateway audits.
 */
public class Cha2ds2VascExampleTest extends PersistenceTest {

	private static final String AF = SNOMED + "|49436004";

	private static final String LOW = "p-af-low";

	private static final String ONE = "p-af-one";

	private static final String WOMAN = "p-af-woman";

	private static final String HIGH = "p-af-high";

	private ExampleAddon example;

	private Installation installation;

	@Before
	public void patientsAndAnApprovedInstallation() {
		List<ObjectNode> chart = new ArrayList<>();
		chart.add(patient(LOW, "Lowell", "Mwangi", bornYearsAgo(50), "male"));
		chart.add(condition("cond-low-af", LOW, AF, "2024-01-01"));
		chart.add(patient(ONE, "Omar", "Njoroge", bornYearsAgo(68), "male"));
		chart.add(condition("cond-one-af", ONE, AF, "2024-01-01"));
		chart.add(patient(WOMAN, "Wanja", "Achieng", bornYearsAgo(71), "female"));
		chart.add(condition("cond-woman-af", WOMAN, AF, "2023-05-01"));
		chart.add(condition("cond-woman-htn", WOMAN, SNOMED + "|38341003", "2019-05-01"));
		chart.add(patient(HIGH, "Hassan", "Kiprop", bornYearsAgo(82), "male"));
		chart.add(condition("cond-high-af", HIGH, AF, "2022-02-01"));
		chart.add(condition("cond-high-hf", HIGH, SNOMED + "|84114007", "2023-01-01"));
		chart.add(condition("cond-high-dm", HIGH, SNOMED + "|44054006", "2010-01-01"));
		chart.add(condition("cond-high-stroke", HIGH, SNOMED + "|230690007", "2021-07-01"));
		chart.add(condition("cond-high-mi", HIGH, SNOMED + "|22298006", "2015-03-01"));
		chart.add(condition("cond-high-asthma", HIGH, SNOMED + "|195967001", "1990-03-01"));
		bean(InMemoryClinicalData.class).add(chart);
		example = new ExampleAddon(context(), "cha2ds2-vasc");
		example.publish();
		installation = example.installForClinician();
		example.approveAll(installation);
	}

	@After
	public void removePatients() {
		bean(InMemoryClinicalData.class).removeAdded();
	}

	@Test
	public void score_shouldBeZeroAndLowRiskForAManWithAtrialFibrillationAlone() {
		InvocationResult run = score(LOW);

		assertThat(run.result().toString()).isEqualTo("{\"title\":\"CHA2DS2-VASc score: 0\",\"text\":\"Score 0 of 9. "
		        + "Low risk: anticoagulation is not recommended on this score alone.\",\"items\":[],\"severity\":\"info\"}");
	}

	@Test
	public void score_shouldAdviseConsideringAnticoagulationAtOnePointForAMan() {
		InvocationResult run = score(ONE);

		assertThat(run.result().path("title").asText()).isEqualTo("CHA2DS2-VASc score: 1");
		assertThat(run.result().path("items").toString()).isEqualTo("[{\"label\":\"Age 65 to 74 (68)\",\"points\":1}]");
		assertThat(run.result().path("severity").asText()).isEqualTo("warning");
	}

	@Test
	public void score_shouldCountSexAgeAndHypertensionForAWomanAndRecommendAnticoagulationAtThree() {
		InvocationResult run = score(WOMAN);

		assertThat(run.result().toString()).isEqualTo("{\"title\":\"CHA2DS2-VASc score: 3\",\"text\":\"Score 3 of 9. "
		        + "Oral anticoagulation is recommended (ESC 2020: score 3 or more for women).\",\"items\":["
		        + "{\"label\":\"Hypertension\",\"points\":1},{\"label\":\"Age 65 to 74 (71)\",\"points\":1},"
		        + "{\"label\":\"Sex category: female\",\"points\":1}],\"severity\":\"critical\"}");
	}

	@Test
	public void score_shouldCountEveryComponentOnceAndReadOnlyTheConditionsItDeclares() {
		InvocationResult run = score(HIGH);

		assertThat(run.result().path("title").asText()).isEqualTo("CHA2DS2-VASc score: 7");
		assertThat(run.result().path("items").findValuesAsText("label")).containsExactly("Congestive heart failure",
		    "Diabetes mellitus", "Stroke or TIA",
		    "Vascular disease (myocardial infarction, peripheral arterial disease)", "Age 75 or over (82)");
		assertThat(run.result().path("severity").asText()).isEqualTo("critical");
		var events = example.accessEvents(installation, run.invocationId());
		assertThat(events).extracting(e -> e.entry().operation() + " " + e.entry().resourceType() + " "
		        + e.outcome()).containsExactly("read Patient PERMIT", "search Condition PERMIT");
		assertThat(events.get(0).entry().elementsReleased()).containsExactly("birthDate", "gender");
		assertThat(events.get(1).entry().resourceIds()).as("the asthma record is not released")
		        .containsExactlyInAnyOrder("cond-high-af", "cond-high-hf", "cond-high-dm", "cond-high-stroke",
		            "cond-high-mi");
		assertThat(events).allSatisfy(e -> {
			assertThat(e.entry().patientUuid()).isEqualTo(HIGH);
			assertThat(e.entry().actor()).isEqualTo("uuid-" + ExampleAddon.CLINICIAN);
			assertThat(e.entry().purpose()).isEqualTo("action:score");
		});
	}

	@Test
	public void score_shouldSayItDoesNotApplyWithoutAtrialFibrillation() {
		InvocationResult run = score(BOB);

		assertThat(run.result().toString()).isEqualTo("{\"title\":\"CHA2DS2-VASc score\",\"text\":\"The score does "
		        + "not apply: no atrial fibrillation is recorded for this patient.\",\"items\":[],\"severity\":\"info\"}");
	}

	@Test
	public void score_shouldSayOnItsCardThatConditionsWereRefusedWhenTheGrantLeavesThemOut() {
		example.approve(installation, List.of("patient/Patient.r"), List.of());

		InvocationResult run = score(HIGH);

		assertThat(run.succeeded()).isTrue();
		assertThat(run.result().path("severity").asText()).isEqualTo("warning");
		assertThat(run.result().path("text").asText()).startsWith("Cannot calculate the score: no-covering-scope: No scope of grant ")
		        .contains("lets the add-on search Condition", "(ADDON-0701)").endsWith("Ask an administrator to grant this add-on what it asks for.");
		var events = example.accessEvents(installation, run.invocationId());
		assertThat(events).extracting(e -> e.entry().operation() + " " + e.entry().resourceType() + " "
		        + e.outcome()).containsExactly("read Patient PERMIT", "search Condition DENY");
		assertThat(events.get(1).entry().reasonCode()).isEqualTo("no-covering-scope");
		assertThat(events.get(1).outcome()).isEqualTo(AuditOutcome.DENY);
	}

	private InvocationResult score(String patient) {
		example.signInClinician(Privileges.CLINICAL_PRIVILEGES);
		InvocationResult run = bean(AddonRuntime.class).invokeAction(installation.getUuid(), "score", patient);
		assertThat(run.succeeded()).as(String.valueOf(run.error())).isTrue();
		return run;
	}

	/** @return a birth date that makes the patient that old today (and for the next weeks) */
	private static String bornYearsAgo(int years) {
		return LocalDate.now(ZoneOffset.UTC).minusYears(years).minusDays(30).toString();
	}
}
