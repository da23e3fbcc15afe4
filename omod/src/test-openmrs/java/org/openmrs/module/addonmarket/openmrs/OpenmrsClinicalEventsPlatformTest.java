package org.openmrs.module.addonmarket.openmrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openmrs.Concept;
import org.openmrs.Obs;
import org.openmrs.Patient;
import org.openmrs.api.ObsService;
import org.openmrs.api.context.Context;
import org.openmrs.module.addonmarket.host.ClinicalEvent;
import org.openmrs.test.BaseModuleContextSensitiveTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.transaction.TestTransaction;

/**
 * Observation.created from the real ObsService.saveObs with the module's advice on it (the test adds it as the
 * platform adds a started module's config.xml advice): nothing before the commit, nothing on rollback, the event
 * after the commit.
 */
public class OpenmrsClinicalEventsPlatformTest extends BaseModuleContextSensitiveTest {

	/** Patient 7 of the platform's standard test dataset. */
	private static final String PATIENT_7 = "5946f880-b197-400b-9caa-a3c661d23041";

	/** Concept 5089 (weight, numeric) of the platform's standard test dataset. */
	private static final int WEIGHT = 5089;

	@Autowired
	private OpenmrsClinicalEvents events;

	private final ObsSaveAdvice advice = new ObsSaveAdvice();

	private final List<ClinicalEvent> received = new CopyOnWriteArrayList<>();

	@Before
	public void adviseTheObsService() {
		Context.addAdvice(ObsService.class, advice);
		events.start();
		events.subscribe(received::add);
	}

	@After
	public void removeTheAdvice() {
		Context.removeAdvice(ObsService.class, advice);
	}

	@Test
	public void saveObs_shouldRaiseNothingBeforeTheCommitAndNothingOnRollback() throws InterruptedException {
		Context.getObsService().saveObs(newWeight(), null);
		Thread.sleep(200);
		assertThat(received).as("before the commit").isEmpty();

		TestTransaction.flagForRollback();
		TestTransaction.end();
		Thread.sleep(200);

		assertThat(received).as("after the rollback").isEmpty();
		TestTransaction.start();
	}

	@Test
	public void saveObs_shouldRaiseObservationCreatedAfterTheCommit() throws InterruptedException {
		Obs saved = Context.getObsService().saveObs(newWeight(), null);

		TestTransaction.flagForCommit();
		TestTransaction.end();
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (received.isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}

		assertThat(received).extracting(ClinicalEvent::type).containsExactly("Observation.created");
		assertThat(received.get(0).resource().path("id").asText()).isEqualTo(saved.getUuid());
		assertThat(received.get(0).patientId()).isEqualTo(PATIENT_7);
		TestTransaction.start();
		Context.getObsService().purgeObs(Context.getObsService().getObsByUuid(saved.getUuid()));
		TestTransaction.flagForCommit();
		TestTransaction.end();
		TestTransaction.start();
	}

	private static Obs newWeight() {
		Patient patient = Context.getPatientService().getPatientByUuid(PATIENT_7);
		Concept weight = Context.getConceptService().getConcept(WEIGHT);
		Obs obs = new Obs();
		obs.setPerson(patient);
		obs.setConcept(weight);
		obs.setObsDatetime(new Date());
		obs.setValueNumeric(61.5);
		return obs;
	}
}
